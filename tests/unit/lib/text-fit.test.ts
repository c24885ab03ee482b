import { describe, expect, test } from 'vitest';
import { fitText, linesNeeded, MM_PER_PT, widthInEm } from '../../../src/lib/text-fit';

describe('widthInEm over-estimates', () => {
  test.each([
    ['张三', 2],
    ['Ann', 3],
    ['😀', 1.25],
    ['', 0],
  ])('%j → %d em', (text, em) => expect(widthInEm(text)).toBe(em));
});

describe('linesNeeded', () => {
  // 12 pt ≈ 4.23 mm: 7 characters in 31 mm.
  test.each([
    ['', 1],
    ['张三', 1],
    ['一二三四五六七', 1],
    ['一二三四五六七八', 2],
    ['一'.repeat(15), 3],
  ])('%j at 12 pt in 31 mm → %i lines', (text, lines) => {
    expect(linesNeeded(text, 12, 31)).toBe(lines);
  });
  test('a column narrower than one character still holds one per line', () => {
    expect(linesNeeded('一二三', 12, 1)).toBe(3);
  });
});

describe('fitText picks the largest size that fits', () => {
  const box = { widthMm: 31, heightMm: 8, maxLines: 2 };
  test.each([
    ['张三', 12, true],
    ['欧阳娜娜娜娜娜', 12, true],
    ['欧阳娜娜娜娜娜娜', 10, true],
    ['阿依古丽·买买提·艾尔肯', 8, true],
    ['一'.repeat(40), 6, false],
  ])('%j → %i pt (fits: %s)', (text, size, fits) => {
    const fit = fitText(text, box, [12, 11, 10, 9, 8, 7, 6]);
    expect({ size: fit.size, fits: fit.fits }).toEqual({ size, fits });
    if (fit.fits) {
      expect(fit.lines).toBeLessThanOrEqual(2);
      expect(fit.heightMm).toBeLessThanOrEqual(box.heightMm);
      expect(fit.heightMm).toBeCloseTo(fit.lines * fit.size * MM_PER_PT * 1.4);
    }
  });
  test('needs a size to choose from', () => {
    expect(() => fitText('x', box, [])).toThrow();
  });
});
