import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CG_PER_KG, calculateSavings, centigramsToKg, periodDays } from '../../../src/lib/carbon';

/** The lesson's five actions: grams per unit, as the source gives them in kg. */
const five = [
  { id: 'stairs', gramsPerUnit: 218 },
  { id: 'aircon', gramsPerUnit: 621 },
  { id: 'fan', gramsPerUnit: 45 },
  { id: 'tv', gramsPerUnit: 96 },
  { id: 'light', gramsPerUnit: 41 },
];
const once = { stairs: 100, aircon: 100, fan: 100, tv: 100, light: 100 };

describe('calculateSavings: worked examples (centigrams, 1 kg = 100000)', () => {
  // Expected values worked out by hand here, not with the module.
  test.each([
    ['one person, one day, each once: 1.021 kg', once, 1, 1, 102_100n],
    ['a class of 40, one day: 40.84 kg', once, 40, 1, 4_084_000n],
    ['a school of 1000, a week: 7147 kg', once, 1000, 7, 714_700_000n],
    ['14.05亿 people, one day: 1,434,505,000 kg', once, 1_405_000_000, 1, 143_450_500_000_000n],
    ['13亿 people, one day: 1,327,300,000 kg', once, 1_300_000_000, 1, 132_730_000_000_000n],
    [
      '14.05亿 people, a 175-day school year',
      once,
      1_405_000_000,
      175,
      143_450_500_000_000n * 175n,
    ],
    ['1.5 hours of air conditioning: 931.5 g', { aircon: 150 }, 1, 1, 93_150n],
    ['3 floors only', { stairs: 300 }, 1, 1, 65_400n],
    ['nothing done', {}, 1_000, 30, 0n],
    ['nobody', once, 0, 30, 0n],
    [
      '20亿 people for 3650 days, beyond a double’s exact range',
      once,
      2_000_000_000,
      3650,
      102_100n * 2_000_000_000n * 3650n,
    ],
  ])('%s', (_, perDay, people, days, total) => {
    const r = calculateSavings({ factors: five, perDay, people, days });
    expect(r.total).toBe(total);
  });

  test('1.021 kg is exact: no 1.0210000000000001', () => {
    const r = calculateSavings({ factors: five, perDay: once, people: 1, days: 1 });
    expect(r.perPersonDay).toBe(102_100n);
    expect(r.total * 1000n).toBe(1021n * CG_PER_KG);
    expect(centigramsToKg(r.total)).toBe(1.021);
  });

  test('per action, for the class of 40 over one day', () => {
    const r = calculateSavings({ factors: five, perDay: once, people: 40, days: 1 });
    expect(r.perAction).toEqual([
      { id: 'stairs', perPersonDay: 21_800n, total: 872_000n },
      { id: 'aircon', perPersonDay: 62_100n, total: 2_484_000n },
      { id: 'fan', perPersonDay: 4_500n, total: 180_000n },
      { id: 'tv', perPersonDay: 9_600n, total: 384_000n },
      { id: 'light', perPersonDay: 4_100n, total: 164_000n },
    ]);
  });

  test('the school year is 35 weeks × 5 days', () => {
    expect(periodDays).toEqual({ day: 1, week: 7, month: 30, schoolYear: 175 });
  });
});

describe('calculateSavings rejects what the stores never pass', () => {
  test.each([
    ['fractional people', { people: 1.5, days: 1 }],
    ['negative days', { people: 1, days: -1 }],
    ['NaN people', { people: Number.NaN, days: 1 }],
    ['unsafe people', { people: 2 ** 60, days: 1 }],
  ])('%s', (_, { people, days }) => {
    expect(() => calculateSavings({ factors: five, perDay: once, people, days })).toThrow(
      RangeError,
    );
  });
  test('a fractional quantity (not in hundredths)', () => {
    expect(() =>
      calculateSavings({ factors: five, perDay: { fan: 0.5 }, people: 1, days: 1 }),
    ).toThrow(RangeError);
  });
});

const quantities = fc.record({
  stairs: fc.integer({ min: 0, max: 10_000 }),
  aircon: fc.integer({ min: 0, max: 2_400 }),
  fan: fc.integer({ min: 0, max: 2_400 }),
  tv: fc.integer({ min: 0, max: 2_400 }),
  light: fc.integer({ min: 0, max: 2_400 }),
});
const people = fc.integer({ min: 0, max: 2_000_000_000 });
const days = fc.integer({ min: 0, max: 3650 });

describe('properties', () => {
  test('the total is the sum of the parts', () => {
    fc.assert(
      fc.property(quantities, people, days, (perDay, p, d) => {
        const r = calculateSavings({ factors: five, perDay, people: p, days: d });
        expect(r.perAction.reduce((s, a) => s + a.total, 0n)).toBe(r.total);
        expect(r.perAction.reduce((s, a) => s + a.perPersonDay, 0n)).toBe(r.perPersonDay);
      }),
    );
  });

  test('linear in people and in days', () => {
    fc.assert(
      fc.property(quantities, people, days, fc.integer({ min: 0, max: 50 }), (perDay, p, d, k) => {
        const base = calculateSavings({ factors: five, perDay, people: p, days: d }).total;
        const morePeople = calculateSavings({
          factors: five,
          perDay,
          people: p * k,
          days: d,
        }).total;
        const moreDays = calculateSavings({ factors: five, perDay, people: p, days: d * k }).total;
        const one = calculateSavings({ factors: five, perDay, people: 1, days: 1 }).total;
        expect(morePeople).toBe(base * BigInt(k));
        expect(moreDays).toBe(base * BigInt(k));
        expect(base).toBe(one * BigInt(p) * BigInt(d));
      }),
    );
  });

  test('additive in quantities', () => {
    fc.assert(
      fc.property(quantities, quantities, (a, b) => {
        const sum = Object.fromEntries(
          Object.keys(a).map((k) => [k, a[k as keyof typeof a] + b[k as keyof typeof b]]),
        );
        const t = (perDay: Record<string, number>) =>
          calculateSavings({ factors: five, perDay, people: 3, days: 7 }).total;
        expect(t(sum)).toBe(t(a) + t(b));
      }),
    );
  });
});
