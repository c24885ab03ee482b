import { describe, expect, test } from 'vitest';
import { chooseFitScale, fitScales } from '../../../../src/lib/present/fit';

describe('chooseFitScale', () => {
  test('the largest scale that fits', () => {
    const tried: number[] = [];
    const r = chooseFitScale((s) => {
      tried.push(s);
      return s <= 0.9;
    });
    expect(r).toEqual({ scale: 0.88, fits: true });
    expect(tried).toEqual([1, 0.94, 0.88]);
  });

  test('full size when it fits at once', () => {
    expect(chooseFitScale(() => true)).toEqual({ scale: 1, fits: true });
  });

  test('never below the floor; says so when even that does not fit', () => {
    expect(chooseFitScale(() => false)).toEqual({ scale: 0.77, fits: false });
  });

  test('the floor keeps 1080p body text at 28 px or more', () => {
    // Projector text at 1920×1080: min(3.4vh, 1.95vw) = 36.72 px (src/styles/present.css).
    const floor = fitScales[fitScales.length - 1] ?? 0;
    expect(Math.min(0.034 * 1080, 0.0195 * 1920) * floor).toBeGreaterThanOrEqual(28);
  });
});
