import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { def, litterGroup, survey, uuid, zone } from '../../../support/litter-data';
import { tree, treeDef, treeGroup, yard } from '../../../support/tree-data';
import {
  chartData,
  formatChartValue,
  type ChartData,
} from '../../../../src/lib/investigation/charts';
import { comparisonTable, summaryTable } from '../../../../src/lib/investigation/summary';
import {
  InvestigationDefinitionSchema,
  type Chart,
} from '../../../../src/schemas/investigation/definition';
import type { InvestigationClassData } from '../../../../src/schemas/investigation/records';
import { gumResidueDefinition } from '../../../../src/lib/investigation/definitions';
import { gumEngineClassData } from '../../../support/gum-old/engine-records';
import { classPlaceDensities } from '../../../support/gum-old/gum-class-calc';
import { classGroupFromExport, mergeGroups } from '../../../../src/lib/gum-merge';
import { emptyClassData } from '../../../../src/schemas/gum-class';
import { placeTypeLabels } from '../../../../src/schemas/gum-vocab';
import { makeGroupExport } from '../../../support/gum-data';

const chart = (id: string): Chart => {
  const c = def.charts?.find((x) => x.id === id);
  if (!c) throw new Error(`campus-litter.json has no chart ${id}`);
  return c;
};

const twoGroups: InvestigationClassData = {
  groups: [
    litterGroup(3, '第3组', '操场东边', [12, 1, 3, 7], [5, 0, 1, 2]),
    litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]),
  ],
};

/** One group that has surveyed its zone once only. */
const firstRoundOnly: InvestigationClassData = {
  groups: [
    {
      ...litterGroup(7, '第7组', '花坛', [1, 0, 0, 0], [0, 0, 0, 0]),
      records: {
        zone: [zone(700, '花坛')],
        survey: [survey(701, uuid(700), 'first', [4, 0, 2, 1])],
      },
    },
  ],
};

describe('chartData of the campus litter charts', () => {
  test.each<[string, InvestigationClassData, ChartData]>([
    [
      'zones',
      twoGroups,
      {
        rowLabel: '区域',
        labels: ['操场东边', '食堂门口'],
        series: [
          { label: '第一次', data: [23, 40] },
          { label: '第二次', data: [8, 18] },
        ],
      },
    ],
    [
      'categories',
      twoGroups,
      {
        rowLabel: '类别',
        labels: ['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'],
        series: [{ label: '全班合计', data: [45, 1, 17, 26] }],
      },
    ],
    [
      'categories-before-after',
      twoGroups,
      {
        rowLabel: '类别',
        labels: ['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'],
        series: [
          { label: '第一次', data: [32, 1, 12, 18] },
          { label: '第二次', data: [13, 0, 5, 8] },
        ],
      },
    ],
    [
      'zones',
      firstRoundOnly,
      {
        rowLabel: '区域',
        labels: ['花坛'],
        series: [
          { label: '第一次', data: [7] },
          { label: '第二次', data: [null] },
        ],
      },
    ],
    [
      'categories-before-after',
      firstRoundOnly,
      {
        rowLabel: '类别',
        labels: ['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'],
        series: [
          { label: '第一次', data: [4, 0, 2, 1] },
          { label: '第二次', data: [null, null, null, null] },
        ],
      },
    ],
    [
      'zones',
      { groups: [] },
      {
        rowLabel: '区域',
        labels: [],
        series: [
          { label: '第一次', data: [] },
          { label: '第二次', data: [] },
        ],
      },
    ],
    [
      'categories',
      { groups: [] },
      {
        rowLabel: '类别',
        labels: ['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'],
        series: [{ label: '全班合计', data: [null, null, null, null] }],
      },
    ],
  ])('%s', (id, data, expected) => {
    expect(chartData(def, chart(id), data)).toEqual(expected);
  });

  test('the categories add up to the summary’s 合计 row', () => {
    const byRound = def.summaries.find((s) => s.id === 'by-round');
    if (!byRound) throw new Error('no by-round summary');
    const total = summaryTable(def, byRound, twoGroups).rows.at(-1);
    expect(total?.slice(0, 5)).toEqual(['合计', 45, 1, 17, 26]);
  });
});

const treeCharts = InvestigationDefinitionSchema.parse({
  ...treeDef,
  charts: [
    { id: 'yards', title: '每个院子', type: 'bar', summary: 'by-yard', value: 'birds', unit: '个' },
    {
      id: 'kinds',
      title: '每种树',
      type: 'bar',
      summary: 'by-kind',
      value: 'all',
      unit: '个',
      rowLabel: '树',
    },
    {
      id: 'seasons',
      title: '春天和秋天',
      type: 'grouped',
      comparison: 'spring-autumn',
      values: ['birds', 'height'],
      unit: '个',
    },
  ],
});
const treeChart = (id: string) => treeCharts.charts?.find((c) => c.id === id) as Chart;

describe('chartData of another investigation', () => {
  const g = treeGroup(1, {
    yard: [yard(11, '西院'), yard(12, '东院')],
    tree: [
      tree(21, { yard: uuid(11), species: 'willow', visit: 'spring', birds: 2, nests: 1 }),
      tree(22, { yard: uuid(12), species: 'pine', visit: 'spring', birds: 1 }),
      tree(23, { yard: uuid(12), species: 'willow', visit: 'autumn', birds: 4, nests: 2 }),
      tree(24, { species: 'pine', visit: 'autumn', birds: 3 }),
      tree(25, { yard: uuid(13), species: 'pine', visit: 'autumn', birds: 5 }),
    ],
  });

  test.each<[string, ChartData]>([
    [
      // Two group columns joined; an empty choice and a deleted record keep rows of their own.
      'yards',
      {
        rowLabel: '院子 · 树的种类',
        labels: [
          '（未填） · 松树',
          '东院 · 松树',
          '东院 · 柳树',
          '西院 · 柳树',
          '（已删除） · 松树',
        ],
        series: [{ label: '鸟窝', data: [3, 1, 4, 2, 5] }],
      },
    ],
    [
      'kinds',
      { rowLabel: '树', labels: ['松树', '柳树'], series: [{ label: '全部鸟窝', data: [9, 9] }] },
    ],
    [
      'seasons',
      {
        rowLabel: '项目',
        labels: ['鸟窝', '高度'],
        series: [
          { label: '春天', data: [3, 6] },
          { label: '秋天', data: [12, 9] },
        ],
      },
    ],
  ])('%s', (id, expected) => {
    expect(chartData(treeCharts, treeChart(id), { groups: [g] })).toEqual(expected);
  });
});

describe('formatChartValue', () => {
  test.each<[number | null, string]>([
    [null, '—'],
    [0, '0'],
    [12, '12'],
    [2.5, '2.5'],
    [1234567, '1234567'],
  ])('%s → %s', (n, text) => {
    expect(formatChartValue(n)).toBe(text);
  });
});

describe('chartData agrees with the tables it reads', () => {
  const counts = fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50));
  test('per zone: the comparison’s before and after columns; per category: their sums', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(counts, counts), { maxLength: 5 }), (groups) => {
        const data: InvestigationClassData = {
          groups: groups.map(([a, b], i) => litterGroup(i + 1, `第${i + 1}组`, `区域${i}`, a, b)),
        };
        const compare = def.comparisons?.[0];
        if (!compare) throw new Error('no comparison');
        const rows = comparisonTable(def, compare, data).rows;
        const zones = chartData(def, chart('zones'), data);
        // total is the fifth summed field: its before/after columns are 1 + 4 × 3 and the next.
        expect(zones.series[0]?.data).toEqual(rows.map((r) => r[13]));
        expect(zones.series[1]?.data).toEqual(rows.map((r) => r[14]));
        const cats = chartData(def, chart('categories-before-after'), data);
        const first = [0, 1, 2, 3].map((i) =>
          groups.length === 0 ? null : groups.reduce((t, [a]) => t + (a[i] ?? 0), 0),
        );
        expect(cats.series[0]?.data).toEqual(first);
      }),
    );
  });
});

describe('chartData of the gum residue chart', () => {
  test('counts per place as the gum class view’s own place table has them', () => {
    const gum = mergeGroups(emptyClassData(), [
      classGroupFromExport(makeGroupExport(1)),
      classGroupFromExport(makeGroupExport(2, { surveys: 5 })),
    ]).data;
    const places = gumResidueDefinition.charts?.find((c) => c.id === 'places');
    if (!places) throw new Error('gum-residue.json has no places chart');
    const shown = chartData(gumResidueDefinition, places, gumEngineClassData(gum));
    const own = classPlaceDensities(gum).map((r) => [placeTypeLabels[r.placeType], r.count]);
    expect(shown.labels.length).toBeGreaterThan(1);
    expect(Object.fromEntries(shown.labels.map((l, i) => [l, shown.series[0]?.data[i]]))).toEqual(
      Object.fromEntries(own),
    );
    expect(shown.series[0]?.label).toBe('残胶数量');
  });
});

describe('chartData: the defaults a chart may leave out', () => {
  const without = (id: string, patch: Partial<Chart>): Chart => {
    const { rowLabel: _drop, ...rest } = chart(id);
    return { ...rest, ...patch } as Chart;
  };

  test.each<[string, Chart, string]>([
    ['a summary of several values', without('categories', {}), '项目'],
    ['a comparison of several values', without('categories-before-after', {}), '项目'],
    ['a comparison of one value', without('zones', {}), '区域'],
    ['a comparison of one value, row label set', without('zones', { rowLabel: '地方' }), '地方'],
  ])('%s: the row label is %s', (_what, c, rowLabel) => {
    expect(chartData(def, c, twoGroups).rowLabel).toBe(rowLabel);
  });

  test('the values of a chart without a row label are the same as with one', () => {
    for (const id of ['categories', 'categories-before-after']) {
      const a = chartData(def, chart(id), twoGroups);
      const b = chartData(def, without(id, {}), twoGroups);
      expect(b.series).toEqual(a.series);
      expect(b.labels).toEqual(a.labels);
    }
  });

  test('a chart naming neither a summary nor a comparison is refused (the build checks this)', () => {
    const c = without('zones', { comparison: 'nothing-here' });
    expect(() => chartData(def, c, twoGroups)).toThrow(/zones/);
  });
});

test('a chart of a definition without comparisons, naming one, is refused', () => {
  const { comparisons: _none, ...bare } = def;
  const c = { ...chart('zones') };
  expect(() => chartData(bare, c, twoGroups)).toThrow(/zones/);
});
