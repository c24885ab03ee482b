import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  formatHundredths,
  formatKgExact,
  formatMass,
  formatMassInKg,
  formatPeople,
  groupDigits,
  massUnitFor,
  roundScaled,
  formatWholeGrams,
} from '../../../src/lib/carbon-format';

const kg = 100_000n; // centigrams

describe('groupDigits', () => {
  test.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['1439610000', '1,439,610,000'],
  ])('%s → %s', (s, out) => expect(groupDigits(s)).toBe(out));
});

describe('roundScaled', () => {
  test.each([
    [102_100n, kg, 3, '1.021', true],
    [4_084_000n, kg, 3, '40.84', true],
    [14_396_100n, 10_000_000n, 1, '1.4', false],
    [15n, 10n, 0, '2', false], // half up
    [14n, 10n, 0, '1', false],
    [0n, kg, 3, '0', true],
    [-15n, 10n, 0, '-2', false],
    [123_456_789n, 1n, 2, '123,456,789', true],
  ])('%s / %s to %s places → %s', (v, d, p, text, exact) => {
    expect(roundScaled(v, d, p)).toEqual({ text, exact });
  });
});

describe('formatMass picks a sensible unit', () => {
  test.each([
    [0n, '0 克'],
    [21_800n, '218 克'],
    [93_150n, '931.5 克'],
    [99_999n, '999.99 克'],
    [102_100n, '1.021 千克'], // one person, one day
    [4_084_000n, '40.84 千克'], // a class of 40
    [123_456_789n, '约 1,234.568 千克'],
    [999_999_999n, '约 10,000 千克'],
    [1_000_000_000n, '10 吨'],
    [17_867_500_000n, '约 178.68 吨'], // a school of 1000 for a school year
    [999_990_000_000n, '9,999.9 吨'],
    [999_999_900_000n, '约 10,000 吨'],
    [1_000_000_000_000n, '1 万吨'],
    [143_450_500_000_000n, '约 143.45 万吨'], // 14.05亿 people (end of 2025), one day
    [143_450_500_000_000n * 175n, '约 2.51 亿吨'], // … for a school year of 175 days
    [10_000_000_000_000_000n, '1 亿吨'],
  ])('%s cg → %s', (cg, text) => expect(formatMass(cg).text).toBe(text));

  test('the parts come separately for large type', () => {
    expect(formatMass(143_450_500_000_000n)).toEqual({
      value: '143.45',
      unit: '万吨',
      approx: true,
      text: '约 143.45 万吨',
    });
  });
});

describe('formatMassInKg counts as the lesson does', () => {
  test.each([
    [102_100n, '1.021 千克'],
    [4_084_000n, '40.84 千克'],
    [714_700_000n, '7,147 千克'],
    [1_021_000_000n, '约 1.02 万千克'],
    [143_450_500_000_000n, '约 14.35 亿千克'], // lesson: 14.05 亿 × 1.021 ≈ 14.3 亿千克
    [143_961_000_000_000n, '约 14.4 亿千克'], // the kit's old 14.1 亿 × 1.021
    [132_730_000_000_000n, '约 13.27 亿千克'], // 13 亿 × 1.021
    [2_752_490_000_000_000n, '约 275.25 亿千克'], // the source's own 13 亿 × 21.173
  ])('%s cg → %s', (cg, text) => expect(formatMassInKg(cg).text).toBe(text));
});

test('formatKgExact', () => {
  expect(formatKgExact(143_450_500_000_000n)).toBe('1,434,505,000');
  expect(formatKgExact(102_100n)).toBe('1.021');
  expect(formatKgExact(1n)).toBe('0.00001');
});

describe('formatWholeGrams: grades 3–4', () => {
  test.each([
    [102_100n, false, '1021 克'],
    [21_800n, false, '218 克'],
    [0n, false, '0 克'],
    [93_150n, false, '约 932 克'], // 1.5 h of air conditioning, from before the band changed
    [4_084_000n, false, '40840 克'],
    [1_021n * 100n * 1_000n * 175n, false, '178675000 克'],
    // 14.1亿 × 1021 克 = 14396.1亿克
    [1_410_000_000n * 102_100n, true, '约 14396 亿克'],
    [100n * 100_000_000n * 5n, true, '5 亿克'],
  ])('%s cg (亿 %s) → %s', (cg, yi, text) => {
    const m = formatWholeGrams(cg, yi);
    expect(m.text).toBe(text);
    expect(m.value).not.toMatch(/[.,]/);
  });
});

describe('formatPeople', () => {
  test.each([
    [1, '1 人'],
    [40, '40 人'],
    [1000, '1,000 人'],
    [99_999_999, '99,999,999 人'],
    [1_405_000_000, '14.05 亿人'],
    [1_404_890_000, '14.0489 亿人'],
    [1_404_890_001, '约 14.0489 亿人'],
    [2_000_000_000, '20 亿人'],
  ])('%s → %s', (n, text) => expect(formatPeople(n)).toBe(text));
});

test.each([
  [0, '0'],
  [100, '1'],
  [150, '1.5'],
  [1, '0.01'],
  [240_000, '2400'],
])('formatHundredths(%s) → %s', (q, text) => expect(formatHundredths(q)).toBe(text));

test('massUnitFor matches formatMass', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (cg) => {
      expect(massUnitFor(cg).unit).toBe(formatMass(cg).unit);
    }),
  );
});

test('rounding never moves a value by more than half its last place', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (cg) => {
      const { unit, divisor, decimals } = massUnitFor(cg);
      const shown = formatMass(cg);
      expect(shown.unit).toBe(unit);
      const back = BigInt(shown.value.replace(/,/g, '').replace('.', '')) * divisor;
      const place = 10n ** BigInt(decimals);
      const frac = shown.value.split('.')[1]?.length ?? 0;
      const shownScaled = back * 10n ** BigInt(decimals - frac);
      const diff = shownScaled > cg * place ? shownScaled - cg * place : cg * place - shownScaled;
      expect(diff * 2n <= divisor).toBe(true);
      expect(shown.approx).toBe(diff !== 0n);
    }),
  );
});
