/**
 * Tables as Excel sheets for write-excel-file, shared by every class view: Chinese headers in
 * bold, numbers as numbers, calendar dates and moments as Excel dates, the header row frozen
 * and columns wide enough for Chinese text. Text cells are written as text (never as formulas),
 * so "=HYPERLINK(…)" from a tablet stays harmless text. Pure: a class view hands the sheets to
 * write-excel-file when its button is used.
 */
import type { CsvTable } from '../csv/to-csv';

/** A cell as write-excel-file takes it. */
export type XlsxCell =
  | { type: StringConstructor; value: string; fontWeight?: 'bold'; backgroundColor?: string }
  | { type: NumberConstructor; value: number }
  | { type: DateConstructor; value: Date; format: string }
  | null;

export interface XlsxSheet {
  sheet: string;
  data: XlsxCell[][];
  columns: { width: number }[];
  stickyRowsCount: number;
}

/** What a column holds beyond text and numbers: a calendar date (YYYY-MM-DD) or a moment (ISO). */
export type ColumnKind = 'date' | 'time' | null;

export const DATE_FORMAT = 'yyyy-mm-dd';
export const TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** Display width of text in Excel's character units: a Chinese character takes two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

/** A calendar date as the Excel date of that day (Excel dates have no time zone). */
export function excelDate(ymd: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Not a day of the calendar (2026-02-30, month 13): Date.UTC would roll it over.
  return d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]) ? null : d;
}

/** A moment (ISO text) as the Excel date-time of its wall-clock time at `offsetMinutes` east of UTC. */
export function excelDateTime(iso: string, offsetMinutes: number): Date | null {
  const t = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(t)) return null;
  // Excel shows the stored value as wall-clock time: store the local time as if it were UTC.
  return new Date(t + offsetMinutes * 60_000);
}

function cellOf(kind: ColumnKind, value: string | number | null, offsetMinutes: number): XlsxCell {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { type: Number, value } : null;
  if (kind === 'date') {
    const d = excelDate(value);
    if (d) return { type: Date, value: d, format: DATE_FORMAT };
  }
  if (kind === 'time') {
    const d = excelDateTime(value, offsetMinutes);
    if (d) return { type: Date, value: d, format: TIME_FORMAT };
  }
  return { type: String, value };
}

const shownWidth = (c: XlsxCell): number => {
  if (!c) return 0;
  if (typeof c.value === 'string') return Math.max(...c.value.split('\n').map(textWidth));
  if ('format' in c) return c.format.length;
  return String(c.value).length;
};

/**
 * A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not empty, and not
 * one of `taken` (compared as Excel does, ignoring case).
 */
export function sheetName(wanted: string, taken: readonly string[] = []): string {
  const base = [...wanted.replace(/[:\\/?*[\]]/g, '_').trim()].slice(0, 31).join('') || '表';
  const used = new Set(taken.map((t) => t.toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) {
    const tail = `（${n}）`;
    name = [...base].slice(0, 31 - tail.length).join('') + tail;
  }
  return name;
}

/** One table as a sheet; `kindOf` says which columns hold dates or moments. */
export function tableSheet(
  name: string,
  table: CsvTable,
  kindOf: (header: string, index: number) => ColumnKind,
  offsetMinutes: number,
): XlsxSheet {
  const kinds = table.fields.map(kindOf);
  const header: XlsxCell[] = table.fields.map((f) => ({
    type: String,
    value: f,
    fontWeight: 'bold',
    backgroundColor: '#E8F0E0',
  }));
  const rows = table.rows.map((r) => r.map((v, i) => cellOf(kinds[i] ?? null, v, offsetMinutes)));
  const columns = table.fields.map((_, i) => ({
    // Room for the widest cell plus padding; very long notes wrap in Excel rather than fill the screen.
    width: Math.min(50, Math.max(6, ...[header, ...rows].map((r) => shownWidth(r[i] ?? null))) + 2),
  }));
  return { sheet: name, data: [header, ...rows], columns, stickyRowsCount: 1 };
}
