/**
 * CSV files of the class data from the definition's `csv` list: Chinese headers with units, a
 * row per record, choices as their labels, derived values computed. Encoded by the shared CSV
 * writer (BOM, CRLF, formulas neutralised). Pure.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import { csvRecordColumns } from '../../schemas/investigation/csv-columns';
import type { InvestigationClassData } from '../../schemas/investigation/records';
import { toCsv, type CsvTable } from '../csv/to-csv';
import { displayValue, kindOf, labelWithUnit, numberOf } from './values';

type CsvFile = InvestigationDefinition['csv'][number];

/** The rows of one CSV file, before encoding. */
export function investigationCsvTable(
  def: InvestigationDefinition,
  file: CsvFile,
  data: InvestigationClassData,
): CsvTable {
  const kind = kindOf(def, file.kind);
  const ids = file.columns;
  const fields = file.columns.map((col) => {
    const header = file.headers?.[col];
    if (header !== undefined) return header;
    if (col in csvRecordColumns) return csvRecordColumns[col as keyof typeof csvRecordColumns];
    const x = kind.fields.find((f) => f.id === col) ?? kind.derived?.find((d) => d.id === col);
    return x ? labelWithUnit(x as { label: string; unit?: string }) : col;
  });
  const rows = data.groups.flatMap((g) =>
    (g.records[kind.id] ?? []).map((r) =>
      ids.map((c) => {
        if (c === 'group') return g.group.name;
        if (c === 'id') return r.id;
        if (c === 'updatedAt') return r.updatedAt;
        const f = kind.fields.find((x) => x.id === c);
        if (!f) return numberOf(kind, r, c);
        const v = r.values[c] ?? null;
        return f.type === 'number'
          ? (v as number | null)
          : displayValue(def, f, v, g.records, r.values);
      }),
    ),
  );
  return { fields, rows };
}

/** The CSV text of one file. */
export function investigationCsv(
  def: InvestigationDefinition,
  file: CsvFile,
  data: InvestigationClassData,
): string {
  return toCsv(investigationCsvTable(def, file, data));
}

/** File name, e.g. `校园垃圾大调查-调查记录-2026-11-29.csv`. */
export function investigationCsvName(
  def: InvestigationDefinition,
  file: CsvFile,
  date: string,
): string {
  return `${def.title}-${file.label}-${date}.csv`;
}
