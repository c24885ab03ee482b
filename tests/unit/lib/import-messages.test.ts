import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseImportText } from '../../../src/lib/gum-import';
import { makeGroupExport } from '../../support/gum-data';

const good = makeGroupExport(1);
const json = (v: unknown) => JSON.stringify(v);
const errorsOf = (text: string) => {
  const r = parseImportText(text);
  return r.ok ? [] : r.errors;
};
const hasLatinWord = (s: string) => /[A-Za-z]{4,}/.test(s.replace(/JSON|MB/g, ''));

describe('import messages are Chinese, short and say why', () => {
  test('10,000 unknown keys: five named, the rest counted, the message stays short', () => {
    const extra = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    const errors = errorsOf(json({ ...good, ...extra }));
    expect(errors[0]).toBe('文件里有不认识的项：k0、k1、k2、k3、k4 等 10000 项。');
    expect(errors.join('').length).toBeLessThan(300);
  });
  test('a very long unknown key is shortened', () => {
    const errors = errorsOf(json({ ...good, ['x'.repeat(5000)]: 1 }));
    expect(errors[0]?.length).toBeLessThan(80);
  });
  test('101 groups: the limit is named', () => {
    const groups = Array.from({ length: 101 }, () => ({ ...good, format: undefined }));
    const errors = errorsOf(
      json({ format: 'eck-gum-class', schemaVersion: 1, exportedAt: good.exportedAt, groups }),
    );
    expect(errors).toContain('小组太多了，最多 100 项。');
  });
  test('absurd nesting is explained in Chinese', () => {
    let v: unknown = 1;
    for (let i = 0; i < 40; i += 1) v = { a: v };
    const errors = errorsOf(json({ ...good, note: v }));
    expect(errors).toEqual(['文件的层次太多（超过 20 层），不是工具箱导出的文件，没有导入。']);
  });
  test.each([
    [
      'a name too long',
      { ...good, group: { ...good.group, name: '组'.repeat(21) } },
      '小组信息的小组名称太长了，最多 20 个字。',
    ],
    [
      'a count too large',
      { ...good, surveys: [{ ...good.surveys[0], count: 100_001 }] },
      '残胶清点第 1 条的残胶数量太大了，最大 100000。',
    ],
    [
      'a date in a wrong format',
      { ...good, surveys: [{ ...good.surveys[0], date: '3月5日' }] },
      '残胶清点第 1 条的日期格式不对（应为“年-月-日”）。',
    ],
    [
      'an unknown place type',
      { ...good, surveys: [{ ...good.surveys[0], placeType: 'moon' }] },
      '残胶清点第 1 条的地点类型不是可以选的值。',
    ],
  ])('%s', (_, file, message) => {
    expect(errorsOf(json(file))).toContain(message);
  });
  test('property: any damaged file gives at most six messages, each Chinese and under 200 characters', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.constantFrom('group', 'surveys', 'measurements', 'decomposition', 'exportedAt'),
        fc.oneof(leaf, fc.array(leaf), fc.dictionary(fc.string(), leaf)),
        (key, value) => {
          const errors = errorsOf(json({ ...good, [key]: value }));
          expect(errors.length).toBeLessThanOrEqual(6);
          for (const e of errors) {
            expect(e.length).toBeLessThan(200);
            // What is quoted from the file (after ：, or in brackets) may be in any script.
            expect(hasLatinWord(e.replace(/：.*$/, '').replace(/（[^）]*）/g, ''))).toBe(false);
          }
        },
      ),
    );
  });
});
