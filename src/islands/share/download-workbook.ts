import type { XlsxSheet } from '../../lib/xlsx/sheet';
import { downloadBlob } from '../download-text';

/**
 * Save sheets as one Excel workbook. The writer (write-excel-file) and the caller's sheet
 * builder (`load`) load on the first tap only, side by side. Resolves with the file's name.
 */
export async function downloadWorkbook(
  load: () => Promise<{ name: string; sheets: XlsxSheet[] }>,
): Promise<string> {
  const [{ default: writeXlsxFile }, { name, sheets }] = await Promise.all([
    import('write-excel-file/browser'),
    load(),
  ]);
  downloadBlob(name, await writeXlsxFile(sheets).toBlob());
  return name;
}
