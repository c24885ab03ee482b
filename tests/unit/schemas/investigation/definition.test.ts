import { describe, expect, test } from 'vitest';
import json from '../../../../content/investigations/campus-litter.json';
import { InvestigationDefinitionSchema } from '../../../../src/schemas/investigation/definition';
import { campusLitterDefinition } from '../../../../src/lib/investigation/definitions';
import { parseDataFile } from '../../../../src/lib/data-file';

const messages = (raw: unknown) => {
  const r = InvestigationDefinitionSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('content/investigations/campus-litter.json', () => {
  test('parses, with the four national categories, two rounds, zones with an optional area', () => {
    const d = campusLitterDefinition;
    const survey = d.kinds.find((k) => k.id === 'survey');
    const labels = survey?.fields.map((f) => f.label) ?? [];
    for (const l of [
      '可回收物',
      '有害垃圾',
      '厨余垃圾',
      '其他垃圾',
      '区域',
      '调查日期',
      '垃圾聚集的地方',
      '备注',
    ]) {
      expect(labels).toContain(l);
    }
    expect(d.vocabularies['round']?.options.map((o) => o.label)).toEqual(['第一次', '第二次']);
    const area = d.kinds.find((k) => k.id === 'zone')?.fields.find((f) => f.id === 'area');
    expect(area).toMatchObject({ type: 'number', unit: '平方米', required: false });
    // No photos are stored: no field of any kind is a picture.
    expect(JSON.stringify(json)).not.toMatch(/photo|照片|image/);
  });
});

describe('its worksheets', () => {
  test('a group sheet with the four categories for both rounds and the class summary', () => {
    const [group, summary] = campusLitterDefinition.worksheets ?? [];
    expect(group).toMatchObject({ for: 'group', kind: 'survey', each: 'round', once: ['zone'] });
    if (group?.for !== 'group') throw new Error('the first sheet is the group sheet');
    expect(group.columns.map((c) => c.fields)).toEqual([
      ['recyclable', 'hazardous', 'kitchen', 'other', 'total'],
      ['recyclable-g', 'hazardous-g', 'kitchen-g', 'other-g', 'total-g'],
    ]);
    const reminders = (group.checklist ?? []).join('');
    for (const w of ['手套', '垃圾夹', '不碰', '告诉老师', '洗手']) expect(reminders).toContain(w);
    expect(summary).toMatchObject({ for: 'class', rowsBy: 'zone', rows: 8 });
  });

  test('the letter reports the before/after comparison and has both marks', () => {
    expect(campusLitterDefinition.letter).toMatchObject({
      comparison: 'before-after',
      total: 'total',
      title: '建议书',
    });
    const body = campusLitterDefinition.letter?.body.join('\n') ?? '';
    expect(body).toContain('【调查结果】');
    expect(body).toContain('【前后比较】');
  });

  test('legacy names an older format the registry knows, or the build stops with a reason', () => {
    expect(campusLitterDefinition.legacy).toBeUndefined();
    expect(messages({ ...json, legacy: 'gum' })).toEqual([]);
    expect(messages({ ...json, legacy: 'tree-count' })).toEqual([
      'legacy: 要写 gum（口香糖实验原来的数据）',
    ]);
  });

  test('a definition without worksheets is valid (the print page then has none)', () => {
    const d = JSON.parse(JSON.stringify(json)) as Record<string, unknown>;
    delete d['worksheets'];
    expect(messages(d)).toEqual([]);
  });
});

/** A copy of the definition with the value at a dotted path replaced. */
function withValue(path: string, value: unknown): unknown {
  const d = JSON.parse(JSON.stringify(json)) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = d;
  for (const k of keys) node = node[k] as Record<string, unknown>;
  node[last] = value;
  return d;
}

describe('a bad definition fails with a message naming the place and the reason', () => {
  test.each<[string, string, unknown, string]>([
    [
      'an unknown vocabulary',
      'kinds.1.fields.1.vocabulary',
      'rounds',
      'kinds.1.fields.1.vocabulary: 没有叫 “rounds” 的词表',
    ],
    [
      'a sum of a text field',
      'kinds.1.derived.0.sum.0',
      'note',
      'kinds.1.derived.0.sum.0: “note” 不是这种记录的数字项目',
    ],
    [
      'a summary grouped by a number',
      'summaries.0.groupBy.0',
      'recyclable',
      'summaries.0.groupBy.0: “recyclable” 不是这种记录的选择项目',
    ],
    [
      'a comparison of an unknown round',
      'comparisons.0.after',
      'third',
      'comparisons.0.after: “third” 不在 “round” 的词表里',
    ],
    [
      'a CSV column that does not exist',
      'csv.0.columns.16',
      'weather',
      'csv.0.columns.16: 没有叫 “weather” 的项目或计算值',
    ],
    [
      'a CSV header of a column the file does not have',
      'csv.0.headers',
      { weather: '天气' },
      'csv.0.headers.weather: “weather” 不是这个文件的列',
    ],
    [
      'an “other” option not in the vocabulary',
      'kinds.1.fields.1.other',
      { option: 'third', field: 'note' },
      'kinds.1.fields.1.other.option: “third” 不在这个词表里',
    ],
    [
      'an “other” option whose words are a number',
      'kinds.1.fields.1.other',
      { option: 'second', field: 'recyclable' },
      'kinds.1.fields.1.other.field: “recyclable” 不是这种记录的文字项目',
    ],
    [
      'two fields with one id',
      'kinds.0.fields.1.id',
      'name',
      'kinds.0.fields.1: 项目 “name” 重复了',
    ],
    [
      'min above max',
      'kinds.0.fields.1.min',
      200000,
      'kinds.0.fields.1: min（200000）大于 max（100000）',
    ],
    ['an empty label', 'kinds.0.fields.0.label', '  ', 'kinds.0.fields.0.label: 不能为空'],
    ['an unknown key', 'kinds.0.fields.0.colour', 'red', 'kinds.0.fields.0'],
    [
      'a derived value computed two ways',
      'kinds.1.derived.0.product',
      ['recyclable', 'other'],
      'kinds.1.derived.0: 要写 sum、product、ratio、circleArea 中的一个',
    ],
    [
      'a ratio of a text field',
      'kinds.1.derived.0',
      { id: 'rate', label: '比', ratio: { of: 'note', per: 'other' } },
      'kinds.1.derived.0.ratio.of: “note” 不是这种记录的数字项目',
    ],
    [
      'a circle of a choice',
      'kinds.1.derived.0',
      { id: 'disc', label: '面积', circleArea: 'round' },
      'kinds.1.derived.0.circleArea: “round” 不是这种记录的数字项目',
    ],
    [
      'a summary ratio of a text field',
      'summaries.0.ratios',
      [{ id: 'rate', label: '比', of: 'note', per: 'recyclable' }],
      'summaries.0.ratios.0.of: “note” 不是这种记录的数字项目或计算值',
    ],
    [
      'a summary without a column',
      'summaries.0.sum',
      [],
      'summaries.0: 至少要有 sum、ratios 或 count 中的一项',
    ],
    [
      'a summary count named like one of its sums',
      'summaries.0.count',
      { id: 'total', label: '条数' },
      'summaries.0: 列 “total” 重复了',
    ],
    [
      'a derived value for grades 5 to 3',
      'kinds.1.derived.0.grades',
      [5, 3],
      'kinds.1.derived.0.grades: 年级 5 到 3：前一个大于后一个',
    ],
    [
      'a field filled from a derived value the kind lacks',
      'kinds.0.fields.1.filledFrom',
      'nothing',
      'kinds.0.fields.1.filledFrom: 没有叫 “nothing” 的计算值',
    ],
    [
      'a required field filled from a derived value',
      'kinds.1.fields.3.filledFrom',
      'total-g',
      'kinds.1.fields.3.filledFrom: 只有可以不填的项目（required: false）才能由计算值补上',
    ],
    [
      'a field filled from a derived value computed from it',
      'kinds.1.fields.7.filledFrom',
      'total-g',
      'kinds.1.fields.7.filledFrom: “total-g” 要用到这一项，不能再补上它自己',
    ],
    [
      'grades from 5 to 3',
      'kinds.0.fields.1.grades',
      [5, 3],
      'kinds.0.fields.1.grades: 年级 5 到 3：前一个大于后一个',
    ],
    ['a grade 7', 'kinds.0.fields.1.grades', [3, 7], 'kinds.0.fields.1.grades.1'],
    [
      'a choice with both sources',
      'kinds.1.fields.0.vocabulary',
      'round',
      'kinds.1.fields.0: 要写 vocabulary 或 recordOf 中的一个',
    ],
    [
      'a worksheet of an unknown kind',
      'worksheets.0.kind',
      'surveys',
      'worksheets.0.kind: 没有叫 “surveys” 的记录种类',
    ],
    [
      'a worksheet repeated over a field without a vocabulary',
      'worksheets.0.each',
      'zone',
      'worksheets.0.each: “zone” 不是用词表的选择项目',
    ],
    [
      'a text field among the counted rows',
      'worksheets.0.columns.0.fields.2',
      'gathers',
      'worksheets.0.columns.0.fields.2: “gathers” 不是这种记录的数字项目或计算值',
    ],
    [
      'column sets of different lengths',
      'worksheets.0.columns.1.fields',
      ['recyclable-g'],
      'worksheets.0.columns.1.fields: 要和第一组列一样有 5 行',
    ],
    [
      'a number as writing lines',
      'worksheets.0.lines.0',
      'recyclable',
      'worksheets.0.lines.0: “recyclable” 不是这种记录的文字项目',
    ],
    [
      'a date that is not a date field',
      'worksheets.0.date',
      'note',
      'worksheets.0.date: “note” 不是这种记录的日期项目',
    ],
    [
      'a number written once at the top',
      'worksheets.0.once.0',
      'total',
      'worksheets.0.once.0: “total” 不是这种记录的选择或文字项目',
    ],
    [
      'seven reminders',
      'worksheets.0.checklist',
      Array.from({ length: 7 }, () => '洗手。'),
      'worksheets.0.checklist: 最多 6 条，多了一张 A4 放不下',
    ],
    ['a blank reminder', 'worksheets.0.checklist.1', '   ', 'worksheets.0.checklist.1: 不能为空'],
    [
      'a class sheet with rows of a number',
      'worksheets.1.rowsBy',
      'total',
      'worksheets.1.rowsBy: “total” 不是这种记录的选择或文字项目',
    ],
    [
      'a class sheet column that does not exist',
      'worksheets.1.columns.0',
      'weather',
      'worksheets.1.columns.0: “weather” 不是这种记录的数字、计算值或文字项目',
    ],
    [
      'too many groups for one A4',
      'worksheets.1.rows',
      11,
      'worksheets.1.rows: 最多 10 个小组，多了一张 A4 放不下',
    ],
    ['half a group', 'worksheets.1.rows', 6.5, 'worksheets.1.rows'],
    [
      'a letter of an unknown comparison',
      'letter.comparison',
      'after-before',
      'letter.comparison: 没有叫 “after-before” 的前后比较',
    ],
    [
      'a letter total the comparison does not sum',
      'letter.total',
      'total-g',
      'letter.total: “total-g” 不在这个比较的 sum 里',
    ],
    ['a letter without a body', 'letter.body', [], 'letter.body'],
    ['a blank letter paragraph', 'letter.body.0', ' ', 'letter.body.0: 不能为空'],
    ['a sheet for nobody', 'worksheets.1.for', 'school', 'worksheets.1'],
  ])('%s', (_, path, value, expected) => {
    expect(messages(withValue(path, value)).join('\n')).toContain(expected);
  });

  test('the build error names the file', () => {
    const d = withValue('summaries.0.kind', 'surveys');
    expect(() =>
      parseDataFile(InvestigationDefinitionSchema, d, 'content/investigations/x.json'),
    ).toThrow(
      /content\/investigations\/x\.json 有错误：\n {2}summaries\.0\.kind: 没有叫 “surveys” 的记录种类/,
    );
  });
});
