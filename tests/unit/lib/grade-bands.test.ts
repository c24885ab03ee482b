import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { bandLabel, findActivity } from '../../../src/lib/grade-bands';
import { ActivitySchema, grades, type Activity, type Grade } from '../../../src/schemas/lesson';

const activity = (id: string, bands: Grade[][]): Activity =>
  ActivitySchema.parse({
    id,
    title: `活动 ${id}`,
    variants: bands.map((g) => ({ grades: g, task: `${g.join('')} 年级做的事` })),
  });

const lessons = [
  { activities: [activity('gum-size', [[1, 2], [3, 4, 5], [6]])] },
  { activities: [] },
  { activities: [activity('gum-count', [[1, 2, 3]]), activity('waste-sort', [[4, 5, 6]])] },
];

describe('findActivity', () => {
  test.each(['gum-size', 'gum-count', 'waste-sort'])(
    'finds %s in whichever lesson has it',
    (id) => {
      const found = findActivity(lessons, id);
      expect(found.id).toBe(id);
      expect(found.title).toBe(`活动 ${id}`);
    },
  );

  test('the first lesson that has the id wins', () => {
    const twice = [
      { activities: [activity('same', [[1]])] },
      { activities: [activity('same', [[2]])] },
    ];
    expect(findActivity(twice, 'same').variants[0]?.grades).toEqual([1]);
  });

  test.each([
    ['an unknown id', lessons, 'gum-area'],
    ['an id differing only in case', lessons, 'Gum-Size'],
    ['no lessons at all', [], 'gum-size'],
  ])('%s is an error naming the id, for the author', (_, ls, id) => {
    expect(() => findActivity(ls, id)).toThrow(
      `<GradeBands activity="${id}" />：没有哪一课的 activities 里有这个 id`,
    );
  });
});

describe('bandLabel', () => {
  test.each<[Grade[], string]>([
    [[1, 2], '一、二年级'],
    [[3, 4, 5], '三至五年级'],
    [[6], '六年级'],
  ])('%j → %s', (g, label) => expect(bandLabel(g)).toBe(label));

  test('property: every band of consecutive grades is named by its first and last grade', () => {
    const numeral = ['一', '二', '三', '四', '五', '六'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: grades.length - 1 }),
        fc.integer({ min: 0, max: grades.length - 1 }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const band = grades.slice(lo, hi + 1);
          const label = bandLabel(band);
          expect(label.startsWith(numeral[lo] ?? '?')).toBe(true);
          expect(label.endsWith(`${numeral[hi]}年级`)).toBe(true);
        },
      ),
    );
  });
});
