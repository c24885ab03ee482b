import { expect, test } from 'vitest';
import { sortLessons } from '../../../src/lib/lessons';

const entry = (order: number, title: string) => ({ data: { order, title } });

test.each([
  [
    [entry(2, 'b'), entry(1, 'a')],
    ['a', 'b'],
  ],
  [
    [entry(1, '乙'), entry(1, '甲')],
    ['甲', '乙'],
  ],
  [[], []],
])('sortLessons orders by order, then title', (input, titles) => {
  expect(sortLessons(input).map((l) => l.data.title)).toEqual(titles);
});

test('sortLessons does not mutate its input', () => {
  const input = [entry(2, 'b'), entry(1, 'a')];
  sortLessons(input);
  expect(input.map((l) => l.data.order)).toEqual([2, 1]);
});
