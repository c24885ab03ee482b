import { useStore } from '@nanostores/preact';
import type { GumRecordStore } from '../../stores/gum-record';
import type { Measurement } from '../../schemas/gum-measurement';
import {
  removalDifficulties,
  removalDifficultyLabels,
  surfaceLabels,
  surfaces,
} from '../../schemas/gum-vocab';
import {
  checkMeasurementForm,
  measurementRules,
  type MeasurementFields,
} from '../../lib/gum-measurement-forms';
import { formatNumber } from '../../lib/gum-calc';
import { residueAreaByFormula, summarizeMeasurements } from '../../lib/gum-summaries';
import { gumRecordPlan, type ResidueSize } from '../../lib/grades/gum-levels';
import {
  ChoiceField,
  FormButtons,
  NoteField,
  NumberField,
  RecordItem,
  optionsOf,
} from '../forms/fields';
import { useRecordForm } from '../forms/use-record-form';

const blank = (): MeasurementFields => ({
  surface: '',
  difficulty: '',
  diameter: '',
  widest: '',
  squares: '',
  note: '',
});

const fieldsOf = (m: Measurement): MeasurementFields => ({
  surface: m.surface,
  difficulty: m.difficulty,
  diameter: m.diameterCm === null ? '' : String(m.diameterCm),
  widest: m.widestCm === undefined ? '' : String(m.widestCm),
  squares: m.squares === undefined ? '' : String(m.squares),
  note: m.note,
});

const intro: Record<ResidueSize, string> = {
  none: '残胶粘在哪种表面上、取下来难不难。',
  widest: '残胶粘在哪种表面上、取下来难不难；取下之前用直尺量一量：最宽的地方有几厘米？',
  squares:
    '残胶粘在哪种表面上、取下来难不难；取下之前把 1 厘米方格纸盖在上面，数一数残胶占了几个格（超过半格的算一格，不到半格的不算）。',
  diameter: '残胶粘在哪种表面上、取下来难不难；取下之前量一量压扁后的直径。',
};

/** "直径 2 厘米，面积 = 3.14 × 1 × 1 ≈ 3.14 平方厘米" for grade 6; the measured size otherwise. */
function sizeText(m: Measurement, size: ResidueSize): string {
  const parts: string[] = [];
  if (m.diameterCm !== null) {
    const r = formatNumber(m.diameterCm / 2);
    parts.push(
      size === 'diameter'
        ? `直径 ${formatNumber(m.diameterCm)} 厘米，面积 = 3.14 × ${r} × ${r} ≈ ${formatNumber(residueAreaByFormula(m.diameterCm))} 平方厘米`
        : `直径 ${formatNumber(m.diameterCm)} 厘米`,
    );
  }
  if (m.widestCm !== undefined) parts.push(`最宽的地方 ${m.widestCm} 厘米`);
  if (m.squares !== undefined) parts.push(`占了 ${m.squares} 个方格，面积约 ${m.squares} 平方厘米`);
  return parts.length ? `：${parts.join('；')}` : '';
}

/** Residue measurements: surface, how hard to remove, diameter and its area πr². */
export function MeasurementPanel({ store }: { store: GumRecordStore }) {
  const record = useStore(store.$gumRecord);
  const size = gumRecordPlan(record.group?.grade ?? null).residueSize;
  const form = useRecordForm({
    draft: 'gum-measurement',
    blank,
    records: record.measurements,
    fieldsOf,
    check: checkMeasurementForm,
    add: (v) => store.addMeasurement(v),
    update: (id, v) => store.updateMeasurement(id, v),
    said: {
      added: '已记下这条测量记录。',
      updated: '已修改这条测量记录。',
      editing: '正在修改一条测量记录。',
    },
  });
  const { fields, errors, setErrors, editing, edited, message, set } = form;

  const summary = summarizeMeasurements(record.measurements);
  // The grade's own size field, and any other the edited record already has (kept, not lost).
  const shows = {
    diameter: size === 'diameter' || (edited !== undefined && edited.diameterCm !== null),
    widest: size === 'widest' || edited?.widestCm !== undefined,
    squares: size === 'squares' || edited?.squares !== undefined,
  };
  return (
    <section class="eck-record-section" aria-labelledby="eck-measurements-title">
      <h2 id="eck-measurements-title">残胶测量</h2>
      <p>{intro[size]}</p>

      {summary.length > 0 && (
        <div class="eck-summary eck-table-wrap">
          <table>
            <caption class="eck-visually-hidden">每种表面的测量小结</caption>
            <thead>
              <tr>
                <th scope="col">表面</th>
                {removalDifficulties.map((d) => (
                  <th scope="col" key={d}>
                    {removalDifficultyLabels[d]}
                  </th>
                ))}
                {size === 'diameter' && <th scope="col">平均直径</th>}
              </tr>
            </thead>
            <tbody>
              {summary.map((s) => (
                <tr key={s.surface}>
                  <th scope="row">{surfaceLabels[s.surface]}</th>
                  {removalDifficulties.map((d) => (
                    <td key={d}>{s.byDifficulty[d]}</td>
                  ))}
                  {size === 'diameter' && (
                    <td>
                      {s.meanDiameterCm === null ? '—' : `${formatNumber(s.meanDiameterCm)} 厘米`}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {record.measurements.length > 0 && (
        <ul class="eck-record-list" aria-label="已记录的测量">
          {record.measurements.map((m, i) => (
            <RecordItem
              key={m.id}
              what={`第 ${i + 1} 条测量`}
              onEdit={() => form.startEdit(m)}
              onDelete={() => store.remove('measurements', m.id)}
            >
              <strong>
                {i + 1}. {surfaceLabels[m.surface]} · {removalDifficultyLabels[m.difficulty]}
              </strong>
              {sizeText(m, size)}
              {m.note && <span class="eck-record-note">备注：{m.note}</span>}
            </RecordItem>
          ))}
        </ul>
      )}

      <form class="eck-record-form" onSubmit={form.submit} noValidate>
        <h3>{editing ? '修改测量记录' : '添加一条测量'}</h3>
        <ChoiceField
          id="measure-surface"
          label="表面"
          value={[fields.surface]}
          options={optionsOf(surfaces, surfaceLabels)}
          onChange={([v]) => set('surface')(v ?? '')}
          error={errors.surface}
        />
        <ChoiceField
          id="measure-difficulty"
          label="取下来"
          value={[fields.difficulty]}
          options={optionsOf(removalDifficulties, removalDifficultyLabels)}
          onChange={([v]) => set('difficulty')(v ?? '')}
          error={errors.difficulty}
        />
        {shows.widest && (
          <NumberField
            id="measure-widest"
            label="最宽的地方有几厘米"
            integer
            rule={measurementRules.widest}
            value={fields.widest}
            onChange={set('widest')}
            onCheck={(e) => setErrors((old) => ({ ...old, widest: e }))}
            error={errors.widest}
            hint="用直尺量，填整厘米。"
          />
        )}
        {shows.squares && (
          <NumberField
            id="measure-squares"
            label="占了几个 1 厘米方格"
            integer
            rule={measurementRules.squares}
            value={fields.squares}
            onChange={set('squares')}
            onCheck={(e) => setErrors((old) => ({ ...old, squares: e }))}
            error={errors.squares}
            hint="一个方格是 1 平方厘米：占了几个格，面积就约是几平方厘米。"
          />
        )}
        {shows.diameter && (
          <NumberField
            id="measure-diameter"
            label="压扁后的直径（厘米）"
            rule={measurementRules.diameter}
            value={fields.diameter}
            onChange={set('diameter')}
            onCheck={(e) => setErrors((old) => ({ ...old, diameter: e }))}
            error={errors.diameter}
            hint="六年级：面积 = 3.14 × 半径 × 半径，会自动算出来。"
          />
        )}
        <NoteField
          id="measure-note"
          value={fields.note}
          onChange={set('note')}
          error={errors.note}
        />
        <FormButtons
          editing={editing !== null}
          addLabel="添加测量记录"
          onCancel={form.cancel}
          message={message}
        />
      </form>
    </section>
  );
}
