/**
 * A kind's `latest` block (see `LatestSchema`): the newest child per cell of its grid, e.g. each
 * sample's latest state, and the line counting its records by date, e.g. "已观察 3 天（共 4
 * 次），最近一次是第 6 天。". Pure: no DOM.
 */
import type {
  DateFieldDef,
  InvestigationDefinition,
  LatestDef,
  RecordKind,
} from '../../schemas/investigation/definition';
import type { StoredRecord } from '../../schemas/investigation/records';
import { gridOf, type GridOption } from './children';
import { displayValue } from './values';

type Records = Record<string, StoredRecord[]>;

export const defaultLatestLine = '已记录 {days} 天（共 {count} 次），最近一次是第 {day} 天。';

/** Whole days from `from` to `to` (calendar dates), plus the number of the first day. */
export const dayNumber = (from: string, to: string, startDay = 1) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5) + startDay;

export interface LatestView {
  /** The summary line, or null without records with a date or without the start date. */
  line: string | null;
  /** The grid's rows and columns, each cell the newest child's text or null (never seen); null when no cell has one. */
  table: {
    /** The label of the rows' field, heading their column, e.g. "样品". */
    rowLabel: string;
    rows: GridOption[];
    columns: GridOption[];
    cells: (string | null)[][];
  } | null;
}

/** The kind's date field with `notBefore`, and the date it may not be before (or undefined). */
function dated(kind: RecordKind, records: Records) {
  const f = kind.fields.find((x): x is DateFieldDef => x.type === 'date' && !!x.notBefore);
  const nb = f?.notBefore;
  const start = nb && (records[nb.kind] ?? [])[0]?.values[nb.field];
  return { f, start: typeof start === 'string' ? start : undefined };
}

/**
 * The `latest` block of a kind with children from the group's records. A parent is newer when
 * its date is later, or, on the same date (or without a date field), when it comes later in
 * its list; its day number (with the start date) follows the cell's text: "明显变化（第 6 天）".
 */
export function latestView(
  def: InvestigationDefinition,
  kind: RecordKind,
  l: LatestDef,
  records: Records,
): LatestView {
  const { f, start } = dated(kind, records);
  const parents = (records[kind.id] ?? []).map((r, i) => ({
    r,
    i,
    date: f ? r.values[f.id] : null,
  }));
  const dates = parents.flatMap((p) => (typeof p.date === 'string' ? [p.date] : []));
  const last = [...dates].sort().pop();
  const startDay = l.startDay ?? 1;
  const line =
    start && last
      ? (l.line ?? defaultLatestLine).replace(
          /\{(days|count|day)\}/g,
          (_, m: string) =>
            `${m === 'days' ? new Set(dates).size : m === 'count' ? dates.length : dayNumber(start, last, startDay)}`,
        )
      : null;
  const grid = gridOf(def, kind, records);
  if (!grid.ok) return { line, table: null };
  const { c, child, rows, columns } = grid;
  const order = new Map(
    [...parents]
      .sort((a, b) => `${a.date ?? ''}`.localeCompare(`${b.date ?? ''}`) || a.i - b.i)
      .map((p, n) => [p.r.id, { n, date: p.date }]),
  );
  const field = child.fields.find((x) => x.id === l.field);
  const rowLabel = child.fields.find((x) => x.id === c.rows.field)?.label ?? '';
  const cells = rows.map((row) =>
    columns.map((column) => {
      let best: { n: number; date: unknown; r: StoredRecord } | null = null;
      for (const r of records[c.kind] ?? []) {
        const p = order.get(String(r.values[c.parent]));
        const v = r.values[l.field];
        if (
          p &&
          v !== null &&
          v !== undefined &&
          r.values[c.rows.field] === row.value &&
          r.values[c.columns.field] === column.value &&
          (!best || p.n > best.n)
        )
          best = { ...p, r };
      }
      if (!best || !field) return null;
      const text = displayValue(def, field, best.r.values[l.field] ?? null, records);
      return start && typeof best.date === 'string'
        ? `${text}（第 ${dayNumber(start, best.date, startDay)} 天）`
        : text;
    }),
  );
  // Nothing seen yet in any cell: no table.
  return {
    line,
    table: cells.flat().some((x) => x !== null) ? { rowLabel, rows, columns, cells } : null,
  };
}
