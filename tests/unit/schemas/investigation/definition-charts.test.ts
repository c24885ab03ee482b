import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import json from '../../../../content/investigations/campus-litter.json';
import gum from '../../../../content/investigations/gum-residue.json';
import { InvestigationDefinitionSchema } from '../../../../src/schemas/investigation/definition';

const messages = (raw: unknown) => {
  const r = InvestigationDefinitionSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const good = {
  id: 'zones',
  title: '每个区域',
  type: 'grouped',
  comparison: 'before-after',
  value: 'total',
  unit: '件',
};
const withCharts = (...charts: unknown[]) => ({ ...json, charts });

describe('the charts of a definition', () => {
  test('campus litter and gum residue declare theirs, and a definition may have none', () => {
    expect(messages(json)).toEqual([]);
    expect(messages(gum)).toEqual([]);
    expect(json.charts.map((c) => c.id)).toEqual([
      'zones',
      'categories',
      'categories-before-after',
    ]);
    const { charts: _, ...none } = json;
    expect(messages(none)).toEqual([]);
  });

  test.each<[string, unknown[], string[]]>([
    [
      'a summary that does not exist',
      [{ ...good, comparison: undefined, type: 'bar', summary: 'by-nothing' }],
      ['charts.0.summary: 没有叫 “by-nothing” 的汇总表'],
    ],
    [
      'a comparison that does not exist',
      [{ ...good, comparison: 'later' }],
      ['charts.0.comparison: 没有叫 “later” 的前后比较'],
    ],
    [
      'both a summary and a comparison',
      [{ ...good, summary: 'by-zone' }],
      ['charts.0: 要写 summary 或 comparison 中的一个'],
    ],
    [
      'neither a summary nor a comparison',
      [{ ...good, comparison: undefined }],
      ['charts.0: 要写 summary 或 comparison 中的一个'],
    ],
    [
      'a grouped chart of a summary',
      [{ ...good, comparison: undefined, summary: 'by-zone' }],
      ['charts.0.type: 汇总表画 bar（条形图）；grouped 要用 comparison'],
    ],
    [
      'a bar chart of a comparison',
      [{ ...good, type: 'bar' }],
      ['charts.0.type: 前后比较画 grouped（前后并排）；bar 要用 summary'],
    ],
    [
      'a value not among the table’s sums',
      [{ ...good, value: 'total-g' }],
      ['charts.0.value: “total-g” 不是这个表的列'],
    ],
    [
      'values with one not among the sums and one twice',
      [{ ...good, value: undefined, values: ['recyclable', 'date', 'recyclable'] }],
      ['charts.0.values.1: “date” 不是这个表的列', 'charts.0.values.2: “recyclable” 重复了'],
    ],
    [
      'both value and values',
      [{ ...good, values: ['recyclable', 'other'] }],
      ['charts.0: 要写 value 或 values 中的一个'],
    ],
    [
      'neither value nor values',
      [{ ...good, value: undefined }],
      ['charts.0: 要写 value 或 values 中的一个'],
    ],
    ['the same id twice', [good, good], ['charts.1.id: 图表 “zones” 重复了']],
    [
      'a type of its own',
      [{ ...good, type: 'pie' }],
      ['charts.0.type: 要写 bar（条形图）或 grouped（前后并排）'],
    ],
    ['no unit', [{ ...good, unit: ' ' }], ['charts.0.unit: 不能为空']],
    [
      'values of one key',
      [{ ...good, value: undefined, values: ['total'] }],
      ['charts.0.values: 至少 2 项'],
    ],
  ])('%s', (_, charts, expected) => {
    expect(messages(withCharts(...charts))).toEqual(expected);
  });
});

describe('a chart’s value', () => {
  const survey = json.kinds.find((k) => k.id === 'survey');
  const keys = [
    ...(survey?.fields.map((f) => f.id) ?? []),
    ...(survey?.derived?.map((x) => x.id) ?? []),
    'area',
    'weight',
  ];
  const sums = json.comparisons[0]?.sum ?? [];

  test('is accepted exactly when it is one of the table’s sums', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), (key) => {
        const found = messages(withCharts({ ...good, value: key }));
        expect(found).toEqual(
          sums.includes(key) ? [] : [`charts.0.value: “${key}” 不是这个表的列`],
        );
      }),
    );
  });

  test('values are accepted exactly when every one is a sum, each once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys), { minLength: 2, maxLength: 10 }), (values) => {
        const ok = values.every((v) => sums.includes(v)) && new Set(values).size === values.length;
        const found = messages(withCharts({ ...good, value: undefined, values }));
        expect(found.length === 0).toBe(ok);
      }),
    );
  });
});
