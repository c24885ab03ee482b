import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkField, formOfRecord } from '../../../../src/lib/investigation/check-form';
import { investigationCsvTable } from '../../../../src/lib/investigation/csv';
import { displayValue } from '../../../../src/lib/investigation/values';
import {
  InvestigationDefinitionSchema,
  type FieldDef,
} from '../../../../src/schemas/investigation/definition';
import { fieldValueSchema } from '../../../../src/schemas/investigation/records';

const options = [
  { value: 'water', label: '水' },
  { value: 'soil', label: '土' },
  { value: 'air', label: '空气' },
];
const raw = (fields: unknown[], summaries: unknown[] = []) => ({
  id: 'multi-test',
  version: 1,
  title: '多选测试',
  lesson: 'multi-test',
  vocabularies: { medium: { label: '地方', options } },
  kinds: [
    { id: 'setup', label: '准备', itemLabel: '准备', titleField: 'day', maxRecords: 1, fields },
  ],
  summaries,
  csv: [{ kind: 'setup', label: '准备', columns: ['group', 'media'] }],
});
const fields = (required?: boolean) => [
  { id: 'day', type: 'date', label: '日期' },
  {
    id: 'media',
    type: 'multiChoice',
    label: '放在哪些地方',
    vocabulary: 'medium',
    ...(required === undefined ? {} : { required }),
  },
];
const def = InvestigationDefinitionSchema.parse(raw(fields()));
const media = def.kinds[0]?.fields[1] as FieldDef;
const optionalMedia = InvestigationDefinitionSchema.parse(raw(fields(false))).kinds[0]
  ?.fields[1] as FieldDef;
const ids = options.map((o) => o.value);
const ctx = { today: '2026-11-30', choices: () => ids };

const messages = (x: unknown) => {
  const r = InvestigationDefinitionSchema.safeParse(x);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the definition schema: a multiChoice field', () => {
  test.each<[string, unknown, string[]]>([
    ['a known vocabulary', raw(fields()), []],
    [
      'an unknown vocabulary',
      raw([fields()[0], { ...fields()[1], vocabulary: 'nowhere' }]),
      ['kinds.0.fields.1.vocabulary: 没有叫 “nowhere” 的词表'],
    ],
    [
      'no vocabulary',
      raw([fields()[0], { id: 'media', type: 'multiChoice', label: '放在哪些地方' }]),
      ['kinds.0.fields.1.vocabulary: Invalid input'],
    ],
    [
      'recordOf is not allowed',
      raw([fields()[0], { ...fields()[1], recordOf: 'setup' }]),
      ['kinds.0.fields.1: Invalid input'],
    ],
    [
      'a summary grouped by it',
      raw(fields(), [
        { id: 'by-media', title: '按地方', kind: 'setup', groupBy: ['media'], sum: ['x'] },
      ]),
      [
        'summaries.0.groupBy.0: “media” 是多选项目，一条记录可以有几个值，不能用来分行',
        'summaries.0.sum.0: “x” 不是这种记录的数字项目或计算值',
      ],
    ],
  ])('%s', (_, x, expected) => {
    expect(messages(x)).toEqual(expected);
  });
});

describe('the definition schema: a date notBefore another kind’s date field', () => {
  const other = {
    id: 'visit',
    label: '观察',
    itemLabel: '观察',
    titleField: 'on',
    maxRecords: 5,
    fields: [
      { id: 'on', type: 'date', label: '观察日期', notBefore: { kind: 'setup', field: 'day' } },
    ],
  };
  const withVisit = (nb: unknown) => {
    const x = raw(fields());
    return {
      ...x,
      kinds: [...x.kinds, { ...other, fields: [{ ...other.fields[0], notBefore: nb }] }],
    };
  };
  test.each<[string, unknown, string[]]>([
    ['a date field of another kind', { kind: 'setup', field: 'day' }, []],
    [
      'not a date field',
      { kind: 'setup', field: 'media' },
      ['kinds.1.fields.0.notBefore: 另一种记录 “setup” 里没有叫 “media” 的日期项目'],
    ],
    [
      'an unknown kind',
      { kind: 'nowhere', field: 'day' },
      ['kinds.1.fields.0.notBefore: 另一种记录 “nowhere” 里没有叫 “day” 的日期项目'],
    ],
    [
      'its own kind',
      { kind: 'visit', field: 'on' },
      ['kinds.1.fields.0.notBefore: 另一种记录 “visit” 里没有叫 “on” 的日期项目'],
    ],
    [
      'an extra key',
      { kind: 'setup', field: 'day', days: 1 },
      ['kinds.1.fields.0.notBefore: Invalid input'],
    ],
  ])('%s', (_, nb, expected) => {
    expect(messages(withVisit(nb))).toEqual(expected);
  });
});

describe('checkField: the form holds the values joined with ,', () => {
  test.each<
    [string, FieldDef, string, { ok: true; value: unknown } | { ok: false; error: string }]
  >([
    ['one', media, 'soil', { ok: true, value: ['soil'] }],
    ['kept in vocabulary order', media, 'air,water', { ok: true, value: ['water', 'air'] }],
    ['all', media, 'soil,air,water', { ok: true, value: ['water', 'soil', 'air'] }],
    ['empty commas are nothing', media, ',soil,', { ok: true, value: ['soil'] }],
    ['none, required', media, '', { ok: false, error: '请至少选一个放在哪些地方。' }],
    ['none, optional', optionalMedia, '', { ok: true, value: null }],
    ['a repeat', media, 'soil,soil', { ok: false, error: '放在哪些地方有重复或不可以选的值。' }],
    [
      'an unknown id',
      media,
      'soil,lava',
      { ok: false, error: '放在哪些地方有重复或不可以选的值。' },
    ],
    ['a label, not an id', media, '水', { ok: false, error: '放在哪些地方有重复或不可以选的值。' }],
  ])('%s', (_, f, typed, expected) => {
    expect(checkField(f, typed, ctx)).toEqual(expected);
  });

  test('whatever subset is ticked, in any order, the value is that subset in vocabulary order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: 1 }), (picked) => {
        const r = checkField(media, picked.join(','), ctx);
        expect(r).toEqual({ ok: true, value: ids.filter((v) => picked.includes(v)) });
        if (r.ok) expect(fieldValueSchema(def, media).safeParse(r.value).success).toBe(true);
      }),
    );
  });
});

describe('the stored value (import, storage)', () => {
  test.each<[string, FieldDef, unknown, boolean]>([
    ['in order', media, ['water', 'air'], true],
    ['all', media, ['water', 'soil', 'air'], true],
    ['out of order', media, ['air', 'water'], false],
    ['a repeat', media, ['soil', 'soil'], false],
    ['an unknown id', media, ['soil', 'lava'], false],
    ['empty, required', media, [], false],
    ['null, required', media, null, false],
    ['null, optional', optionalMedia, null, true],
    ['empty, optional', optionalMedia, [], false],
    ['a string', media, 'soil', false],
    ['numbers', media, [1, 2], false],
    ['a prototype key', media, ['constructor'], false],
  ])('%s', (_, f, value, ok) => {
    expect(fieldValueSchema(def, f).safeParse(value).success).toBe(ok);
  });
});

describe('reading it: labels joined with 、', () => {
  test.each<[unknown, string]>([
    [['water'], '水'],
    [['water', 'air'], '水、空气'],
    [null, ''],
  ])('%j', (value, expected) => {
    expect(displayValue(def, media, value as string[] | null, {})).toBe(expected);
  });

  test('the CSV (and so the Excel sheet) cell, and the form of a stored record', () => {
    const record = {
      id: '00000001-0000-4000-8000-000000000001',
      createdAt: '2026-11-03T08:00:00.000Z',
      updatedAt: '2026-11-03T08:00:00.000Z',
      values: { day: '2026-11-03', media: ['soil', 'air'] },
    };
    const group = {
      id: '00000002-0000-4000-8000-000000000002',
      name: '第1组',
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
    const file = def.csv[0];
    if (!file) throw new Error('one CSV file');
    const table = investigationCsvTable(def, file, {
      groups: [{ group, exportedAt: record.updatedAt, records: { setup: [record] } }],
    });
    expect(table.fields).toEqual(['小组', '放在哪些地方']);
    expect(table.rows).toEqual([['第1组', '土、空气']]);
    const kind = def.kinds[0];
    if (!kind) throw new Error('one kind');
    expect(formOfRecord(kind, record)).toEqual({ day: '2026-11-03', media: 'soil,air' });
  });
});
