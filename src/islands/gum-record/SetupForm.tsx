import { useState } from 'preact/hooks';
import type { GumRecordStore } from '../../stores/gum-record';
import type { DecompositionSetup } from '../../schemas/gum-decomposition';
import { mediumLabels, media, sampleItemLabels, sampleItems } from '../../schemas/gum-vocab';
import { textLimits } from '../../schemas/gum-common';
import { checkSetupForm, type SetupFields } from '../../lib/gum-decomposition-forms';
import { ChoiceField, DateField, FormButtons, TextField, optionsOf } from '../forms/fields';

type Errors = Partial<Record<keyof SetupFields, string | undefined>>;

/** Start date (day 0), media and items of the decomposition comparison. */
export function SetupForm({
  store,
  today,
  setup,
  firstObservation,
  onDone,
}: {
  store: GumRecordStore;
  today: string;
  setup: DecompositionSetup | null;
  firstObservation: string | null;
  onDone: () => void;
}) {
  const [fields, setFields] = useState<SetupFields>(() =>
    setup
      ? { startDate: setup.startDate, media: setup.media, items: setup.items, note: setup.note }
      : { startDate: today, media: [...media], items: [...sampleItems], note: '' },
  );
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    const r = checkSetupForm(fields, today, firstObservation);
    if (!r.ok) {
      setErrors(r.errors);
      setMessage('有几项需要改一改，请看红字。');
      return;
    }
    const done = store.saveSetup(r.value);
    if (!done.ok) {
      setMessage(done.error);
      return;
    }
    setErrors({});
    onDone();
  };

  return (
    <form class="eck-record-form" onSubmit={submit} noValidate>
      <h3>{setup ? '修改实验设置' : '实验设置'}</h3>
      <DateField
        id="setup-start"
        label="开始日期（第 0 天）"
        value={fields.startDate}
        max={today}
        onChange={(v) => setFields((f) => ({ ...f, startDate: v }))}
        error={errors.startDate}
      />
      <ChoiceField
        id="setup-media"
        label="样品放在哪里"
        multiple
        value={fields.media}
        options={optionsOf(media, mediumLabels)}
        onChange={(v) => setFields((f) => ({ ...f, media: v }))}
        error={errors.media}
      />
      <ChoiceField
        id="setup-items"
        label="比较哪些样品"
        multiple
        value={fields.items}
        options={optionsOf(sampleItems, sampleItemLabels)}
        onChange={(v) => setFields((f) => ({ ...f, items: v }))}
        error={errors.items}
      />
      <TextField
        id="setup-note"
        label="备注"
        hint="例如：土埋的样品在花坛东边，深约 5 厘米。"
        multiline
        maxLength={textLimits.note}
        value={fields.note}
        onChange={(v) => setFields((f) => ({ ...f, note: v }))}
        error={errors.note}
      />
      <FormButtons
        editing={setup !== null}
        addLabel="保存实验设置"
        onCancel={onDone}
        message={message}
      />
    </form>
  );
}
