/**
 * The form and list of one record kind, built from the definition: a field per definition field
 * (the shared field kit), checked by the engine, dispatched to the record store.
 */
import type {
  ChoiceFieldDef,
  FieldDef,
  InvestigationDefinition,
  RecordKind,
} from '../../schemas/investigation/definition';
import type { InvestigationData, StoredRecord } from '../../schemas/investigation/records';
import { closedMessage, type InvestigationRecordStore } from '../../stores/investigation/record';
import {
  blankForm,
  checkRecordForm,
  formOfRecord,
  numberRule,
  type CheckContext,
  type FormFields,
} from '../../lib/investigation/check-form';
import {
  choiceLabel,
  displayValue,
  inGrades,
  kindOf,
  labelWithUnit,
  numberOf,
} from '../../lib/investigation/values';
import { useEffect, useState } from 'preact/hooks';
import { useRecordForm } from '../forms/use-record-form';
import type * as Grid from './ChildGrid';
import {
  ChoiceField,
  DateField,
  FormButtons,
  NumberField,
  RecordItem,
  SelectField,
  TextField,
} from '../forms/fields';

/** What the grid's lazy code takes from the form's (see ChildGrid's FormKit). */
const kit: Grid.FormKit = { checkRecordForm, numberRule };

interface Props {
  def: InvestigationDefinition;
  kind: RecordKind;
  store: InvestigationRecordStore;
  data: InvestigationData;
  today: string;
}

/** One line per record: every filled field and derived value. */
function describe(
  def: InvestigationDefinition,
  kind: RecordKind,
  r: StoredRecord,
  data: InvestigationData,
) {
  const parts = kind.fields
    .filter((f) => f.id !== kind.titleField && (r.values[f.id] ?? null) !== null)
    .map((f) => {
      const v = displayValue(def, f, r.values[f.id] ?? null, data.records);
      return f.type === 'number' && f.unit
        ? `${f.label} ${v} ${f.unit}`
        : f.type === 'choice'
          ? v
          : `${f.label}：${v}`;
    });
  const grade = data.group?.grade;
  for (const d of kind.derived ?? []) {
    const n = numberOf(kind, r, d.id);
    // Shown to the school years it is for (`grades`); a group without a grade reads it as the
    // oldest pupils do (one density, not the same one twice).
    const shown = inGrades(d.grades, grade ?? 6);
    if (n !== null && shown) parts.push(`${d.label} ${n}${d.unit ? ` ${d.unit}` : ''}`);
  }
  return parts.join('，');
}

export function RecordForm({ def, kind, store, data, today }: Props) {
  const records = data.records[kind.id] ?? [];
  // A kind closed by another's record (`closedBy`): its list only, with the reason.
  const closed = closedMessage(kind, data.records);
  // The store's data now, not the last render's (the same while rendering): a record saved in
  // the same task as a click (no render between) counts in the checks.
  const now = () => store.$data.get().records;
  // A vocabulary's options, or this group's records of a `recordOf` kind (their titles).
  const optionsOf = (f: RecordKind['fields'][number]) => {
    const vocabulary = (f as ChoiceFieldDef).vocabulary;
    if (vocabulary) return def.vocabularies[vocabulary]?.options ?? [];
    const all = now();
    return f.type === 'choice'
      ? (all[f.recordOf ?? ''] ?? []).map((r) => ({
          value: r.id,
          label: choiceLabel(def, f, r.id, all),
        }))
      : [];
  };
  const choices = (f: RecordKind['fields'][number]) => optionsOf(f).map((o) => o.value);
  const preset = Object.fromEntries(
    kind.fields.filter((f) => f.type === 'date').map((f) => [f.id, today]),
  );
  // A kind with `children` fills them in as a grid whose code loads only for it.
  const [grid, setGrid] = useState<typeof Grid | 'failed' | null>(null);
  useEffect(() => {
    if (kind.children)
      import('./ChildGrid').then(
        (m) => setGrid(m),
        () => setGrid('failed'),
      );
  }, [kind]);
  const g = typeof grid === 'object' ? grid : null;
  const form = useRecordForm<FormFields, Grid.WithChildren, StoredRecord, string>({
    draft: `investigation:${def.id}:${kind.id}`,
    blank: () => blankForm(kind, preset),
    records,
    fieldsOf: (r) => ({ ...formOfRecord(kind, r), ...g?.gridFieldsOf(def, kind, now(), r) }),
    check: (fields) => {
      const ctx: CheckContext = {
        today,
        choices,
        // notBefore: the first record of that kind holds the day (a setup kind keeps one).
        earliest: ({ notBefore: nb }) => {
          // A date field's value: a day, or null when not filled in.
          const day = nb && (now()[nb.kind] ?? [])[0]?.values[nb.field];
          return day
            ? // The definition schema checks that the field is there.
              [
                (kindOf(def, nb.kind).fields.find((x) => x.id === nb.field) as FieldDef).label,
                `${day}`,
              ]
            : undefined;
        },
      };
      const own = checkRecordForm(kind, fields, ctx);
      if (g) return g.checkWithGrid(def, kind, now(), fields, own, ctx, kit);
      // Without its grid's code a kind with children saves nothing (its button is not shown).
      if (kind.children) return { ok: false, errors: {} };
      return own.ok ? { ok: true, value: { values: own.value } } : own;
    },
    add: (v) => (g ? g.saveWithGrid(store, def, kind, null, v) : store.add(kind.id, v.values)),
    update: (id, v) =>
      g ? g.saveWithGrid(store, def, kind, id, v) : store.update(kind.id, id, v.values),
    said: {
      added: `已添加${kind.itemLabel}。`,
      updated: '已保存修改。',
      editing: `正在修改${kind.itemLabel}，改好后点“保存修改”。`,
    },
    // The next record is usually the same zone, round and day: keep the choices.
    next: (sent) =>
      blankForm(
        kind,
        Object.fromEntries(
          kind.fields
            .filter((f) => f.type === 'choice' || f.type === 'date')
            .map((f) => [f.id, sent[f.id] ?? '']),
        ),
      ),
  });
  const { fields, errors, set } = form;
  // A field asked only of some school years (`grades`) is left off the form of a group of
  // another year, unless it must be filled in or holds a value (a record being edited).
  const grade = data.group?.grade;
  const asked = (f: FieldDef) =>
    !grade ||
    !f.grades ||
    f.required !== false ||
    inGrades(f.grades, grade) ||
    (fields[f.id] ?? '') !== '';
  const id = (f: string) => `eck-${kind.id}-${f}`;
  const check = (f: string) => (error: string | undefined) =>
    form.setErrors((e) => ({ ...e, [f]: error }));
  const title = (r: StoredRecord) => {
    const f = kind.fields.find((x) => x.id === kind.titleField);
    return f ? displayValue(def, f, r.values[f.id] ?? null, data.records) : '';
  };

  return (
    <section class="eck-record-section" aria-labelledby={id('title')}>
      <h2 id={id('title')}>{kind.label}</h2>
      {g && <g.Latest def={def} kind={kind} records={data.records} />}
      {records.length > 0 && (
        <ul class="eck-record-list" aria-label={`已记录的${kind.label}`}>
          {records.map((r) => (
            <RecordItem
              key={r.id}
              what={`${kind.itemLabel} ${title(r)}`}
              // Not before the grid's code is there: the form would open without the children.
              onEdit={closed || (kind.children && !g) ? undefined : () => form.startEdit(r)}
              onDelete={
                closed
                  ? undefined
                  : () => {
                      const done = store.remove(kind.id, r.id);
                      if (!done.ok) form.setMessage(done.error);
                    }
              }
            >
              <strong>{title(r)}</strong>
              <br />
              {describe(def, kind, r, data)}
              {g && <g.ChildLines def={def} kind={kind} records={data.records} parent={r} />}
            </RecordItem>
          ))}
        </ul>
      )}
      {closed ? (
        <p class="eck-alert">{closed}</p>
      ) : !form.editing && records.length >= kind.maxRecords ? (
        // As many as the kind may have (the setup's one): no form to add what would be refused.
        <>
          <p class="eck-form-message" role="status">
            {form.message}
          </p>
          <p>
            {kind.maxRecords === 1
              ? `${kind.label}已经填好，要改请点上面的“修改”。`
              : `${kind.label}已经有 ${kind.maxRecords} 条，不能再添加了；要改请点那一条的“修改”。`}
          </p>
        </>
      ) : (
        <form class="eck-record-form" onSubmit={form.submit} noValidate>
          <h3>{form.editing ? `修改${kind.itemLabel}` : `添加${kind.itemLabel}`}</h3>
          {kind.fields.filter(asked).map((f) => {
            const common = {
              id: id(f.id),
              error: errors[f.id],
              hint: f.help,
              value: fields[f.id] ?? '',
              onChange: set(f.id),
            };
            switch (f.type) {
              case 'number':
                return (
                  <NumberField
                    key={f.id}
                    {...common}
                    label={labelWithUnit(f)}
                    rule={numberRule(f)}
                    integer={f.integer === true}
                    onCheck={check(f.id)}
                  />
                );
              case 'text':
                return (
                  <TextField
                    key={f.id}
                    {...common}
                    label={f.label}
                    maxLength={f.maxLength}
                    required={f.required !== false}
                    multiline={f.multiline === true}
                  />
                );
              case 'multiChoice':
                return (
                  <ChoiceField
                    key={f.id}
                    {...common}
                    multiple
                    label={f.label}
                    options={optionsOf(f)}
                    // The form holds the option values joined with , (see check-form.ts).
                    value={common.value.split(',').filter((v) => v !== '')}
                    onChange={(v) => common.onChange(v.join(','))}
                  />
                );
              case 'date':
                return <DateField key={f.id} {...common} label={f.label} max={today} />;
              case 'choice': {
                const options = optionsOf(f);
                const none = options.length === 0 && f.recordOf;
                return (
                  <SelectField
                    key={f.id}
                    {...common}
                    hint={none ? `请先在上面添加${kindOf(def, none).label}。` : f.help}
                    label={f.label}
                    placeholder="请选择"
                    options={options}
                  />
                );
              }
            }
          })}
          {g && <g.GridCells def={def} kit={kit} kind={kind} records={data.records} form={form} />}
          {grid === 'failed' && (
            <p class="eck-field-error" role="alert">
              {kind.label}的表格没能打开（请在有网络时刷新页面）。
            </p>
          )}
          {/* Buttons under the grid only once it is there: cells appearing above them would move them. */}
          {(!kind.children || g) && (
            <FormButtons
              editing={form.editing !== null}
              addLabel={`添加${kind.itemLabel}`}
              onCancel={form.cancel}
              message={form.message}
            />
          )}
        </form>
      )}
    </section>
  );
}
