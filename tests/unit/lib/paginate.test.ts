import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { pageLabel, paginate, toColumns } from '../../../src/lib/paginate';

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  test.each([
    [0, 26, 48, [0]],
    [1, 26, 48, [1]],
    [26, 26, 48, [26]],
    [27, 26, 48, [26, 1]],
    [40, 26, 48, [26, 14]],
    [45, 26, 48, [26, 19]],
    [74, 26, 48, [26, 48]],
    [75, 26, 48, [26, 48, 1]],
    [200, 26, 48, [26, 48, 48, 48, 30]],
    [5, 0, 48, [0, 5]],
    [3, -4, 2, [0, 2, 1]],
  ])('%i items, %i on page 1, %i after → pages of %j', (n, first, other, sizes) => {
    const pages = paginate(list(n), first, other);
    expect(pages.map((p) => p.length)).toEqual(sizes);
    expect(pages.flat()).toEqual(list(n));
  });

  test('rejects a page size that would never end', () => {
    expect(() => paginate([1], 1, 0)).toThrow(RangeError);
    expect(() => paginate([1], 1, Number.NaN)).toThrow(RangeError);
  });

  test('keeps every item once, in order, and no page is over capacity', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(60), fc.integer({ min: 1, max: 60 }), (n, first, other) => {
        const pages = paginate(list(n), first, other);
        expect(pages.flat()).toEqual(list(n));
        expect(pages[0]?.length).toBeLessThanOrEqual(first);
        for (const p of pages.slice(1)) {
          expect(p.length).toBeGreaterThan(0);
          expect(p.length).toBeLessThanOrEqual(other);
        }
        expect(pages.length).toBe(1 + Math.ceil(Math.max(0, n - first) / other));
      }),
    );
  });
});

describe('toColumns', () => {
  test('fills down the first column, then the second; empty slots are null', () => {
    expect(toColumns([1, 2, 3, 4, 5], 3, 2)).toEqual([
      [1, 4],
      [2, 5],
      [3, null],
    ]);
    expect(toColumns([], 2, 2)).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

test('pageLabel', () => {
  expect(pageLabel(1, 2)).toBe('第 1 页，共 2 页');
});
