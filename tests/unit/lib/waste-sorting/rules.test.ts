import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  NATIONAL,
  categoryLabel,
  itemsForBand,
  parseCityId,
  parseGradeBand,
  ruleFor,
  shuffled,
  type SortCity,
  type SortItem,
} from '../../../../src/lib/waste-sorting/rules';
import { sortingProps, wasteSortingData } from '../../../../src/lib/waste-sorting/data';

const cities: SortCity[] = [
  { id: 'beijing', name: '北京', labels: {}, note: '' },
  { id: 'shanghai', name: '上海', labels: { kitchen: '湿垃圾', other: '干垃圾' }, note: '' },
];
const item = (over: Partial<SortItem> = {}): SortItem => ({
  id: 'x',
  name: '某物',
  category: 'other',
  reason: '全国的理由',
  picture: 'bag',
  minGrade: 1,
  ...over,
});

describe('ruleFor', () => {
  const withOverride = item({
    cities: { shanghai: { category: 'kitchen', reason: '上海的理由' } },
  });
  test.each([
    [NATIONAL, 'other', '全国的理由'],
    ['beijing', 'other', '全国的理由'],
    ['shanghai', 'kitchen', '上海的理由'],
    ['atlantis', 'other', '全国的理由'],
  ])('under %s', (city, category, reason) => {
    expect(ruleFor(withOverride, city)).toEqual({ category, reason });
  });
});

describe('categoryLabel', () => {
  test.each([
    ['kitchen', undefined, '厨余垃圾'],
    ['kitchen', cities[1], '湿垃圾'],
    ['other', cities[1], '干垃圾'],
    ['hazardous', cities[1], '有害垃圾'],
    ['other', cities[0], '其他垃圾'],
  ] as const)('%s in %o', (c, city, label) => {
    expect(categoryLabel(c, city)).toBe(label);
  });
});

describe('parseCityId and parseGradeBand coerce anything unknown', () => {
  test.each([
    ['shanghai', 'shanghai'],
    ['beijing', 'beijing'],
    [NATIONAL, NATIONAL],
    ['Shanghai', NATIONAL],
    ['<script>', NATIONAL],
    ['', NATIONAL],
    [42, NATIONAL],
    [null, NATIONAL],
    [undefined, NATIONAL],
    [{ id: 'shanghai' }, NATIONAL],
  ])('city %o → %s', (raw, expected) => {
    expect(parseCityId(raw, cities)).toBe(expected);
  });
  test.each([
    ['1-2', '1-2'],
    ['5-6', '5-6'],
    ['１-２', '3-4'],
    ['7-8', '3-4'],
    [3, '3-4'],
  ])('band %o → %s', (raw, expected) => {
    expect(parseGradeBand(raw)).toBe(expected);
  });
});

describe('itemsForBand', () => {
  const items = [
    item({ id: 'a', minGrade: 1 }),
    item({ id: 'b', minGrade: 3 }),
    item({ id: 'c', minGrade: 5 }),
  ];
  test.each([
    ['1-2', ['a']],
    ['3-4', ['a', 'b']],
    ['5-6', ['a', 'b', 'c']],
  ] as const)('%s', (band, ids) => {
    expect(itemsForBand(items, band).map((i) => i.id)).toEqual(ids);
  });
  test('the real data gives grades 1–2 at least 12 cards for a round', () => {
    const { items: all } = sortingProps(wasteSortingData);
    expect(itemsForBand(all, '1-2').length).toBeGreaterThanOrEqual(12);
  });
});

describe('shuffled', () => {
  test('is a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string()),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (a, r) => {
          const copy = a.slice();
          const out = shuffled(a, () => r);
          expect(a).toEqual(copy);
          expect(out.slice().sort()).toEqual(a.slice().sort());
        },
      ),
    );
  });
});
