import { describe, expect, test } from 'vitest';
import { emptyClassData, type ClassData } from '../../../src/schemas/gum-class';
import type { Survey } from '../../../src/schemas/gum-survey';
import type { GumExport } from '../../../src/schemas/gum-export';
import {
  classDecomposition,
  classGroupTotals,
  classPlaceDensities,
  classSurfaceSummary,
  stateLevelLabel,
  summarizeClassDecomposition,
  summarizeClassFindings,
} from '../../../src/lib/gum-class-calc';
import { classGroupFromExport, mergeGroups } from '../../../src/lib/gum-merge';
import { makeGroupExport, testDate, must } from '../../support/gum-data';

type S = Pick<Survey, 'placeType' | 'placeName' | 'areaSquareMetres' | 'count'> &
  Partial<Pick<Survey, 'placeOther'>>;

/** Class data with the given surveys per group. */
function classOf(groups: S[][]): ClassData {
  const files = groups.map((surveys, gi) => {
    const f = makeGroupExport(gi + 1, {
      surveys: surveys.length,
      measurements: 0,
      observations: 0,
    });
    f.surveys = f.surveys.map((s, i) => ({ ...s, placeOther: '', ...surveys[i] }));
    return classGroupFromExport(f);
  });
  return mergeGroups(emptyClassData(), files).data;
}

describe('summarizeClassFindings', () => {
  test.each([
    ['no data', [], { places: 0, totalAreaM2: 0, residueCount: 0 }],
    [
      'a grade-2 group only counted: residues and places count, no area, no densest place',
      [[{ placeType: 'classroom', placeName: '一班', areaSquareMetres: null, count: 7 }]],
      { places: 1, totalAreaM2: 0, residueCount: 7 },
    ],
    [
      'counted and measured places together: the density uses only the measured ones',
      [
        [{ placeType: 'roadside', placeName: '校门口', areaSquareMetres: null, count: 50 }],
        [{ placeType: 'campus', placeName: '操场', areaSquareMetres: 100, count: 10 }],
      ],
      {
        places: 2,
        totalAreaM2: 100,
        residueCount: 60,
        densest: { placeName: '操场', perM2: 0.1 },
      },
    ],
    [
      'no residues found: no densest place',
      [[{ placeType: 'classroom', placeName: '一班', areaSquareMetres: 50, count: 0 }]],
      { places: 1, totalAreaM2: 50, residueCount: 0 },
    ],
    [
      'two groups, the same place counted once and pooled',
      [
        [
          { placeType: 'campus', placeName: '操场', areaSquareMetres: 100, count: 10 },
          { placeType: 'corridor', placeName: '三楼', areaSquareMetres: 20.5, count: 9 },
        ],
        [
          { placeType: 'campus', placeName: '操场', areaSquareMetres: 100, count: 30 },
          {
            placeType: 'other',
            placeOther: '车棚',
            placeName: '',
            areaSquareMetres: 0.1,
            count: 0,
          },
        ],
      ],
      {
        places: 3,
        totalAreaM2: 220.6,
        residueCount: 49,
        densest: { placeName: '三楼', perM2: 9 / 20.5 },
      },
    ],
  ] as const)('%s', (_, groups, expected) => {
    expect(summarizeClassFindings(classOf(groups as unknown as S[][]))).toEqual(expected);
  });

  test('a place without a name is named by its kind', () => {
    const f = summarizeClassFindings(
      classOf([[{ placeType: 'station', placeName: '', areaSquareMetres: 10, count: 5 }]]),
    );
    expect(f.densest).toEqual({ placeName: '火车站', perM2: 0.5 });
  });
});

describe('class charts data', () => {
  const data = classOf([
    [
      { placeType: 'classroom', placeName: '一班', areaSquareMetres: 50, count: 5 },
      { placeType: 'classroom', placeName: '二班', areaSquareMetres: 50, count: 15 },
    ],
    [{ placeType: 'shop', placeName: '小卖部', areaSquareMetres: 10, count: 8 }],
  ]);

  test('residues per m² by kind of place pool all groups', () => {
    expect(classPlaceDensities(data).map((p) => [p.placeType, p.count, p.perSquareMetre])).toEqual([
      ['classroom', 20, 0.2],
      ['shop', 8, 0.8],
    ]);
  });

  test('totals by group', () => {
    expect(
      classGroupTotals(data).map((g) => [g.name, g.surveys, g.residues, g.perSquareMetre]),
    ).toEqual([
      ['第1组', 2, 20, 0.2],
      ['第2组', 1, 8, 0.8],
    ]);
  });

  test('removal difficulty by surface', () => {
    const d = mergeGroups(emptyClassData(), [
      classGroupFromExport(makeGroupExport(1, { measurements: 4 })),
      classGroupFromExport(makeGroupExport(2, { measurements: 4 })),
    ]).data;
    const s = classSurfaceSummary(d);
    expect(s.map((x) => x.surface)).toEqual(['ground', 'paper', 'desk', 'plastic']);
    expect(s.reduce((n, x) => n + x.measurements, 0)).toBe(8);
  });

  test('decomposition: mean state per day for each item and medium, days from each start', () => {
    const a = makeGroupExport(1, { observations: 3 });
    const b = makeGroupExport(2, { observations: 2 });
    // Group 2 started a day later: its first check is its day 0 too.
    b.decomposition.setup = { ...must(b.decomposition.setup), startDate: testDate(1) };
    b.decomposition.observations = b.decomposition.observations.map((o, i) => ({
      ...o,
      date: testDate(i + 1),
    }));
    const d = classDecomposition(
      mergeGroups(emptyClassData(), [classGroupFromExport(a), classGroupFromExport(b)]).data,
    );
    expect(d.days).toEqual([0, 1, 2]);
    expect(d.series).toHaveLength(12);
    const gumSoil = d.series.find((s) => s.item === 'gum' && s.medium === 'soil');
    expect(gumSoil).toEqual({ item: 'gum', medium: 'soil', levels: [0, 0, 0], checks: [2, 2, 1] });
    const paperSoil = d.series.find((s) => s.item === 'paper' && s.medium === 'soil');
    // Paper: group 1 levels 1,2,3 on days 0–2; group 2 levels 1,2 on days 0–1.
    expect(paperSoil?.levels).toEqual([1, 2, 3]);
  });

  test('no setup: no decomposition series', () => {
    const f = makeGroupExport(1);
    f.decomposition.setup = null;
    expect(
      classDecomposition(mergeGroups(emptyClassData(), [classGroupFromExport(f)]).data),
    ).toEqual({ days: [], series: [] });
  });

  test.each([
    [0, 'unchanged'],
    [1.4, 'slight'],
    [2.5, 'almostGone'],
    [9, 'almostGone'],
    [-1, 'unchanged'],
  ])('state level %f reads as %s', (level, label) => {
    expect(stateLevelLabel(level)).toBe(label);
  });
});

describe('summarizeClassDecomposition (the letter’s results come from the class’s records)', () => {
  test('for each item, the biggest change at the last check, and where', () => {
    const a = makeGroupExport(1, { observations: 3 });
    const b = makeGroupExport(2, { observations: 2 });
    const data = mergeGroups(emptyClassData(), [
      classGroupFromExport(a),
      classGroupFromExport(b),
    ]).data;
    const f = summarizeClassDecomposition(data);
    expect(f?.lastDay).toBe(2);
    // By the fixture: gum never changes; paper reaches level 3 (几乎消失) on day 2 in soil first.
    expect(f?.items.find((i) => i.item === 'gum')?.state).toBe('unchanged');
    expect(f?.items.find((i) => i.item === 'paper')).toEqual({
      item: 'paper',
      state: 'almostGone',
      medium: 'soil',
    });
  });

  test('no checks: nothing to report', () => {
    const f = makeGroupExport(1);
    f.decomposition.setup = null;
    expect(
      summarizeClassDecomposition(mergeGroups(emptyClassData(), [classGroupFromExport(f)]).data),
    ).toBeNull();
    expect(summarizeClassDecomposition(emptyClassData())).toBeNull();
  });
});

describe('decomposition over groups that checked different samples on different days', () => {
  type Entry = GumExport['decomposition']['observations'][number]['entries'][number];
  const entry = (item: Entry['item'], medium: Entry['medium'], state: Entry['state']): Entry => ({
    item,
    medium,
    state,
    sizeCm: null,
    note: '',
  });
  /** A group that started on day 0 with these checks (day, entries). */
  function group(n: number, checks: [number, Entry[]][]) {
    const f = makeGroupExport(n, { surveys: 0, measurements: 0, observations: checks.length });
    f.decomposition.observations = f.decomposition.observations.map((o, i) => ({
      ...o,
      date: testDate(checks[i]?.[0] ?? 0),
      entries: checks[i]?.[1] ?? [],
    }));
    return classGroupFromExport(f);
  }
  const data = mergeGroups(emptyClassData(), [
    group(1, [[0, [entry('gum', 'soil', 'unchanged'), entry('paper', 'soil', 'slight')]]]),
    group(2, [
      [2, [entry('paper', 'soil', 'almostGone')]],
      [3, [entry('paper', 'vinegar', 'clear')]],
    ]),
  ]).data;

  test('a day without a check of a sample has no level and 0 checks', () => {
    const d = classDecomposition(data);
    expect(d.days).toEqual([0, 2, 3]);
    expect(d.series).toEqual([
      { item: 'gum', medium: 'soil', levels: [0, null, null], checks: [1, 0, 0] },
      { item: 'paper', medium: 'soil', levels: [1, 3, null], checks: [1, 1, 0] },
      { item: 'paper', medium: 'vinegar', levels: [null, null, 2], checks: [0, 0, 1] },
    ]);
  });

  test('the letter takes each sample’s last known level; samples never checked are left out', () => {
    expect(summarizeClassDecomposition(data)).toEqual({
      lastDay: 3,
      items: [
        { item: 'gum', state: 'unchanged', medium: 'soil' },
        // Soil's last known level (3, day 2) beats vinegar's (2, day 3).
        { item: 'paper', state: 'almostGone', medium: 'soil' },
      ],
    });
  });

  test('a check dated before the group’s start is left out', () => {
    const early = group(3, [
      [0, [entry('plastic', 'tapWater', 'slight')]],
      [1, [entry('plastic', 'tapWater', 'clear')]],
    ]);
    early.decomposition.setup = { ...must(early.decomposition.setup), startDate: testDate(1) };
    const d = classDecomposition(mergeGroups(emptyClassData(), [early]).data);
    expect(d).toEqual({
      days: [0],
      series: [{ item: 'plastic', medium: 'tapWater', levels: [2], checks: [1] }],
    });
  });

  test('checks with no samples in them (the schema refuses them; stored data may be old): days but nothing for the letter', () => {
    const empty = group(4, [[1, []]]);
    expect(classDecomposition(mergeGroups(emptyClassData(), [empty]).data)).toEqual({
      days: [1],
      series: [],
    });
    expect(summarizeClassDecomposition(mergeGroups(emptyClassData(), [empty]).data)).toBeNull();
  });

  test('a level that is not a number reads as unchanged', () => {
    expect(stateLevelLabel(Number.NaN)).toBe('unchanged');
  });
});
