import type { GumRecordStore } from '../../stores/gum-record';
import type { GumRecord } from '../../schemas/gum-record';
import { buildGumExport, exportFileName } from '../../lib/gum-export';
import { localDate } from '../../lib/gum-calc';
import { downloadText } from '../download-text';

export { downloadBlob, downloadBlockedMessage, downloadText } from '../download-text';

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
