import type { GumRecordStore } from '../../stores/gum-record';
import type { GumRecord } from '../../schemas/gum-record';
import { buildGumExport, exportFileName } from '../../lib/gum-export';
import { localDate } from '../../lib/gum-calc';

/** Save text as a file through a Blob and a temporary download link (no request leaves). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/**
 * Why downloads cannot work on this page (an app's built-in browser such as WeChat's, noted by
 * the page shell, src/components/OfflineSupport.astro), or null.
 */
export function downloadBlockedMessage(): string | null {
  if (typeof document === 'undefined') return null;
  return document.documentElement.dataset['eckInappMessage'] ?? null;
}

/**
 * Save a Blob as a file through a temporary download link. Throws an Error whose message says
 * what to do instead where the browser would drop the download silently.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const blocked = downloadBlockedMessage();
  if (blocked) throw new Error(blocked);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Export the group's data as a JSON file and note when (for the end-of-lesson reminder).
 * Returns the file name, or null when there is no group yet.
 */
export function exportRecord(store: GumRecordStore, record: GumRecord): string | null {
  const now = new Date();
  const file = buildGumExport(record, now.toISOString());
  if (!file) return null;
  const name = exportFileName(file.group.name, localDate(now));
  downloadText(name, `${JSON.stringify(file, null, 2)}\n`);
  store.markExported(file.exportedAt);
  return name;
}
