import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { csvKinds, csvTable } from '../../../../src/lib/gum-class/tables';
import { classGroupFromExport, mergeGroups } from '../../../../src/lib/gum-merge';
import { emptyClassData, type ClassData } from '../../../../src/schemas/gum-class';
import type { GumExport } from '../../../../src/schemas/gum-export';
import { mediumLabels, sampleItemLabels } from '../../../../src/schemas/gum-vocab';
import { makeGroupExport, must, testDate, testId } from '../../../support/gum-data';
import { prediction } from '../../gum-fixtures';

function classOf(...files: GumExport[]): ClassData {
  return mergeGroups(emptyClassData(), files.map(classGroupFromExport)).data;
}

/** One table as objects keyed by header, to read cells by name. */
function records(data: ClassData, kind: (typeof csvKinds)[number]) {
  const t = csvTable(data, kind);
  return t.rows.map((r) => Object.fromEntries(t.fields.map((f, i) => [f, r[i]])));
}

describe('csvTable', () => {
  test('an empty class: headers only, for every kind', () => {
    for (const kind of csvKinds) {
      const t = csvTable(emptyClassData(), kind);
      expect(t.fields.length).toBeGreaterThan(0);
      expect(t.rows).toEqual([]);
    }
  });

  test('surveys: an “other” place is named with what the pupils wrote; no area, no density', () => {
    const f = makeGroupExport(1, { surveys: 3, measurements: 0, observations: 0 });
    const [a, b, c] = f.surveys.map((s) => s);
    f.surveys = [
      { ...must(a), placeType: 'other', placeOther: '楼梯间', areaSquareMetres: 8, count: 3 },
      { ...must(b), placeType: 'classroom', areaSquareMetres: null, count: 4 },
      { ...must(c), placeType: 'shop', areaSquareMetres: 3, count: 1 },
    ];
    const rows = records(classOf(f), 'surveys');
    expect(rows.map((r) => r['地点类型'])).toEqual(['其他：楼梯间', '教室', '商店']);
    expect(rows.map((r) => r['每平方米残胶（块）'])).toEqual([0.375, null, 0.3333]);
    expect(rows.map((r) => r['面积（平方米）'])).toEqual([8, null, 3]);
  });

  test('measurements: no diameter, no area; widest and squares when measured that way', () => {
    const f = makeGroupExport(1, { surveys: 0, measurements: 3, observations: 0 });
    const [a, b, c] = f.measurements;
    f.measurements = [
      { ...must(a), diameterCm: 2 },
      { ...must(b), diameterCm: null, widestCm: 1.5 },
      { ...must(c), diameterCm: null, squares: 4 },
    ];
    const rows = records(classOf(f), 'measurements');
    expect(rows.map((r) => r['面积（平方厘米）'])).toEqual([3.14, null, null]);
    expect(rows.map((r) => r['最宽（厘米）'])).toEqual([null, 1.5, null]);
    expect(rows.map((r) => r['方格数（1 平方厘米）'])).toEqual([null, null, 4]);
  });

  test('predictions: one row each, with Chinese labels', () => {
    const f = makeGroupExport(2, { surveys: 0, measurements: 0, observations: 0 });
    f.decomposition.predictions = [
      prediction,
      { ...prediction, id: testId(2, 90), pupil: '小红', mostChangeItem: 'plastic', reason: '' },
    ];
    expect(csvTable(classOf(f), 'predictions').rows).toEqual([
      [
        '第2组',
        '小明',
        sampleItemLabels.paper,
        sampleItemLabels.gum,
        mediumLabels.tapWater,
        '纸遇水会软。',
        prediction.id,
      ],
      [
        '第2组',
        '小红',
        sampleItemLabels.plastic,
        sampleItemLabels.gum,
        mediumLabels.tapWater,
        '',
        testId(2, 90),
      ],
    ]);
  });

  test('observations: one row per entry; the day counts from the start, or is empty without one', () => {
    const f = makeGroupExport(1, { surveys: 0, measurements: 0, observations: 2 });
    const g = makeGroupExport(2, { surveys: 0, measurements: 0, observations: 1 });
    f.decomposition.setup = { ...must(f.decomposition.setup), startDate: testDate(0) };
    f.decomposition.observations = f.decomposition.observations.map((o, i) => ({
      ...o,
      date: testDate(i * 3),
    }));
    g.decomposition.setup = null;
    const rows = records(classOf(f, g), 'observations');
    const entries = (x: GumExport) =>
      x.decomposition.observations.reduce((n, o) => n + o.entries.length, 0);
    expect(rows).toHaveLength(entries(f) + entries(g));
    const days = (group: string) => [
      ...new Set(rows.filter((r) => r['小组'] === group).map((r) => r['第几天'])),
    ];
    expect(days('第1组')).toEqual([0, 3]);
    expect(days('第2组')).toEqual([null]);
  });

  test('property: every table has as many cells in each row as it has headers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...csvKinds),
        (groups, records, checks, kind) => {
          const data = classOf(
            ...Array.from({ length: groups }, (_, i) =>
              makeGroupExport(i + 1, {
                surveys: records,
                measurements: records,
                observations: checks,
              }),
            ),
          );
          const t = csvTable(data, kind);
          for (const r of t.rows) expect(r).toHaveLength(t.fields.length);
          if (kind === 'groups') expect(t.rows).toHaveLength(groups);
        },
      ),
      { numRuns: 40 },
    );
  });
});
