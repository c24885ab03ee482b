import { describe, expect, test } from 'vitest';
import { roundTo } from '../../../../src/lib/numbers/round-to';
import { areaFromSides } from '../../../support/gum-old/gum-calc';

// The one rounding of the kit: the engine and the gum experiment's own code both use it.
describe('roundTo', () => {
  test.each([
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [0.125, 2, 0.13],
    [6.25, 1, 6.3],
    [0.1 + 0.2, 2, 0.3],
    [48, 2, 48],
  ])('%d to %i digits is %d', (v, d, expected) => {
    expect(roundTo(v, d)).toBe(expected);
  });

  test('the gum areas round as the engine does (1.005 m × 1 m is 1.01 m²)', () => {
    expect(areaFromSides(1.005, 1)).toBe(roundTo(1.005, 2));
    expect(areaFromSides(1.005, 1)).toBe(1.01);
  });
});
