/**
 * The class data as one Excel workbook: a sheet per kind of record (the same tables as the
 * CSV files, src/lib/gum-csv.ts), Chinese headers with units, numbers as numbers, dates as
 * dates, the header row frozen and columns wide enough for Chinese text, by the sheet builder
 * every class view shares (src/lib/xlsx/sheet.ts). Pure.
 */
import type { ClassData } from '../../schemas/gum-class';
import { tableSheet, type ColumnKind, type XlsxSheet } from '../xlsx/sheet';
import { csvKindLabels, csvKinds, csvTable, type CsvKind } from './tables';

export {
  DATE_FORMAT,
  TIME_FORMAT,
  excelDate,
  excelDateTime,
  textWidth,
  type XlsxCell,
  type XlsxSheet,
} from '../xlsx/sheet';

/** Columns holding a calendar date (YYYY-MM-DD) and those holding a moment (ISO time). */
const dateColumns = new Set(['日期']);
const timeColumns = new Set(['导出时间', '最后修改']);
const columnKind = (header: string): ColumnKind =>
  dateColumns.has(header) ? 'date' : timeColumns.has(header) ? 'time' : null;

/** The sheet of one kind of record. */
export function classSheet(data: ClassData, kind: CsvKind, offsetMinutes: number): XlsxSheet {
  return tableSheet(csvKindLabels[kind], csvTable(data, kind), columnKind, offsetMinutes);
}

/** Every sheet of the class workbook, in the order of the CSV buttons. */
export function classWorkbook(data: ClassData, offsetMinutes: number): XlsxSheet[] {
  return csvKinds.map((k) => classSheet(data, k, offsetMinutes));
}

/** File name, e.g. `口香糖实验-全班-2026-11-29.xlsx`. */
export function xlsxFileName(date: string): string {
  return `口香糖实验-全班-${date}.xlsx`;
}
