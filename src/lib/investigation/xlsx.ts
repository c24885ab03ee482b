/**
 * The class data of an investigation as one Excel workbook, from its definition: a sheet per
 * CSV file (the same columns), then one per summary and before/after table of the class view.
 * Date fields become Excel dates, the last change an Excel date-time, numbers stay numbers, text stays text. Pure: the class view
 * hands the sheets to write-excel-file when 导出 Excel is used.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import type { InvestigationClassData } from '../../schemas/investigation/records';
import { sheetName, tableSheet, type XlsxSheet } from '../xlsx/sheet';
import { investigationCsvTable } from './csv';
import { comparisonTable, summaryTable } from './summary';
import { kindOf } from './values';

/** Every sheet of the workbook: records first, then the class view's tables in its order. */
export function investigationWorkbook(
  def: InvestigationDefinition,
  data: InvestigationClassData,
  offsetMinutes: number,
): XlsxSheet[] {
  const sheets: XlsxSheet[] = [];
  const add = (title: string, make: (name: string) => XlsxSheet) => {
    sheets.push(
      make(
        sheetName(
          title,
          sheets.map((s) => s.sheet),
        ),
      ),
    );
  };
  for (const file of def.csv) {
    const kind = kindOf(def, file.kind);
    // A record's last change (the `updatedAt` column) is a moment, shown in local time.
    const dateAt = (_: string, i: number) =>
      file.columns[i] === 'updatedAt'
        ? 'time'
        : kind.fields.find((f) => f.id === file.columns[i])?.type === 'date'
          ? 'date'
          : null;
    add(file.label, (name) =>
      tableSheet(name, investigationCsvTable(def, file, data), dateAt, offsetMinutes),
    );
  }
  const plain = () => null;
  for (const s of def.summaries) {
    add(s.title, (name) => tableSheet(name, summaryTable(def, s, data), plain, offsetMinutes));
  }
  for (const c of def.comparisons ?? []) {
    add(c.title, (name) => tableSheet(name, comparisonTable(def, c, data), plain, offsetMinutes));
  }
  return sheets;
}

/** File name, e.g. `校园垃圾大调查-全班-2026-11-29.xlsx`. */
export function investigationXlsxName(def: InvestigationDefinition, date: string): string {
  return `${def.title}-全班-${date}.xlsx`;
}
