import type { GumRecordStore } from '../../stores/gum-record';
import type { Prediction } from '../../schemas/gum-decomposition';
import { mediumLabels, media, sampleItemLabels, sampleItems } from '../../schemas/gum-vocab';
import { textLimits } from '../../schemas/gum-common';
import { checkPredictionForm, type PredictionFields } from '../../lib/gum-decomposition-forms';
import { FormButtons, RecordItem, SelectField, TextField, optionsOf } from '../forms/fields';
import { useRecordForm } from '../forms/use-record-form';

const blank = (): PredictionFields => ({
  pupil: '',
  mostChangeItem: '',
  leastChangeItem: '',
  mostChangeMedium: '',
  reason: '',
});

const fieldsOf = (p: Prediction): PredictionFields => ({
  pupil: p.pupil,
  mostChangeItem: p.mostChangeItem,
  leastChangeItem: p.leastChangeItem,
  mostChangeMedium: p.mostChangeMedium,
  reason: p.reason,
});

/** Each pupil's prediction, made before the first check; locked once a check is recorded. */
export function PredictionPanel({
  store,
  predictions,
  locked,
  nicknames,
}: {
  store: GumRecordStore;
  predictions: readonly Prediction[];
  locked: boolean;
  nicknames: readonly string[];
}) {
  const form = useRecordForm({
    draft: 'gum-prediction',
    blank,
    records: predictions,
    fieldsOf,
    check: checkPredictionForm,
    add: (v) => store.addPrediction(v),
    update: (id, v) => store.updatePrediction(id, v),
    said: { added: '已记下这条预测。', updated: '已修改这条预测。' },
  });
  const { fields, errors, editing, message, set } = form;
  const items = optionsOf(sampleItems, sampleItemLabels);

  return (
    <div class="eck-subsection">
      <h3>先预测</h3>
      <p>
        第一次观察之前，每位同学写下自己的预测。
        {locked && <strong>第一次观察已经记录，预测不能再添加或修改。</strong>}
      </p>
      {predictions.length > 0 && (
        <ul class="eck-record-list" aria-label="已记录的预测">
          {predictions.map((p) => (
            <RecordItem
              key={p.id}
              what={`${p.pupil}的预测`}
              onEdit={locked ? undefined : () => form.startEdit(p)}
              onDelete={() => store.remove('predictions', p.id)}
            >
              <strong>{p.pupil}</strong>：变化最大的是{sampleItemLabels[p.mostChangeItem]}，
              几乎不变的是{sampleItemLabels[p.leastChangeItem]}，在
              {mediumLabels[p.mostChangeMedium]}里变化最大。
              {p.reason && <span class="eck-record-note">理由：{p.reason}</span>}
            </RecordItem>
          ))}
        </ul>
      )}
      {!locked && (
        <form class="eck-record-form" onSubmit={form.submit} noValidate>
          <h4>{editing ? '修改预测' : '添加一条预测'}</h4>
          <TextField
            id="prediction-pupil"
            label="昵称"
            required
            maxLength={textLimits.nickname}
            value={fields.pupil}
            list={nicknames.length ? 'eck-nicknames' : undefined}
            onChange={set('pupil')}
            error={errors.pupil}
          />
          <SelectField
            id="prediction-most"
            label="哪一种东西变化最大"
            placeholder="请选择"
            options={items}
            value={fields.mostChangeItem}
            onChange={set('mostChangeItem')}
            error={errors.mostChangeItem}
          />
          <SelectField
            id="prediction-least"
            label="哪一种几乎不变"
            placeholder="请选择"
            options={items}
            value={fields.leastChangeItem}
            onChange={set('leastChangeItem')}
            error={errors.leastChangeItem}
          />
          <SelectField
            id="prediction-medium"
            label="在哪里变化最大"
            placeholder="请选择"
            options={optionsOf(media, mediumLabels)}
            value={fields.mostChangeMedium}
            onChange={set('mostChangeMedium')}
            error={errors.mostChangeMedium}
          />
          <TextField
            id="prediction-reason"
            label="理由"
            multiline
            maxLength={textLimits.note}
            value={fields.reason}
            onChange={set('reason')}
            error={errors.reason}
          />
          <FormButtons
            editing={editing !== null}
            addLabel="添加预测"
            onCancel={form.cancel}
            message={message}
          />
        </form>
      )}
    </div>
  );
}
