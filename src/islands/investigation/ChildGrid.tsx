/**
 * The `children` grid of a record form (e.g. an observation's entries, sample × medium), loaded
 * only by forms whose kind has one: its cells under the parent's fields, the check of every
 * cell, the save of the parent with its children in one store change, and the children's lines
 * in the record list. The cells' typed fields live in the parent form's fields (`cellKey`).
 */
import type { Dispatch, StateUpdater } from 'preact/hooks';
import type {
  FieldDef,
  InvestigationDefinition,
  RecordKind,
} from '../../schemas/investigation/definition';
import type { FieldValue, StoredRecord } from '../../schemas/investigation/records';
import type { InvestigationRecordStore } from '../../stores/investigation/record';
import type { ActionResult } from '../../stores/actions';
import { saveWithChildren } from '../../stores/investigation/record-children';
import type {
  CheckContext,
  checkRecordForm,
  FormCheck,
  FormFields,
  numberRule,
} from '../../lib/investigation/check-form';
import {
  cellFields,
  cellKey,
  cellName,
  checkChildren,
  childrenToSave,
  fieldsOfChildren,
  gridErrorKey,
  gridOf,
  type GridOption,
} from '../../lib/investigation/children';
import { displayValue, labelWithUnit } from '../../lib/investigation/values';
import { latestView } from '../../lib/investigation/latest';
import type { Checked, FormErrors } from '../forms/use-record-form';
import { NumberField, SelectField, TextField } from '../forms/fields';

/** What a record form with children saves: the parent's values and its children's. */
export interface WithChildren {
  values: Record<string, FieldValue>;
  children?: Record<string, FieldValue>[];
}

type Records = Record<string, StoredRecord[]>;

/**
 * The record form's checks, given by RecordForm: imported here, check-form would be split out
 * of the record page's chunk into one of its own, about 1 kB more on every record page.
 */
export interface FormKit {
  checkRecordForm: typeof checkRecordForm;
  numberRule: typeof numberRule;
}

/** The children of one parent record. */
function childrenOf(kind: RecordKind, records: Records, id: string) {
  const c = kind.children;
  return c ? (records[c.kind] ?? []).filter((r) => r.values[c.parent] === id) : [];
}

/** A parent's children as the grid's fields, to edit them with it. */
export function gridFieldsOf(
  def: InvestigationDefinition,
  kind: RecordKind,
  records: Records,
  parent: StoredRecord,
): FormFields {
  const grid = gridOf(def, kind, records);
  return grid.ok ? fieldsOfChildren(grid, childrenOf(kind, records, parent.id)) : {};
}

/** The parent's own check (`own`) and every cell's, or what to record first. */
export function checkWithGrid(
  def: InvestigationDefinition,
  kind: RecordKind,
  records: Records,
  fields: FormFields,
  own: FormCheck,
  ctx: CheckContext,
  kit: FormKit,
): Checked<string, WithChildren> {
  const grid = gridOf(def, kind, records);
  const cells = grid.ok
    ? checkChildren(grid, fields, ctx, kit.checkRecordForm)
    : { ok: false as const, errors: { [gridErrorKey]: grid.missing } };
  if (own.ok && cells.ok) return { ok: true, value: { values: own.value, children: cells.value } };
  return {
    ok: false,
    errors: { ...(own.ok ? {} : own.errors), ...(cells.ok ? {} : cells.errors) },
  };
}

/** Save the parent (`id` null: a new one) with its children, in one store change. */
export function saveWithGrid(
  store: InvestigationRecordStore,
  def: InvestigationDefinition,
  kind: RecordKind,
  id: string | null,
  v: WithChildren,
): ActionResult {
  const records = store.$data.get().records;
  const grid = gridOf(def, kind, records);
  if (!grid.ok) return { ok: false, error: grid.missing };
  const old = id === null ? [] : childrenOf(kind, records, id);
  const children = childrenToSave(grid, v.children ?? [], old);
  return saveWithChildren(store, def, kind.id, id, v.values, children);
}

const domId = (kind: RecordKind, key: string) => `eck-${kind.id}-${key.replace(/:/g, '_')}`;

/** One cell's field, from the field kit; its messages name the cell. */
function CellField({
  def,
  kit,
  f,
  id,
  name,
  value,
  error,
  onChange,
  onCheck,
}: {
  def: InvestigationDefinition;
  kit: FormKit;
  f: FieldDef;
  id: string;
  name: string;
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
  onCheck: (e: string | undefined) => void;
}) {
  const common = { id, value, error, onChange, hiddenPrefix: name, compact: true };
  if (f.type === 'number')
    return (
      <NumberField
        {...common}
        label={labelWithUnit(f)}
        rule={kit.numberRule(f)}
        integer={f.integer === true}
        onCheck={(e) => onCheck(e && `${name}：${e}`)}
      />
    );
  if (f.type === 'choice')
    return (
      <SelectField
        {...common}
        label={f.label}
        placeholder="不填"
        options={def.vocabularies[f.vocabulary ?? '']?.options ?? []}
      />
    );
  // The definition schema allows number, text and vocabulary choice fields in cells.
  const text = f as Extract<FieldDef, { type: 'text' }>;
  return <TextField {...common} label={f.label} maxLength={text.maxLength} required={false} />;
}

/** The grid under the parent's fields: a fieldset per row, a small one per cell in it. */
export function GridCells({
  def,
  kit,
  kind,
  records,
  form: { fields, errors, setFields, setErrors },
}: {
  def: InvestigationDefinition;
  kit: FormKit;
  kind: RecordKind;
  records: Records;
  /** The parent's form (useRecordForm): the cells' fields and errors live in it. */
  form: {
    fields: FormFields;
    errors: FormErrors<string>;
    setFields: Dispatch<StateUpdater<FormFields>>;
    setErrors: Dispatch<StateUpdater<FormErrors<string>>>;
  };
}) {
  const grid = gridOf(def, kind, records);
  const error = errors[gridErrorKey];
  if (!grid.ok)
    return (
      <p class="eck-alert" role={error ? 'alert' : undefined}>
        {grid.missing}
      </p>
    );
  const own = cellFields(grid.c, grid.child);
  const cell = (row: GridOption, column: GridOption) => {
    const name = cellName(row, column);
    return (
      <fieldset class="eck-cell" key={column.value}>
        <legend>{column.label}</legend>
        {own.map((f) => {
          const key = cellKey(row.value, column.value, f.id);
          return (
            <CellField
              key={f.id}
              def={def}
              kit={kit}
              f={f}
              id={domId(kind, key)}
              name={name}
              value={fields[key] ?? ''}
              error={errors[key]}
              onChange={(v) => setFields((x) => ({ ...x, [key]: v }))}
              onCheck={(e) => setErrors((x) => ({ ...x, [key]: e }))}
            />
          );
        })}
      </fieldset>
    );
  };
  return (
    <div class="eck-cells" role="group" aria-label={grid.child.label}>
      {grid.c.help && <p class="eck-field-hint">{grid.c.help}</p>}
      {error && (
        <p class="eck-field-error" role="alert">
          {error}
        </p>
      )}
      {grid.rows.map((row) => (
        <fieldset class="eck-entry-group" key={row.value}>
          <legend>{row.label}</legend>
          <div class="eck-cell-grid">{grid.columns.map((column) => cell(row, column))}</div>
        </fieldset>
      ))}
    </div>
  );
}

/** A parent's children in the record list, one line each: "废纸 · 自来水：略有变化，大小 3 厘米". */
export function ChildLines({
  def,
  kind,
  records,
  parent,
}: {
  def: InvestigationDefinition;
  kind: RecordKind;
  records: Records;
  parent: StoredRecord;
}) {
  const c = kind.children;
  const children = childrenOf(kind, records, parent.id);
  if (!c || children.length === 0) return null;
  const child = def.kinds.find((k) => k.id === c.kind) as RecordKind;
  const label = (id: string, r: StoredRecord) => {
    const f = child.fields.find((x) => x.id === id) as FieldDef;
    return displayValue(def, f, r.values[id] ?? null, records);
  };
  return (
    <ul class="eck-entry-list">
      {children.map((r) => (
        <li key={r.id}>
          {label(c.rows.field, r)} · {label(c.columns.field, r)}：
          {cellFields(c, child)
            .filter((f) => (r.values[f.id] ?? null) !== null)
            .map((f) => {
              const v = label(f.id, r);
              return f.type === 'number' ? `${f.label} ${v}${f.unit ? ` ${f.unit}` : ''}` : v;
            })
            .join('，')}
        </li>
      ))}
    </ul>
  );
}

/**
 * Above the list of a kind with `latest`: its line ("已观察 3 天（共 4 次），最近一次是第 6 天。")
 * and the table of the newest child per cell ("—" where none was recorded).
 */
export function Latest({
  def,
  kind,
  records,
}: {
  def: InvestigationDefinition;
  kind: RecordKind;
  records: Records;
}) {
  if (!kind.latest) return null;
  const { line, table } = latestView(def, kind, kind.latest, records);
  return (
    <>
      {line && <p>{line}</p>}
      {table && (
        <div class="eck-table-wrap">
          <table>
            <caption>{kind.latest.title}</caption>
            <thead>
              <tr>
                <th scope="col">{table.rowLabel}</th>
                {table.columns.map((c) => (
                  <th scope="col" key={c.value}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={r.value}>
                  <th scope="row">{r.label}</th>
                  {table.columns.map((c, j) => (
                    <td key={c.value}>{table.cells[i]?.[j] ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
