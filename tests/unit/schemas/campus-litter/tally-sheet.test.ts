import { describe, expect, test } from 'vitest';
import json from '../../../../content/data/campus-litter-sheet.json';
import { TallySheetSchema } from '../../../../src/schemas/campus-litter/tally-sheet';
import { tallySheet } from '../../../../src/lib/campus-litter/tally-sheet';
import { parseDataFile } from '../../../../src/lib/data-file';

const messages = (raw: unknown) => {
  const r = TallySheetSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const ok = { zones: 8, checklist: ['戴好手套。', '不碰尖锐的东西。', '做完洗手。'] };

describe('content/data/campus-litter-sheet.json', () => {
  test('parses, with the reminders the lesson teaches', () => {
    expect(tallySheet.zones).toBe(json.zones);
    const all = tallySheet.checklist.join('');
    for (const w of ['手套', '垃圾夹', '不碰', '告诉老师', '洗手']) expect(all).toContain(w);
  });
});

describe('TallySheetSchema', () => {
  test('accepts a small valid sheet and trims the reminders', () => {
    const r = TallySheetSchema.parse({ ...ok, checklist: ['  戴好手套。 ', ...ok.checklist] });
    expect(r.checklist[0]).toBe('戴好手套。');
  });

  test.each([
    ['no zones', { checklist: ok.checklist }, 'zones: zones 要写成数字'],
    ['zones as text', { ...ok, zones: '8' }, 'zones: zones 要写成数字'],
    ['half a zone', { ...ok, zones: 6.5 }, 'zones: zones 要写成整数'],
    ['too few zones', { ...ok, zones: 3 }, 'zones: zones 至少 4 个区域'],
    [
      'too many for one A4',
      { ...ok, zones: 11 },
      'zones: zones 最多 10 个区域，多了一张 A4 放不下',
    ],
    ['two reminders', { ...ok, checklist: ['a', 'b'] }, 'checklist: checklist 至少 3 条'],
    [
      'seven reminders',
      { ...ok, checklist: Array.from({ length: 7 }, () => '洗手。') },
      'checklist: checklist 最多 6 条，多了一张 A4 放不下',
    ],
    [
      'a blank reminder',
      { ...ok, checklist: ['戴手套', '   ', '洗手'] },
      'checklist.1: checklist 的一条不能为空',
    ],
    [
      'a number',
      { ...ok, checklist: ['戴手套', 3, '洗手'] },
      'checklist.1: checklist 每一条都要是文字',
    ],
    [
      'an essay',
      { ...ok, checklist: ['戴手套', '长'.repeat(81), '洗手'] },
      'checklist.1: checklist 每条不超过 80 字，太长印不下',
    ],
    ['an unknown field', { ...ok, title: '记录表' }, ': Unrecognized key: "title"'],
  ])('refuses %s, naming the field', (_, raw, message) => {
    expect(messages(raw)).toEqual([message]);
  });

  test('a bad file stops the build with one message naming the file and the field', () => {
    expect(() =>
      parseDataFile(TallySheetSchema, { ...ok, zones: 0 }, 'content/data/campus-litter-sheet.json'),
    ).toThrow(/campus-litter-sheet\.json 有错误：\n {2}zones: zones 至少 4 个区域/);
  });
});
