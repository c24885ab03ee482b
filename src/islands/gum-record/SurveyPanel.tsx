import { useStore } from '@nanostores/preact';
import type { GumRecordStore } from '../../stores/gum-record';
import type { Survey } from '../../schemas/gum-survey';
import { placeTypeLabels, placeTypes } from '../../schemas/gum-vocab';
import { textLimits } from '../../schemas/gum-common';
import {
  areaModes,
  areaRules,
  checkSurveyForm,
  isOneOf,
  numberRules,
  type AreaMode,
  type SurveyFields,
} from '../../lib/gum-forms';
import {
  gumRecordPlan,
  wholeDensityText,
  type GumRecordPlan,
  type NumberKind,
} from '../../lib/grades/gum-levels';
import {
  areaFromSides,
  densityPer100SquareMetres,
  densityPerSquareMetre,
  formatNumber,
  summarizeSurveys,
} from '../../lib/gum-calc';
import { parseNumber } from '../../lib/parse-number';
import {
  ChoiceField,
  DateField,
  FormButtons,
  NoteField,
  NumberField,
  RecordItem,
  SelectField,
  TextField,
  optionsOf,
} from '../forms/fields';
import { useRecordForm } from '../forms/use-record-form';

const blank = (today: string, plan: GumRecordPlan): SurveyFields => ({
  date: today,
  placeType: '',
  placeOther: '',
  placeName: '',
  areaMode: plan.placeArea === 'none' ? 'none' : 'area',
  area: '',
  length: '',
  width: '',
  count: '',
  note: '',
});

function fieldsOf(s: Survey): SurveyFields {
  const sides = s.lengthMetres !== null && s.widthMetres !== null;
  return {
    date: s.date,
    placeType: s.placeType,
    placeOther: s.placeOther,
    placeName: s.placeName,
    areaMode: s.areaSquareMetres === null ? 'none' : sides ? 'sides' : 'area',
    area: s.areaSquareMetres === null ? '' : String(s.areaSquareMetres),
    length: sides ? String(s.lengthMetres) : '',
    width: sides ? String(s.widthMetres) : '',
    count: String(s.count),
    note: s.note,
  };
}

export function placeText(s: Pick<Survey, 'placeType' | 'placeOther' | 'placeName'>): string {
  const kind = s.placeType === 'other' ? s.placeOther : placeTypeLabels[s.placeType];
  return s.placeName ? `${kind}（${s.placeName}）` : kind;
}

const hasFraction = (s: Survey) =>
  [s.areaSquareMetres, s.lengthMetres, s.widthMetres].some((v) => v !== null && v % 1 !== 0);

const intro: Record<NumberKind, string> = {
  none: '数一数：每个地方有几块残胶？',
  whole: '先量面积（整平方米），再数残胶。比一比：每 10、每 100 平方米各有几块。',
  decimal: '先量面积，再数残胶。面积可以直接填，也可以填长和宽（米），会自动算出面积。',
};

/** "；每 10 平方米约 3 块，每 100 平方米约 25 块" or the decimal densities, by the plan. */
function densityText(kind: NumberKind, count: number, area: number): string {
  if (kind === 'none') return '';
  if (kind === 'whole') {
    return `；每 10 平方米${wholeDensityText(count, area, 10)}，每 100 平方米${wholeDensityText(count, area, 100)}`;
  }
  return `；每平方米 ${formatNumber(densityPerSquareMetre(count, area))} 块，每 100 平方米 ${formatNumber(densityPer100SquareMetres(count, area), 1)} 块`;
}

/** Surveys (清点): the form, the list with edit and delete, and density per place. */
export function SurveyPanel({ store, today }: { store: GumRecordStore; today: string }) {
  const record = useStore(store.$gumRecord);
  const plan = gumRecordPlan(record.group?.grade ?? null);
  const form = useRecordForm({
    draft: 'gum-survey',
    blank: () => blank(today, plan),
    records: record.surveys,
    fieldsOf,
    // areaKind follows the record being edited: read when the form is sent.
    check: (f: SurveyFields) => checkSurveyForm(f, today, areaKind),
    add: (v) => store.addSurvey(v),
    update: (id, v) => store.updateSurvey(id, v),
    said: {
      added: '已记下这条清点记录。',
      updated: '已修改这条清点记录。',
      editing: '正在修改一条清点记录。',
    },
    restore: (d) => ({ ...d, areaMode: isOneOf(areaModes, d.areaMode) ? d.areaMode : 'area' }),
    // Several places are surveyed on one day: the next form keeps the date.
    next: (sent) => ({ ...blank(today, plan), date: sent.date }),
  });
  const { fields, setFields, setErrors, errors, editing, edited, message, set } = form;
  const check = (k: keyof SurveyFields) => (e: string | undefined) =>
    setErrors((old) => ({ ...old, [k]: e }));

  // A record made with decimals (before the grade was chosen) is edited with decimals.
  const areaKind: NumberKind =
    plan.placeArea === 'whole' && !(edited && hasFraction(edited)) ? 'whole' : 'decimal';
  const rules = areaRules(areaKind);
  const showArea = plan.placeArea !== 'none' || fields.areaMode !== 'none';
  const sidesArea = (() => {
    const l = parseNumber(fields.length, rules.length);
    const w = parseNumber(fields.width, rules.width);
    return l.ok && w.ok && l.value !== null && w.value !== null
      ? areaFromSides(l.value, w.value)
      : null;
  })();

  const summary = summarizeSurveys(record.surveys);
  return (
    <section class="eck-record-section" aria-labelledby="eck-surveys-title">
      <h2 id="eck-surveys-title">残胶清点</h2>
      <p>{intro[plan.placeArea]}</p>

      {summary.surveys > 0 && (
        <div class="eck-summary">
          <p>
            已记录 <strong>{summary.surveys}</strong> 次清点，共{' '}
            <strong>{summary.totalCount}</strong> 块残胶
            {summary.totalAreaSquareMetres > 0 &&
              `，量过的面积共 ${formatNumber(summary.totalAreaSquareMetres)} 平方米`}
            。
          </p>
          <div class="eck-table-wrap">
            <table>
              <caption class="eck-visually-hidden">每类地点的残胶密度</caption>
              <thead>
                <tr>
                  <th scope="col">地点</th>
                  <th scope="col">残胶（块）</th>
                  {plan.density !== 'none' && <th scope="col">面积（平方米）</th>}
                  {plan.density === 'whole' && <th scope="col">每 10 平方米</th>}
                  {plan.density !== 'none' && <th scope="col">每 100 平方米</th>}
                </tr>
              </thead>
              <tbody>
                {summary.byPlace.map((p) => {
                  const a = p.areaSquareMetres;
                  const whole = (per: number) =>
                    a > 0 ? wholeDensityText(p.measuredCount, a, per) : '—';
                  return (
                    <tr key={p.placeType}>
                      <th scope="row">{placeTypeLabels[p.placeType]}</th>
                      <td>{p.count}</td>
                      {plan.density !== 'none' && <td>{formatNumber(a)}</td>}
                      {plan.density === 'whole' && <td>{whole(10)}</td>}
                      {plan.density === 'whole' && <td>{whole(100)}</td>}
                      {plan.density === 'decimal' && (
                        <td>
                          {p.per100SquareMetres === null
                            ? '—'
                            : formatNumber(p.per100SquareMetres, 1)}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}

      {record.surveys.length > 0 && (
        <ul class="eck-record-list" aria-label="已记录的清点">
          {record.surveys.map((s) => (
            <RecordItem
              key={s.id}
              what={`${s.date} ${placeText(s)}的清点`}
              onEdit={() => form.startEdit(s)}
              onDelete={() => store.remove('surveys', s.id)}
            >
              <strong>
                {s.date} · {placeText(s)}
              </strong>
              <br />
              {s.areaSquareMetres === null
                ? `残胶 ${s.count} 块（没有量面积）`
                : `面积 ${formatNumber(s.areaSquareMetres)} 平方米${
                    s.lengthMetres !== null && s.widthMetres !== null
                      ? `（${formatNumber(s.lengthMetres)} 米 × ${formatNumber(s.widthMetres)} 米）`
                      : ''
                  }，残胶 ${s.count} 块${densityText(plan.density, s.count, s.areaSquareMetres)}`}
              {s.note && <span class="eck-record-note">备注：{s.note}</span>}
            </RecordItem>
          ))}
        </ul>
      )}

      <form class="eck-record-form" onSubmit={form.submit} noValidate>
        <h3>{editing ? '修改清点记录' : '添加一次清点'}</h3>
        <DateField
          id="survey-date"
          label="日期"
          value={fields.date}
          max={today}
          onChange={set('date')}
          error={errors.date}
        />
        <SelectField
          id="survey-place-type"
          label="地点类型"
          value={fields.placeType}
          placeholder="请选择"
          options={optionsOf(placeTypes, placeTypeLabels)}
          onChange={set('placeType')}
          error={errors.placeType}
        />
        {fields.placeType === 'other' && (
          <TextField
            id="survey-place-other"
            label="是什么地方"
            required
            maxLength={textLimits.placeOther}
            value={fields.placeOther}
            onChange={set('placeOther')}
            error={errors.placeOther}
          />
        )}
        <TextField
          id="survey-place-name"
          label="地点名称"
          hint="例如：三楼楼道、学校门口"
          maxLength={textLimits.placeName}
          value={fields.placeName}
          onChange={set('placeName')}
          error={errors.placeName}
        />
        {showArea && (
          <ChoiceField
            id="survey-area-mode"
            label="面积怎么填"
            value={[fields.areaMode]}
            options={[
              { value: 'area', label: '直接填面积' },
              { value: 'sides', label: '填长和宽' },
              { value: 'none', label: '没有量面积' },
            ]}
            onChange={([v]) =>
              setFields((f) => ({
                ...f,
                areaMode: isOneOf(areaModes, v ?? '') ? (v as AreaMode) : 'area',
              }))
            }
            error={errors.areaMode}
          />
        )}
        {fields.areaMode === 'area' && (
          <NumberField
            id="survey-area"
            label={areaKind === 'whole' ? '面积（整平方米）' : '面积（平方米）'}
            integer={areaKind === 'whole'}
            rule={rules.area}
            value={fields.area}
            onChange={set('area')}
            onCheck={check('area')}
            error={errors.area}
          />
        )}
        {fields.areaMode === 'sides' && (
          <div class="eck-field-row">
            <NumberField
              id="survey-length"
              label="长（米）"
              integer={areaKind === 'whole'}
              rule={rules.length}
              value={fields.length}
              onChange={set('length')}
              onCheck={check('length')}
              error={errors.length}
            />
            <NumberField
              id="survey-width"
              label="宽（米）"
              integer={areaKind === 'whole'}
              rule={rules.width}
              value={fields.width}
              onChange={set('width')}
              onCheck={check('width')}
              error={errors.width}
            />
            <p class="eck-derived" aria-live="polite">
              面积 = {sidesArea === null ? '？' : `${formatNumber(sidesArea)} 平方米`}
            </p>
          </div>
        )}
        <NumberField
          id="survey-count"
          label="残胶数量（块）"
          integer
          rule={numberRules.count}
          value={fields.count}
          onChange={set('count')}
          onCheck={check('count')}
          error={errors.count}
        />
        <NoteField
          id="survey-note"
          value={fields.note}
          onChange={set('note')}
          error={errors.note}
        />
        <FormButtons
          editing={editing !== null}
          addLabel="添加清点记录"
          onCancel={form.cancel}
          message={message}
        />
      </form>
    </section>
  );
}
