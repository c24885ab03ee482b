/**
 * A kind's `children` grid (see `ChildrenSchema`): its cells from the group's records, the
 * child records from the cells' typed fields and back, checked like any record form. Cell fields
 * live in the parent form's fields under `cellKey` keys (so the form's draft keeps them). Pure.
 */
import type {
  ChildAxisDef,
  ChildrenDef,
  InvestigationDefinition,
  RecordKind,
} from '../../schemas/investigation/definition';
import type { FieldValue, StoredRecord } from '../../schemas/investigation/records';
import type { CheckContext, checkRecordForm, FormFields } from './check-form';
import { kindOf } from './values';

/** Errors key of a message about the whole grid (never a field id: those have no colon). */
export const gridErrorKey = ':cells';

export interface GridOption {
  value: string;
  label: string;
}

/** The cells of a grid, or what to record first (no setup yet). */
export type Grid =
  | { ok: true; c: ChildrenDef; child: RecordKind; rows: GridOption[]; columns: GridOption[] }
  | { ok: false; missing: string };

/** The child's fields filled in per cell: all but the parent, the row and the column. */
export function cellFields(c: ChildrenDef, child: RecordKind) {
  return child.fields.filter((f) => ![c.parent, c.rows.field, c.columns.field].includes(f.id));
}

/** The key of one cell's field in the parent form's fields. */
export const cellKey = (row: string, column: string, field: string) =>
  `cell:${row}:${column}:${field}`;

/** A grid's rows or columns: the options chosen in the source record, or the whole vocabulary. */
function axisOptions(
  def: InvestigationDefinition,
  child: RecordKind,
  axis: ChildAxisDef,
  records: Record<string, StoredRecord[]>,
): GridOption[] | null {
  const f = child.fields.find((x) => x.id === axis.field);
  const options = def.vocabularies[(f as { vocabulary?: string }).vocabulary ?? '']?.options ?? [];
  if (!axis.from) return options;
  const picked = (records[axis.from.kind] ?? [])[0]?.values[axis.from.field];
  return Array.isArray(picked) && picked.length > 0
    ? options.filter((o) => picked.includes(o.value))
    : null;
}

/** The grid of a kind with children, from the group's records now. */
export function gridOf(
  def: InvestigationDefinition,
  kind: RecordKind,
  records: Record<string, StoredRecord[]>,
): Grid {
  const c = kind.children as ChildrenDef;
  const child = kindOf(def, c.kind);
  const rows = axisOptions(def, child, c.rows, records);
  const columns = axisOptions(def, child, c.columns, records);
  if (rows && columns) return { ok: true, c, child, rows, columns };
  const sources = [c.rows.from, c.columns.from].filter(
    (x): x is NonNullable<typeof x> => x !== undefined,
  );
  const labels = sources.map(
    (s) => kindOf(def, s.kind).fields.find((f) => f.id === s.field)?.label ?? s.field,
  );
  const first = kindOf(def, sources[0]?.kind ?? '').label;
  return {
    ok: false,
    missing: `请先在上面添加${first}（选好${labels.join('和')}），再填写${kind.label}。`,
  };
}

/** The name of a cell in messages, e.g. "废纸 · 自来水". */
export const cellName = (row: GridOption, column: GridOption) => `${row.label} · ${column.label}`;

/** A parent's children as the grid's typed fields (cells without a child stay empty). */
export function fieldsOfChildren(
  grid: Extract<Grid, { ok: true }>,
  children: readonly StoredRecord[],
): FormFields {
  const { c, child } = grid;
  const out: FormFields = {};
  for (const r of children) {
    const row = String(r.values[c.rows.field]);
    const column = String(r.values[c.columns.field]);
    for (const f of cellFields(c, child)) {
      const v = r.values[f.id];
      out[cellKey(row, column, f.id)] = v === null || v === undefined ? '' : String(v);
    }
  }
  return out;
}

export type ChildrenCheck =
  { ok: true; value: Record<string, FieldValue>[] } | { ok: false; errors: Record<string, string> };

/**
 * Every cell of the grid: a child's values (without its parent) per cell with anything typed in
 * it, in row then column order; or a message per cell field naming the cell, e.g.
 * "废纸 · 自来水：大小不能超过 50 厘米。". A cell left empty makes no child; one with anything
 * typed needs its required fields (a state) like any record.
 */
export function checkChildren(
  grid: Extract<Grid, { ok: true }>,
  fields: FormFields,
  ctx: CheckContext,
  // Given by the caller: importing check-form here would split it out of the record page's
  // chunk (the grid's lazy chunk needs it too), which costs every record page about 1 kB.
  check: typeof checkRecordForm,
): ChildrenCheck {
  const { c, child } = grid;
  const own = cellFields(c, child);
  // The child without its parent: the parent's id is only known when the store saves it.
  const kind: RecordKind = { ...child, fields: child.fields.filter((f) => f.id !== c.parent) };
  const value: Record<string, FieldValue>[] = [];
  const errors: Record<string, string> = {};
  for (const row of grid.rows) {
    for (const column of grid.columns) {
      const typed = Object.fromEntries(
        own.map((f) => [f.id, fields[cellKey(row.value, column.value, f.id)] ?? '']),
      );
      if (Object.values(typed).every((v) => v.trim() === '')) continue;
      const r = check(
        kind,
        { ...typed, [c.rows.field]: row.value, [c.columns.field]: column.value },
        ctx,
      );
      if (r.ok) value.push(r.value);
      else
        for (const [id, e] of Object.entries(r.errors))
          errors[cellKey(row.value, column.value, id)] = `${cellName(row, column)}：${e}`;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  if (value.length === 0 && c.required !== false)
    return { ok: false, errors: { [gridErrorKey]: `请至少填一格${child.label}。` } };
  return { ok: true, value };
}

/**
 * The children to save with a parent: the grid's, and (when editing) the parent's children of
 * cells no longer in the grid (its rows or columns changed since) as they were, so that
 * changing the setup never drops what was observed.
 */
export function childrenToSave(
  grid: Extract<Grid, { ok: true }>,
  fromGrid: Record<string, FieldValue>[],
  old: readonly StoredRecord[],
): Record<string, FieldValue>[] {
  const { c } = grid;
  const inGrid = (r: StoredRecord) =>
    grid.rows.some((x) => x.value === r.values[c.rows.field]) &&
    grid.columns.some((x) => x.value === r.values[c.columns.field]);
  const kept = old
    .filter((r) => !inGrid(r))
    .map((r) => Object.fromEntries(Object.entries(r.values).filter(([k]) => k !== c.parent)));
  return [...fromGrid, ...kept];
}
