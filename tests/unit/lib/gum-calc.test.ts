import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  areaFromSides,
  checkDate,
  dayNumber,
  densityPer100SquareMetres,
  densityPerSquareMetre,
  formatNumber,
  isCalendarDate,
  localDate,
  summarizeSurveys,
} from '../../../src/lib/gum-calc';
import {
  residueAreaByFormula,
  residueAreaSquareCm,
  summarizeDecomposition,
  summarizeMeasurements,
} from '../../../src/lib/gum-summaries';
import { measurement, observation, setup, survey } from '../gum-fixtures';

describe('areaFromSides', () => {
  test.each([
    [8, 6, 48],
    [40, 25.5, 1020],
    [0.1, 0.1, 0.01],
    [1.234, 1, 1.23],
    [2.5, 2.5, 6.25],
  ])('%d m × %d m = %d m²', (l, w, a) => expect(areaFromSides(l, w)).toBe(a));
});

describe('densities', () => {
  test.each([
    [12, 48, 0.25, 25],
    [0, 10, 0, 0],
    [30, 200, 0.15, 15],
    [1, 3, 1 / 3, 100 / 3],
  ])('%d residues in %d m²: %d per m², %d per 100 m²', (count, area, perM2, per100) => {
    expect(densityPerSquareMetre(count, area)).toBeCloseTo(perM2, 10);
    expect(densityPer100SquareMetres(count, area)).toBeCloseTo(per100, 10);
  });
  test('per 100 m² is always 100 × per m²', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0.01, max: 100_000, noNaN: true }),
        (c, a) => {
          expect(densityPer100SquareMetres(c, a)).toBeCloseTo(densityPerSquareMetre(c, a) * 100, 6);
        },
      ),
    );
  });
});

describe('residueAreaByFormula (3.14 × r × r, as grade 6 computes it)', () => {
  test.each([
    [2, 3.14],
    [4, 12.56],
    [3, 7.065],
    [10, 78.5],
  ])('diameter %d cm → %d cm²', (d, a) => expect(residueAreaByFormula(d)).toBeCloseTo(a, 10));
});

describe('residueAreaSquareCm (πr²)', () => {
  test.each([
    [2, Math.PI],
    [4, 4 * Math.PI],
    [1, Math.PI / 4],
  ])('diameter %d cm', (d, a) => expect(residueAreaSquareCm(d)).toBeCloseTo(a, 12));
  test('doubling the diameter quadruples the area', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 25, noNaN: true }), (d) => {
        expect(residueAreaSquareCm(2 * d)).toBeCloseTo(4 * residueAreaSquareCm(d), 6);
      }),
    );
  });
});

describe('formatting', () => {
  test.each([
    [2.5, '2.5'],
    [3, '3'],
    [1 / 3, '0.33'],
  ])('formatNumber(%d) = %s', (v, out) => expect(formatNumber(v)).toBe(out));
});

describe('dates', () => {
  test.each([
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-02', '2026-03-09', 7],
    ['2026-02-27', '2026-03-02', 3],
    ['2026-03-28', '2026-03-30', 2], // across the European DST change: still whole days
    ['2024-02-28', '2024-03-01', 2],
  ])('from %s to %s is day %d', (start, date, n) => expect(dayNumber(start, date)).toBe(n));

  test.each([
    ['2026-03-02', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-3-2', false],
    ['', false],
    ['昨天', false],
  ])('isCalendarDate(%j) = %s', (t, ok) => expect(isCalendarDate(t)).toBe(ok));

  test('localDate uses the local calendar day', () => {
    expect(localDate(new Date(2026, 2, 2, 23, 59))).toBe('2026-03-02');
    expect(localDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  const today = '2026-03-10';
  test.each([
    ['2026-03-10', undefined, null],
    ['2026-03-02', '2026-03-02', null],
    ['', undefined, '请填写日期。'],
    ['2026-03-11', undefined, '日期不能是将来的日子（今天是 2026-03-10）。'],
    ['2026-03-01', '2026-03-02', '日期不能早于实验开始的日子（2026-03-02）。'],
    ['2019-12-31', undefined, '日期不能早于 2020-01-01。'],
    ['3月2日', undefined, '日期格式不对，请用“年-月-日”，例如 2026-03-15。'],
  ])('checkDate(%j, from %s)', (text, notBefore, message) => {
    expect(checkDate(text, { today, notBefore })).toBe(message);
  });

  test('day numbers add up: start + n days is day n', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2090-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 400 }),
        (d, n) => {
          const start = d.toISOString().slice(0, 10);
          const later = new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000)
            .toISOString()
            .slice(0, 10);
          expect(dayNumber(start, later)).toBe(n);
        },
      ),
    );
  });
});

describe('summaries', () => {
  test('surveys: totals and density per kind of place (Σcount ÷ Σarea)', () => {
    const s = summarizeSurveys([
      survey,
      { ...survey, id: 'b', count: 4, areaSquareMetres: 16, lengthMetres: null, widthMetres: null },
      {
        ...survey,
        id: 'c',
        placeType: 'station',
        count: 30,
        areaSquareMetres: 200,
        lengthMetres: null,
        widthMetres: null,
      },
    ]);
    expect(s).toEqual({
      surveys: 3,
      totalCount: 46,
      totalAreaSquareMetres: 264,
      measuredCount: 46,
      byPlace: [
        {
          placeType: 'classroom',
          surveys: 2,
          count: 16,
          areaSquareMetres: 64,
          measuredCount: 16,
          perSquareMetre: 0.25,
          per100SquareMetres: 25,
        },
        {
          placeType: 'station',
          surveys: 1,
          count: 30,
          areaSquareMetres: 200,
          measuredCount: 30,
          perSquareMetre: 0.15,
          per100SquareMetres: 15,
        },
      ],
    });
    expect(summarizeSurveys([])).toEqual({
      surveys: 0,
      totalCount: 0,
      totalAreaSquareMetres: 0,
      measuredCount: 0,
      byPlace: [],
    });
  });

  test('surveys without an area (grades 1–2) count residues but not densities', () => {
    const counted = { ...survey, areaSquareMetres: null, lengthMetres: null, widthMetres: null };
    const s = summarizeSurveys([
      survey,
      { ...counted, id: 'b', count: 5 },
      { ...counted, id: 'c', placeType: 'station', count: 7 },
    ]);
    expect(s).toMatchObject({ totalCount: 24, measuredCount: 12, totalAreaSquareMetres: 48 });
    expect(s.byPlace).toEqual([
      {
        placeType: 'classroom',
        surveys: 2,
        count: 17,
        areaSquareMetres: 48,
        measuredCount: 12,
        perSquareMetre: 0.25,
        per100SquareMetres: 25,
      },
      {
        placeType: 'station',
        surveys: 1,
        count: 7,
        areaSquareMetres: 0,
        measuredCount: 0,
        perSquareMetre: null,
        per100SquareMetres: null,
      },
    ]);
  });

  test('measurements: per surface, difficulty counts and mean diameter', () => {
    expect(
      summarizeMeasurements([
        measurement,
        { ...measurement, id: 'b', difficulty: 'veryHard', diameterCm: 3 },
        { ...measurement, id: 'c', surface: 'ground', diameterCm: null },
      ]),
    ).toEqual([
      {
        surface: 'ground',
        measurements: 1,
        byDifficulty: { easy: 0, hard: 1, veryHard: 0 },
        meanDiameterCm: null,
      },
      {
        surface: 'paper',
        measurements: 2,
        byDifficulty: { easy: 0, hard: 1, veryHard: 1 },
        meanDiameterCm: 2.5,
      },
    ]);
  });

  test('decomposition: days observed, last day and the latest state of each sample', () => {
    const later = {
      ...observation,
      id: 'later',
      date: '2026-03-16',
      entries: [
        {
          item: 'paper' as const,
          medium: 'tapWater' as const,
          state: 'almostGone' as const,
          sizeCm: null,
          note: '',
        },
      ],
    };
    const sameDay = { ...observation, id: 'same' };
    const s = summarizeDecomposition({
      setup,
      predictions: [],
      observations: [later, observation, sameDay],
    });
    expect(s).toEqual({
      checks: 3,
      daysObserved: 2,
      lastDay: 14,
      latest: [
        { item: 'gum', medium: 'soil', state: 'unchanged', day: 7 },
        { item: 'paper', medium: 'tapWater', state: 'almostGone', day: 14 },
      ],
    });
    expect(summarizeDecomposition({ setup: null, predictions: [], observations: [] })).toEqual({
      checks: 0,
      daysObserved: 0,
      lastDay: null,
      latest: [],
    });
  });
});
