/**
 * CSV export of the class data for spreadsheets: one file per kind of record, UTF-8 with a
 * BOM (Excel on Chinese Windows otherwise guesses GBK), Chinese headers, quoting by papaparse,
 * and cells that a spreadsheet would run as a formula neutralised with a leading `'`.
 */
import type { ClassData } from '../schemas/gum-class';
import { csvKindLabels, csvTable, type CsvKind } from './gum-class/tables';
import { toCsv } from './csv/to-csv';

export { FORMULA_START, toCsv } from './csv/to-csv';

export { csvKindLabels, csvKinds, csvTable } from './gum-class/tables';
export type { CsvKind, CsvTable } from './gum-class/tables';

/** The CSV file of one kind of record. */
export function classCsv(data: ClassData, kind: CsvKind): string {
  return toCsv(csvTable(data, kind));
}

/** File name, e.g. `口香糖实验-残胶清点-2026-11-29.csv`. */
export function csvFileName(kind: CsvKind, date: string): string {
  return `口香糖实验-${csvKindLabels[kind]}-${date}.csv`;
}
