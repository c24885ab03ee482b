import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { must } from '../../../support/gum-data';
import { def, litterGroup, survey, uuid, zone } from '../../../support/litter-data';
import { tree, treeDef, treeGroup, yard } from '../../../support/tree-data';
import { comparisonTable, signed, summaryTable } from '../../../../src/lib/investigation/summary';
import type { InvestigationClassGroup } from '../../../../src/schemas/investigation/records';
import { InvestigationDefinitionSchema } from '../../../../src/schemas/investigation/definition';
import { chartData } from '../../../../src/lib/investigation/charts';

const [byKind, byYard] = treeDef.summaries;
const [springAutumn] = treeDef.comparisons ?? [];
const [byZone, byRound] = def.summaries;
const [beforeAfter] = def.comparisons ?? [];

describe('summaryTable of another investigation', () => {
  const g = treeGroup(1, {
    yard: [yard(11, '西院'), yard(12, '东院')],
    tree: [
      tree(21, { yard: uuid(11), species: 'willow', visit: 'spring', birds: 2, nests: 1 }),
      tree(22, { yard: uuid(12), species: 'pine', visit: 'spring', birds: 1 }),
      tree(23, { yard: uuid(12), species: 'willow', visit: 'autumn', birds: 4, nests: 2 }),
      // No yard chosen (optional), and a yard deleted since: rows of their own.
      tree(24, { species: 'pine', visit: 'autumn', birds: 3 }),
      tree(25, { yard: uuid(13), species: 'pine', visit: 'autumn', birds: 5 }),
    ],
  });

  test('rows in the vocabulary’s order, numbers without a unit, a derived sum, a 合计 row', () => {
    expect(summaryTable(treeDef, must(byKind), { groups: [g] })).toEqual({
      fields: ['树的种类', '鸟窝', '全部鸟窝'],
      rows: [
        ['松树', 9, 9],
        ['柳树', 6, 9],
        ['合计', 15, 18],
      ],
    });
  });

  test('chosen records sort by their title, an empty choice first and a deleted one apart', () => {
    expect(summaryTable(treeDef, must(byYard), { groups: [g] }).rows).toEqual([
      ['', '松树', 3],
      ['东院', '松树', 1],
      ['东院', '柳树', 4],
      ['西院', '柳树', 2],
      ['（已删除）', '松树', 5],
      ['合计', '', 15],
    ]);
  });

  test('one row: no 合计 row', () => {
    const one = treeGroup(2, { tree: [tree(31, { species: 'pine', visit: 'spring', birds: 1 })] });
    expect(summaryTable(treeDef, must(byKind), { groups: [one] }).rows).toEqual([['松树', 1, 1]]);
  });

  test('comparison: every summed field before, after and the change', () => {
    const t = comparisonTable(treeDef, must(springAutumn), { groups: [g] });
    expect(t.fields).toEqual([
      '树的种类',
      '鸟窝 春天',
      '鸟窝 秋天',
      '鸟窝 变化',
      '高度（米） 春天',
      '高度（米） 秋天',
      '高度（米） 变化',
    ]);
    expect(t.rows).toEqual([
      ['松树', 1, 8, '+7', 3, 6, '+3'],
      ['柳树', 2, 4, '+2', 3, 3, '0'],
    ]);
  });

  test('comparison: a kind seen only in the second round has an empty first side', () => {
    const autumnOnly = treeGroup(3, {
      tree: [tree(41, { species: 'willow', visit: 'autumn', birds: 2 })],
    });
    expect(comparisonTable(treeDef, must(springAutumn), { groups: [autumnOnly] }).rows).toEqual([
      ['柳树', null, 2, '', null, 3, ''],
    ]);
  });
});

describe('signed', () => {
  test('property: reads back as the number, rounded to a millionth, with a real minus sign', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        const s = signed(n);
        const back = Number(s.replace('−', '-'));
        expect(back).toBeCloseTo(n, 5);
        expect(s).not.toContain('-');
        if (Math.round(n * 1e6) === 0) expect(s).toBe('0');
      }),
    );
  });
});

// Random litter surveys of a few groups and zones.
const countsArb = fc.tuple(
  fc.nat({ max: 50 }),
  fc.nat({ max: 50 }),
  fc.nat({ max: 50 }),
  fc.nat({ max: 50 }),
);
const groupsArb = fc
  .array(
    fc.record({
      zoneName: fc.constantFrom('操场', '门口', '花坛'),
      surveys: fc.array(
        fc.tuple(fc.constantFrom<'first' | 'second'>('first', 'second'), countsArb),
        {
          maxLength: 4,
        },
      ),
    }),
    { maxLength: 5 },
  )
  .map((gs) =>
    gs.map((g, i): InvestigationClassGroup => {
      const z = zone(100 * (i + 1), g.zoneName);
      return {
        ...litterGroup(i + 1, `第${i + 1}组`, g.zoneName, [0, 0, 0, 0], [0, 0, 0, 0]),
        records: {
          zone: [z],
          survey: g.surveys.map(([round, c], j) => survey(100 * (i + 1) + j + 1, z.id, round, c)),
        },
      };
    }),
  );

describe('properties of the class tables', () => {
  test('the 合计 row adds up the rows, and the rows add up every survey', () => {
    fc.assert(
      fc.property(groupsArb, (groups) => {
        const t = summaryTable(def, must(byZone), { groups });
        const body = t.rows.filter((r) => r[0] !== '合计');
        const all = groups.flatMap((g) => g.records['survey'] ?? []);
        const total = ['recyclable', 'hazardous', 'kitchen', 'other'].map((id) =>
          all.reduce((n, r) => n + Number(r.values[id]), 0),
        );
        const column = (i: number) => body.reduce((n, r) => n + Number(r[2 + i]), 0);
        if (all.length) expect([0, 1, 2, 3].map(column)).toEqual(total);
        if (body.length > 1)
          expect(t.rows.at(-1)).toEqual(['合计', '', ...total, total.reduce((a, b) => a + b, 0)]);
        else expect(t.rows).toHaveLength(body.length);
        // Each row's 合计 column is the sum of its four categories.
        for (const r of body)
          expect(r[6]).toBe(Number(r[2]) + Number(r[3]) + Number(r[4]) + Number(r[5]));
        // The per-round table says the same totals.
        const rounds = summaryTable(def, must(byRound), { groups }).rows.filter(
          (r) => r[0] !== '合计',
        );
        expect(rounds.reduce((n, r) => n + Number(r[5]), 0)).toBe(total.reduce((a, b) => a + b, 0));
      }),
    );
  });

  test('before vs after: the change is the second round minus the first, per zone', () => {
    fc.assert(
      fc.property(groupsArb, (groups) => {
        const first = summaryTable(def, must(byZone), { groups });
        const t = comparisonTable(def, must(beforeAfter), { groups });
        for (const row of t.rows) {
          const find = (round: string) => first.rows.find((r) => r[0] === row[0] && r[1] === round);
          const [b, a] = [find('第一次'), find('第二次')];
          for (let i = 0; i < 5; i += 1) {
            expect(row[1 + 3 * i]).toBe(b ? b[2 + i] : null);
            expect(row[2 + 3 * i]).toBe(a ? a[2 + i] : null);
            expect(row[3 + 3 * i]).toBe(a && b ? signed(Number(a[2 + i]) - Number(b[2 + i])) : '');
          }
        }
        expect(new Set(t.rows.map((r) => r[0])).size).toBe(t.rows.length);
      }),
    );
  });
});

describe('summary ratios and count', () => {
  // Nests per bird (only trees with nests counted), per 10 birds rounded, and how many trees.
  const ratioDef = InvestigationDefinitionSchema.parse({
    ...treeDef,
    summaries: [
      {
        id: 'per-bird',
        title: '每只鸟',
        kind: 'tree',
        groupBy: ['species'],
        sum: ['birds'],
        ratios: [
          { id: 'nestsPerBird', label: '每只鸟的新鸟窝', unit: '个', of: 'nests', per: 'birds' },
          { id: 'per10', label: '每 10 只鸟', of: 'nests', per: 'birds', scale: 10, round: 1 },
        ],
        count: { id: 'trees', label: '树', unit: '棵' },
      },
      {
        id: 'only-count',
        title: '几棵',
        kind: 'tree',
        groupBy: ['visit'],
        sum: [],
        count: { id: 'n', label: '树' },
      },
    ],
    charts: [
      { id: 'c1', title: '每只鸟', type: 'bar', summary: 'per-bird', value: 'per10', unit: '个' },
      { id: 'c2', title: '几棵', type: 'bar', summary: 'only-count', value: 'n', unit: '棵' },
    ],
  });
  const g = treeGroup(1, {
    tree: [
      tree(21, { species: 'willow', visit: 'spring', birds: 2, nests: 1 }),
      tree(22, { species: 'willow', visit: 'autumn', birds: 4 }),
      tree(23, { species: 'pine', visit: 'autumn', birds: 3, nests: 2 }),
      tree(24, { species: 'pine', visit: 'autumn', birds: 0, nests: 1 }),
    ],
  });
  const [perBird, onlyCount] = ratioDef.summaries;

  test('a ratio over the records that have both numbers; the 合计 row over every such record; the count', () => {
    expect(summaryTable(ratioDef, must(perBird), { groups: [g] })).toEqual({
      fields: ['树的种类', '鸟窝', '每只鸟的新鸟窝（个）', '每 10 只鸟', '树（棵）'],
      rows: [
        // Pine: nests 3 over birds 3 (the tree with 0 birds adds 0 to both).
        ['松树', 3, 1, 10, 2],
        // Willow: the tree without nests is left out of the ratio: 1 nest over 2 birds.
        ['柳树', 6, 0.5, 5, 2],
        ['合计', 9, 0.8, 8, 4],
      ],
    });
  });

  test('nothing to divide by: no ratio (—), not Infinity', () => {
    const none = treeGroup(2, {
      tree: [tree(31, { species: 'pine', visit: 'spring', birds: 0, nests: 4 })],
    });
    expect(summaryTable(ratioDef, must(perBird), { groups: [none] }).rows).toEqual([
      ['松树', 0, null, null, 1],
    ]);
  });

  test('a summary of only a count; charts draw a ratio or the count with its label', () => {
    expect(summaryTable(ratioDef, must(onlyCount), { groups: [g] }).rows).toEqual([
      ['春天', 1],
      ['秋天', 3],
      ['合计', 4],
    ]);
    const [c1, c2] = ratioDef.charts ?? [];
    expect(chartData(ratioDef, must(c1), { groups: [g] })).toEqual({
      rowLabel: '树的种类',
      labels: ['松树', '柳树'],
      series: [{ label: '每 10 只鸟', data: [10, 5] }],
    });
    expect(chartData(ratioDef, must(c2), { groups: [g] }).series).toEqual([
      { label: '树', data: [1, 3] },
    ]);
  });

  test('property: a ratio is the quotient of the sums of the records with both, never Infinity or NaN', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            birds: fc.integer({ min: 0, max: 50 }),
            nests: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (trees) => {
          const group = treeGroup(3, {
            tree: trees.map((t, i) => tree(40 + i, { species: 'pine', visit: 'spring', ...t })),
          });
          const row = summaryTable(ratioDef, must(perBird), { groups: [group] }).rows[0] ?? [];
          const both = trees.filter((t) => t.nests !== null);
          const per = both.reduce((n, t) => n + t.birds, 0);
          const of = both.reduce((n, t) => n + (t.nests ?? 0), 0);
          expect(row[2]).toBe(per > 0 ? of / per : null);
          expect(row[4]).toBe(trees.length);
          for (const c of row) if (typeof c === 'number') expect(Number.isFinite(c)).toBe(true);
        },
      ),
    );
  });
});

describe('a group whose file has no list of the kind', () => {
  test('adds nothing to the tables; the other groups’ rows stay', () => {
    const g = treeGroup(1, { tree: [tree(21, { species: 'pine', visit: 'spring', birds: 2 })] });
    const bare = { ...treeGroup(2, {}), records: {} };
    const [kindTable] = treeDef.summaries;
    expect(summaryTable(treeDef, must(kindTable), { groups: [g, bare] }).rows).toEqual([
      ['松树', 2, 2],
    ]);
    const [compare] = treeDef.comparisons ?? [];
    expect(comparisonTable(treeDef, must(compare), { groups: [bare] }).rows).toEqual([]);
  });
});
