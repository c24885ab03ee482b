import type { GumRecordStore } from '../../stores/gum-record';
import type { GumRecord } from '../../schemas/gum-record';
import { buildGumExport, exportFileName } from '../../lib/gum-export';
import { localDate } from '../../lib/gum-calc';

/** Save text as a file through a Blob and a temporary download link (no request leaves). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Save a Blob as a file through a temporary download link. */
export function downloadBlob(fileName: string, blob: Blob): void {
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
