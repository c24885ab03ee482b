import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  checkGroupForm,
  checkSurveyForm,
  checkText,
  splitNicknames,
  type SurveyFields,
} from '../../../src/lib/gum-forms';
import {
  checkObservationForm,
  checkPredictionForm,
  checkSetupForm,
  type EntryFields,
  type ObservationFields,
} from '../../../src/lib/gum-decomposition-forms';
import { checkMeasurementForm } from '../../../src/lib/gum-measurement-forms';
import { SurveySchema } from '../../../src/schemas/gum-survey';
import { MeasurementSchema } from '../../../src/schemas/gum-measurement';
import { T0 } from '../gum-fixtures';

const today = '2026-03-10';
const meta = { id: '00000000-0000-4000-8000-000000000009', createdAt: T0, updatedAt: T0 };

const surveyFields: SurveyFields = {
  date: '2026-03-02',
  placeType: 'classroom',
  placeOther: '',
  placeName: ' 三年级二班 ',
  areaMode: 'area',
  area: '４８',
  length: '',
  width: '',
  count: '１２',
  note: '<script>alert(1)</script>',
};

describe('checkSurveyForm', () => {
  test('everyday input becomes a valid survey', () => {
    const r = checkSurveyForm(surveyFields, today);
    expect(r).toEqual({
      ok: true,
      value: {
        date: '2026-03-02',
        placeType: 'classroom',
        placeOther: '',
        placeName: '三年级二班',
        areaSquareMetres: 48,
        lengthMetres: null,
        widthMetres: null,
        count: 12,
        note: '<script>alert(1)</script>',
      },
    });
    if (r.ok) expect(SurveySchema.safeParse({ ...r.value, ...meta }).success).toBe(true);
  });

  test('length × width gives the area', () => {
    const r = checkSurveyForm(
      { ...surveyFields, areaMode: 'sides', area: '', length: '４０', width: '25，5' },
      today,
    );
    expect(r.ok && [r.value.areaSquareMetres, r.value.lengthMetres, r.value.widthMetres]).toEqual([
      1020, 40, 25.5,
    ]);
  });

  test('the kind of an "other" place is required and kept', () => {
    expect(checkSurveyForm({ ...surveyFields, placeType: 'other' }, today)).toEqual({
      ok: false,
      errors: { placeOther: '请填写地点类型名称。' },
    });
    const r = checkSurveyForm({ ...surveyFields, placeType: 'other', placeOther: '公园' }, today);
    expect(r.ok && r.value.placeOther).toBe('公园');
    const listed = checkSurveyForm({ ...surveyFields, placeOther: '公园' }, today);
    expect(listed.ok && listed.value.placeOther).toBe('');
  });

  test.each([
    [{ count: '-3' }, 'count', '残胶数量不能是负数。'],
    [{ count: '2.5' }, 'count', '残胶数量要填整数，不能有小数。'],
    [{ count: '' }, 'count', '请填写残胶数量。'],
    [{ count: '100001' }, 'count', '残胶数量不能超过 100,000 块。'],
    [{ area: '0' }, 'area', '面积不能小于 0.01 平方米。'],
    [{ area: '-5' }, 'area', '面积不能是负数。'],
    [{ area: '100001' }, 'area', '面积不能超过 100,000 平方米。'],
    [{ area: '一百' }, 'area', '面积要填数字，例如 12 或 3.5。'],
    [{ areaMode: 'sides', length: '0', width: '3' }, 'length', '长不能小于 0.01 米。'],
    [
      { areaMode: 'sides', length: '1000', width: '1000' },
      'width',
      '长 × 宽 = 1000000 平方米，不能超过 100,000 平方米。',
    ],
    [
      { areaMode: 'sides', length: '0.05', width: '0.05' },
      'width',
      '长 × 宽太小了，面积不到 0.01 平方米。',
    ],
    [{ date: '2026-03-11' }, 'date', '日期不能是将来的日子（今天是 2026-03-10）。'],
    [{ date: '' }, 'date', '请填写日期。'],
    [{ placeType: '' }, 'placeType', '请选择地点类型。'],
    [{ placeType: 'park' }, 'placeType', '请选择地点类型。'],
    [{ placeName: '地'.repeat(31) }, 'placeName', '地点名称最多 30 个字，现在有 31 个。'],
    [{ note: '注'.repeat(201) }, 'note', '备注最多 200 个字，现在有 201 个。'],
  ] as const)('%j → %s: %s', (change, field, message) => {
    const r = checkSurveyForm({ ...surveyFields, ...change }, today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toBe(message);
  });

  test('property: whatever is typed, an accepted survey passes the schema', () => {
    fc.assert(
      fc.property(
        fc.record({
          area: fc.oneof(fc.string(), fc.double().map(String)),
          count: fc.oneof(fc.string(), fc.integer().map(String)),
          length: fc.oneof(fc.string(), fc.double().map(String)),
          width: fc.oneof(fc.string(), fc.double().map(String)),
          areaMode: fc.constantFrom('area' as const, 'sides' as const),
          note: fc.string({ maxLength: 250 }),
        }),
        (typed) => {
          const r = checkSurveyForm({ ...surveyFields, ...typed }, today);
          if (r.ok) expect(SurveySchema.safeParse({ ...r.value, ...meta }).success).toBe(true);
        },
      ),
    );
  });
});

describe('checkSurveyForm by grade', () => {
  test('grades 1–2 only count: no area is stored, and the survey is valid', () => {
    const r = checkSurveyForm({ ...surveyFields, areaMode: 'none', area: '' }, today, 'none');
    expect(r).toMatchObject({
      ok: true,
      value: { areaSquareMetres: null, lengthMetres: null, widthMetres: null, count: 12 },
    });
    if (r.ok) expect(SurveySchema.safeParse({ ...r.value, ...meta }).success).toBe(true);
  });
  test.each([
    // [mode, area, length, width, kind, result]
    ['area', '48', '', '', 'whole', { areaSquareMetres: 48 }],
    ['area', '４８', '', '', 'whole', { areaSquareMetres: 48 }],
    ['area', '12.5', '', '', 'whole', { area: '面积要填整数，不能有小数。' }],
    ['area', '12.5', '', '', 'decimal', { areaSquareMetres: 12.5 }],
    ['sides', '', '8', '6', 'whole', { areaSquareMetres: 48, lengthMetres: 8, widthMetres: 6 }],
    ['sides', '', '8.5', '6', 'whole', { length: '长要填整数，不能有小数。' }],
    ['sides', '', '8', '6。5', 'whole', { width: '宽要填整数，不能有小数。' }],
    ['sides', '', '8.5', '6', 'decimal', { areaSquareMetres: 51 }],
    ['area', '', '', '', 'whole', { area: '请填写面积。' }],
    ['area', '-3', '', '', 'whole', { area: '面积不能是负数。' }],
    ['none', '', '', '', 'whole', { areaSquareMetres: null }],
    ['both', '', '', '', 'whole', { areaMode: '请选择面积怎么填。' }],
  ] as const)('%s %j × %j %j (%s)', (areaMode, area, length, width, kind, expected) => {
    const r = checkSurveyForm(
      { ...surveyFields, areaMode: areaMode as SurveyFields['areaMode'], area, length, width },
      today,
      kind,
    );
    if (r.ok) expect(r.value).toMatchObject(expected);
    else expect(r.errors).toEqual(expected);
    if (r.ok) expect(SurveySchema.safeParse({ ...r.value, ...meta }).success).toBe(true);
  });
});

describe('checkGroupForm', () => {
  test.each([
    [
      { name: '第3组', nicknames: '小明、小红 小刚', grade: '' },
      { ok: true, value: { name: '第3组', nicknames: ['小明', '小红', '小刚'] } },
    ],
    [
      { name: '  ', nicknames: '', grade: '' },
      { ok: false, errors: { name: '请填写小组名称。' } },
    ],
    [
      { name: '绿叶队', nicknames: 'a b c d e f g h i', grade: '' },
      { ok: false, errors: { nicknames: '最多写 8 个昵称。' } },
    ],
    [
      { name: '绿叶队', nicknames: '一二三四五六七八九十一', grade: '' },
      {
        ok: false,
        errors: { nicknames: '每个昵称最多 10 个字：“一二三四五六七八九十一”太长了。' },
      },
    ],
    [
      { name: '第3组', nicknames: '', grade: '2' },
      { ok: true, value: { name: '第3组', nicknames: [], grade: 2 } },
    ],
    [
      { name: '第3组', nicknames: '', grade: '6' },
      { ok: true, value: { name: '第3组', nicknames: [], grade: 6 } },
    ],
    [
      { name: '第3组', nicknames: '', grade: '7' },
      { ok: false, errors: { grade: '请选择一到六年级中的一个。' } },
    ],
    [
      { name: '第3组', nicknames: '', grade: '<script>' },
      { ok: false, errors: { grade: '请选择一到六年级中的一个。' } },
    ],
  ])('%j', (fields, out) => expect(checkGroupForm(fields)).toEqual(out));

  test.each([
    ['小明，小红', ['小明', '小红']],
    ['小明;小红；小刚', ['小明', '小红', '小刚']],
    ['  ', []],
  ])('splitNicknames(%j)', (s, out) => expect(splitNicknames(s)).toEqual(out));
});

describe('checkMeasurementForm', () => {
  test.each([
    [
      { surface: 'paper', difficulty: 'hard', diameter: '２', widest: '', squares: '', note: '' },
      { ok: true, value: { surface: 'paper', difficulty: 'hard', diameterCm: 2, note: '' } },
    ],
    [
      { surface: 'desk', difficulty: 'easy', diameter: '', widest: '', squares: '', note: '' },
      { ok: true, value: { surface: 'desk', difficulty: 'easy', diameterCm: null, note: '' } },
    ],
    [
      { surface: 'paper', difficulty: 'hard', diameter: '51', widest: '', squares: '', note: '' },
      { ok: false, errors: { diameter: '直径不能超过 50 厘米。' } },
    ],
    [
      { surface: 'paper', difficulty: 'hard', diameter: '0', widest: '', squares: '', note: '' },
      { ok: false, errors: { diameter: '直径不能小于 0.1 厘米。' } },
    ],
    [
      { surface: '', difficulty: '', diameter: '', widest: '', squares: '', note: '' },
      { ok: false, errors: { surface: '请选择表面。', difficulty: '请选择取下的难易程度。' } },
    ],
    [
      { surface: 'desk', difficulty: 'easy', diameter: '', widest: '３', squares: '', note: '' },
      {
        ok: true,
        value: { surface: 'desk', difficulty: 'easy', diameterCm: null, widestCm: 3, note: '' },
      },
    ],
    [
      { surface: 'desk', difficulty: 'easy', diameter: '', widest: '', squares: '１２', note: '' },
      {
        ok: true,
        value: { surface: 'desk', difficulty: 'easy', diameterCm: null, squares: 12, note: '' },
      },
    ],
    [
      { surface: 'desk', difficulty: 'easy', diameter: '', widest: '2.5', squares: '', note: '' },
      { ok: false, errors: { widest: '最宽的地方要填整数，不能有小数。' } },
    ],
    [
      { surface: 'desk', difficulty: 'easy', diameter: '', widest: '', squares: '0', note: '' },
      { ok: false, errors: { squares: '方格数要大于 0 格。' } },
    ],
    [
      { surface: 'desk', difficulty: 'easy', diameter: '', widest: '', squares: '2001', note: '' },
      { ok: false, errors: { squares: '方格数不能超过 2,000 格。' } },
    ],
    [
      { surface: 'desk', difficulty: 'easy', diameter: '', widest: '51', squares: '', note: '' },
      { ok: false, errors: { widest: '最宽的地方不能超过 50 厘米。' } },
    ],
  ])('%j', (fields, out) => {
    const r = checkMeasurementForm(fields);
    expect(r).toEqual(out);
    if (r.ok) expect(MeasurementSchema.safeParse({ ...r.value, ...meta }).success).toBe(true);
  });
});

describe('checkSetupForm', () => {
  const fields = { startDate: '2026-03-02', media: ['vinegar', 'soil'], items: ['gum'], note: '' };
  test('keeps vocabulary order and drops unknown values', () => {
    expect(checkSetupForm({ ...fields, media: ['vinegar', 'soil', 'juice'] }, today, null)).toEqual(
      {
        ok: true,
        value: { startDate: '2026-03-02', media: ['soil', 'vinegar'], items: ['gum'], note: '' },
      },
    );
  });
  test.each([
    [{ media: [] }, null, { media: '至少选一个放样品的地方。' }],
    [{ items: [] }, null, { items: '至少选一种样品。' }],
    [
      { startDate: '2026-03-11' },
      null,
      { startDate: '开始日期不能是将来的日子（今天是 2026-03-10）。' },
    ],
    [
      { startDate: '2026-03-05' },
      '2026-03-04',
      { startDate: '开始日期不能晚于已记录的第一次观察（2026-03-04）。' },
    ],
  ])('%j', (change, first, errors) => {
    expect(checkSetupForm({ ...fields, ...change }, today, first)).toEqual({ ok: false, errors });
  });
});

describe('checkPredictionForm', () => {
  const fields = {
    pupil: '小明',
    mostChangeItem: 'paper',
    leastChangeItem: 'gum',
    mostChangeMedium: 'tapWater',
    reason: '',
  };
  test('a whole prediction', () => {
    expect(checkPredictionForm(fields).ok).toBe(true);
  });
  test.each([
    [{ pupil: '' }, { pupil: '请填写昵称。' }],
    [{ leastChangeItem: 'paper' }, { leastChangeItem: '变化最大和几乎不变的不能是同一种样品。' }],
    [{ mostChangeMedium: '' }, { mostChangeMedium: '请选择变化最大的地方。' }],
  ])('%j', (change, errors) => {
    expect(checkPredictionForm({ ...fields, ...change })).toEqual({ ok: false, errors });
  });
});

describe('checkObservationForm', () => {
  const gumSoil: EntryFields = {
    item: 'gum',
    medium: 'soil',
    state: 'unchanged',
    size: '２',
    note: '',
  };
  const paperSoil: EntryFields = { item: 'paper', medium: 'soil', state: '', size: '', note: '' };
  const fields: ObservationFields = {
    date: '2026-03-09',
    observer: '小红',
    entries: [gumSoil, paperSoil],
    note: '',
  };
  test('unchecked samples are left out', () => {
    expect(checkObservationForm(fields, today, '2026-03-02')).toEqual({
      ok: true,
      value: {
        date: '2026-03-09',
        observer: '小红',
        entries: [{ item: 'gum', medium: 'soil', state: 'unchanged', sizeCm: 2, note: '' }],
        note: '',
      },
    });
  });
  test.each([
    [{ date: '2026-03-01' }, { date: '观察日期不能早于实验开始的日子（2026-03-02）。' }],
    [{ date: '2026-03-11' }, { date: '观察日期不能是将来的日子（今天是 2026-03-10）。' }],
    [{ entries: [{ ...paperSoil, state: '' }] }, { entries: '至少给一个样品选一个状态。' }],
    [
      { entries: [{ ...paperSoil, size: '3' }] },
      { 'entry-paper-soil-state': '填了大小或备注，请也选一个状态。' },
    ],
    [
      { entries: [{ ...gumSoil, size: '60' }] },
      { 'entry-gum-soil-size': '大小不能超过 50 厘米。' },
    ],
    [{ observer: '一二三四五六七八九十一' }, { observer: '观察人最多 10 个字，现在有 11 个。' }],
  ])('%j', (change, errors) => {
    expect(checkObservationForm({ ...fields, ...change }, today, '2026-03-02')).toEqual({
      ok: false,
      errors,
    });
  });
});

describe('checkText', () => {
  test.each([
    ['  hi  ', { label: '备注', max: 5 }, { ok: true, value: 'hi' }],
    ['', { label: '备注', max: 5 }, { ok: true, value: '' }],
    ['', { label: '名称', max: 5, required: true }, { ok: false, error: '请填写名称。' }],
    ['123456', { label: '备注', max: 5 }, { ok: false, error: '备注最多 5 个字，现在有 6 个。' }],
  ])('%j', (input, rule, out) => expect(checkText(input, rule)).toEqual(out));
});
