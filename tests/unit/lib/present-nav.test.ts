import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { clampSlide, parseSlideHash, slideHash } from '../../../src/lib/present-nav';

describe('parseSlideHash', () => {
  test.each([
    ['#1', 10, 0],
    ['#3', 10, 2],
    ['3', 10, 2],
    ['#10', 10, 9],
    ['#11', 10, 9],
    ['#999', 10, 9],
    ['#0', 10, 0],
    ['', 10, 0],
    ['#', 10, 0],
    ['#-2', 10, 0],
    ['#2.5', 10, 0],
    ['#abc', 10, 0],
    ['#３', 10, 0],
    ['#<script>', 10, 0],
    ['#3', 0, 0],
  ])('%j of %i slides → index %i', (hash, count, index) =>
    expect(parseSlideHash(hash, count)).toBe(index),
  );

  test('property: slideHash and parseSlideHash round-trip inside the deck', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), (count, n) => {
        const index = n % count;
        expect(parseSlideHash(slideHash(index), count)).toBe(index);
      }),
    );
  });

  test('property: any hash gives an index inside the deck', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 50 }), (hash, count) => {
        const i = parseSlideHash(hash, count);
        expect(i >= 0 && i < count && Number.isInteger(i)).toBe(true);
      }),
    );
  });
});

describe('clampSlide', () => {
  test.each([
    [-1, 5, 0],
    [0, 5, 0],
    [4, 5, 4],
    [5, 5, 4],
    [2.7, 5, 2],
    [Number.NaN, 5, 0],
    [Infinity, 5, 0],
    [3, 0, 0],
  ])('clampSlide(%d, %i) → %i', (i, n, out) => expect(clampSlide(i, n)).toBe(out));
});
