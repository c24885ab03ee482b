/**
 * CSV export of the class data for spreadsheets: one file per kind of record, UTF-8 with a
 * BOM (Excel on Chinese Windows otherwise guesses GBK), Chinese headers, quoting by papaparse,
 * and cells that a spreadsheet would run as a formula neutralised with a leading `'`.
 */
import Papa from 'papaparse';
import type { ClassData } from '../schemas/gum-class';
import { csvKindLabels, csvTable, type CsvKind, type CsvTable } from './gum-class/tables';

export { csvKindLabels, csvKinds, csvTable } from './gum-class/tables';
export type { CsvKind, CsvTable } from './gum-class/tables';

/**
 * Text cells starting like this are prefixed with `'`. Papaparse's own `escapeFormulae: true`
 * uses /^[=+\-@\t\r].*$/, which misses a formula followed by a line break ("=1+2\nx"), so
 * the test is only on the first character. Numbers stay numbers (a negative number is data).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Encode a table as CSV text: BOM, CRLF line ends, quoted where needed, formulas neutralised. */
export function toCsv(table: CsvTable): string {
  return `\uFEFF${Papa.unparse(
    { fields: table.fields, data: table.rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  )}\r\n`;
}

/** The CSV file of one kind of record. */
export function classCsv(data: ClassData, kind: CsvKind): string {
  return toCsv(csvTable(data, kind));
}

/** File name, e.g. `口香糖实验-残胶清点-2026-11-29.csv`. */
export function csvFileName(kind: CsvKind, date: string): string {
  return `口香糖实验-${csvKindLabels[kind]}-${date}.csv`;
}
