/**
 * CSV for spreadsheets: UTF-8 with a BOM (Excel on Chinese Windows otherwise guesses GBK), CRLF
 * line ends, quoting by papaparse, and cells that a spreadsheet would run as a formula
 * neutralised with a leading `'`.
 */
import Papa from 'papaparse';

/** Rows of plain values with their headers; nothing here is escaped yet. */
export interface CsvTable {
  fields: string[];
  rows: (string | number | null)[][];
}

/**
 * Text cells starting like this are prefixed with `'`. Papaparse's own `escapeFormulae: true`
 * uses /^[=+\-@\t\r].*$/, which misses a formula followed by a line break ("=1+2\nx"), so
 * the test is only on the first character. Numbers stay numbers (a negative number is data).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Encode a table as CSV text: BOM, CRLF line ends (every line ends with one, none after the last
 * line), quoted where needed, formulas neutralised. An empty table is the BOM alone.
 */
export function toCsv(table: CsvTable): string {
  const text = Papa.unparse(
    { fields: table.fields, data: table.rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  // Without rows papaparse ends the header line itself; its rows' last line has no end.
  const lines = table.rows.length === 0 ? text.replace(/\r\n$/, '') : text;
  return lines === '' ? '\uFEFF' : `\uFEFF${lines}\r\n`;
}
