import type { GumRecordStore } from '../../stores/gum-record';
import type { DecompositionSetup, Observation } from '../../schemas/gum-decomposition';
import {
  mediumLabels,
  sampleItemLabels,
  sampleStateLabels,
  sampleStates,
} from '../../schemas/gum-vocab';
import { textLimits } from '../../schemas/gum-common';
import { numberRules } from '../../lib/gum-forms';
import {
  checkObservationForm,
  type EntryFields,
  type ObservationFields,
} from '../../lib/gum-decomposition-forms';
import { checkDate, dayNumber, formatNumber } from '../../lib/gum-calc';
import {
  DateField,
  FormButtons,
  NumberField,
  RecordItem,
  SelectField,
  TextField,
  optionsOf,
} from '../forms/fields';
import { useRecordForm } from '../forms/use-record-form';

function blank(setup: DecompositionSetup, today: string, old?: Observation): ObservationFields {
  const entries: EntryFields[] = setup.items.flatMap((item) =>
    setup.media.map((medium) => {
      const e = old?.entries.find((x) => x.item === item && x.medium === medium);
      return {
        item,
        medium,
        state: e?.state ?? '',
        size: e?.sizeCm == null ? '' : String(e.sizeCm),
        note: e?.note ?? '',
      };
    }),
  );
  return {
    date: old?.date ?? today,
    observer: old?.observer ?? '',
    entries,
    note: old?.note ?? '',
  };
}

const states = optionsOf(sampleStates, sampleStateLabels);

/** Checks of the samples: one form per day with a state for each item × medium. */
export function ObservationPanel({
  store,
  today,
  setup,
  observations,
  nicknames,
}: {
  store: GumRecordStore;
  today: string;
  setup: DecompositionSetup;
  observations: readonly Observation[];
  nicknames: readonly string[];
}) {
  const form = useRecordForm({
    draft: 'gum-observation',
    blank: () => blank(setup, today),
    records: observations,
    fieldsOf: (o: Observation) => blank(setup, today, o),
    check: (f: ObservationFields) => checkObservationForm(f, today, setup.startDate),
    add: (v) => store.addObservation(v),
    update: (id, v) => store.updateObservation(id, v),
    said: { added: '已记下这次观察。', updated: '已修改这次观察。', editing: '正在修改一次观察。' },
    // Items and media come from the current setup, only what was typed from the draft.
    restore: (d) => {
      const template = blank(setup, today);
      return {
        ...d,
        entries: template.entries.map((t, i) => {
          const e = d.entries[i];
          return e && e.item === t.item && e.medium === t.medium ? e : t;
        }),
      };
    },
  });
  const { fields, setFields, errors, setErrors, editing, message } = form;
  const setEntry = (i: number, k: keyof EntryFields, v: string) =>
    setFields((f) => ({
      ...f,
      entries: f.entries.map((e, j) => (j === i ? { ...e, [k]: v } : e)),
    }));
  const dateOk = checkDate(fields.date, { today, notBefore: setup.startDate }) === null;

  const sorted = [...observations].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div class="eck-subsection">
      <h3>观察记录</h3>
      {sorted.length > 0 && (
        <ul class="eck-record-list" aria-label="已记录的观察">
          {sorted.map((o) => {
            const day = dayNumber(setup.startDate, o.date);
            return (
              <RecordItem
                key={o.id}
                what={`第 ${day} 天的观察`}
                onEdit={() => form.startEdit(o)}
                onDelete={() => store.remove('observations', o.id)}
              >
                <strong>
                  第 {day} 天（{o.date}）
                </strong>
                {o.observer && ` · 观察人：${o.observer}`}
                <ul class="eck-entry-list">
                  {o.entries.map((e) => (
                    <li key={`${e.item}-${e.medium}`}>
                      {sampleItemLabels[e.item]} · {mediumLabels[e.medium]}：
                      {sampleStateLabels[e.state]}
                      {e.sizeCm !== null && `，${formatNumber(e.sizeCm)} 厘米`}
                      {e.note && `，${e.note}`}
                    </li>
                  ))}
                </ul>
                {o.note && <span class="eck-record-note">备注：{o.note}</span>}
              </RecordItem>
            );
          })}
        </ul>
      )}

      <form class="eck-record-form" onSubmit={form.submit} noValidate>
        <h4>{editing ? '修改观察' : '添加一次观察'}</h4>
        <DateField
          id="observation-date"
          label="观察日期"
          value={fields.date}
          min={setup.startDate}
          max={today}
          onChange={(v) => setFields((f) => ({ ...f, date: v }))}
          error={errors.date}
          hint={dateOk ? `第 ${dayNumber(setup.startDate, fields.date)} 天` : undefined}
        />
        <TextField
          id="observation-observer"
          label="观察人（昵称）"
          maxLength={textLimits.nickname}
          value={fields.observer}
          list={nicknames.length ? 'eck-nicknames' : undefined}
          onChange={(v) => setFields((f) => ({ ...f, observer: v }))}
          error={errors.observer}
        />
        <p id="observation-entries-help" class="eck-field-hint">
          看过的样品选一个状态；没看的留着“没有看”。大小和备注可以不填。
        </p>
        {errors.entries && (
          <p class="eck-field-error" role="alert">
            {errors.entries}
          </p>
        )}
        {setup.items.map((item) => (
          <fieldset class="eck-entry-group" key={item}>
            <legend>{sampleItemLabels[item]}</legend>
            {fields.entries.map((e, i) => {
              if (e.item !== item) return null;
              const key = `entry-${e.item}-${e.medium}` as const;
              return (
                <div class="eck-entry-row" key={key}>
                  <SelectField
                    id={`${key}-state`}
                    label={`${sampleItemLabels[item]} · ${mediumLabels[e.medium]}`}
                    placeholder="没有看"
                    options={states}
                    value={e.state}
                    onChange={(v) => setEntry(i, 'state', v)}
                    error={errors[`${key}-state`]}
                  />
                  <NumberField
                    id={`${key}-size`}
                    label="大小（厘米）"
                    hiddenPrefix={`${sampleItemLabels[item]} · ${mediumLabels[e.medium]}`}
                    compact
                    rule={numberRules.size}
                    value={e.size}
                    onChange={(v) => setEntry(i, 'size', v)}
                    onCheck={(err) => setErrors((old) => ({ ...old, [`${key}-size`]: err }))}
                    error={errors[`${key}-size`]}
                  />
                  <TextField
                    id={`${key}-note`}
                    label="备注"
                    hiddenPrefix={`${sampleItemLabels[item]} · ${mediumLabels[e.medium]}`}
                    compact
                    maxLength={textLimits.entryNote}
                    value={e.note}
                    onChange={(v) => setEntry(i, 'note', v)}
                    error={errors[`${key}-note`]}
                  />
                </div>
              );
            })}
          </fieldset>
        ))}
        <TextField
          id="observation-note"
          label="这次观察的备注"
          multiline
          maxLength={textLimits.note}
          value={fields.note}
          onChange={(v) => setFields((f) => ({ ...f, note: v }))}
          error={errors.note}
        />
        <FormButtons
          editing={editing !== null}
          addLabel="添加观察记录"
          onCancel={form.cancel}
          message={message}
        />
      </form>
    </div>
  );
}
