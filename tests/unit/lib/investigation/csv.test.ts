import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { must } from '../../../support/gum-data';
import { def, litterGroup, survey } from '../../../support/litter-data';
import { tree, treeDef, treeGroup, yard } from '../../../support/tree-data';
import {
  investigationCsv,
  investigationCsvName,
  investigationCsvTable,
} from '../../../../src/lib/investigation/csv';
import type { InvestigationClassGroup } from '../../../../src/schemas/investigation/records';

const rowsOf = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('investigationCsvTable', () => {
  test('choices as labels, derived values computed, numbers kept as numbers', () => {
    const g = treeGroup(1, {
      yard: [yard(11, '西院')],
      tree: [
        tree(21, {
          yard: yard(11, '').id,
          species: 'willow',
          visit: 'spring',
          birds: 2,
          nests: 1,
          height: 4.5,
        }),
      ],
    });
    expect(investigationCsvTable(treeDef, must(treeDef.csv[0]), { groups: [g] })).toEqual({
      fields: ['小组', '院子', '树的种类', '鸟窝', '全部鸟窝', '高度（米）'],
      rows: [['第1组', '西院', '柳树', 2, 3, 4.5]],
    });
  });

  test('a column the kind does not have (a newer definition’s) gets its id and empty cells', () => {
    const file = { kind: 'tree', label: '树', columns: ['group', 'girth'] };
    const g = treeGroup(1, { tree: [tree(21, { species: 'pine', visit: 'spring', birds: 0 })] });
    expect(investigationCsvTable(treeDef, file, { groups: [g] })).toEqual({
      fields: ['小组', 'girth'],
      rows: [['第1组', null]],
    });
  });

  test('a group without the list of the file’s kind adds no row', () => {
    const file = { kind: 'tree', label: '树', columns: ['group', 'species'] };
    const g = treeGroup(1, { tree: [tree(21, { species: 'pine', visit: 'spring', birds: 0 })] });
    const { tree: _, ...noTrees } = g.records;
    const table = investigationCsvTable(treeDef, file, {
      groups: [g, { ...treeGroup(2, {}), records: noTrees }],
    });
    expect(table.rows).toEqual([['第1组', '松树']]);
  });

  test('no groups: only the header', () => {
    const text = investigationCsv(def, must(def.csv[1]), { groups: [] });
    expect(text.startsWith('\uFEFF小组,区域名称,面积（平方米）\r\n')).toBe(true);
    expect(rowsOf(text)).toEqual([['小组', '区域名称', '面积（平方米）']]);
  });
});

describe('investigationCsv', () => {
  // Text that a spreadsheet would run, or that breaks a naive CSV.
  const risky = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc
      .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ maxLength: 10 }))
      .map(([a, b]) => a + b),
    fc.constantFrom(
      '=HYPERLINK("http://x","点我")',
      '@SUM(A1)',
      '-1+1',
      'a,"b"\r\nc',
      '=1+2\n备注',
    ),
  );

  test('property: every text cell reads back as typed, formula starts neutralised with a quote', () => {
    fc.assert(
      fc.property(risky, risky, risky, (groupName, zoneName, note) => {
        const g = litterGroup(3, groupName, zoneName, [1, 0, 0, 0], [0, 0, 0, 0]);
        const z = must(must(g.records['zone'])[0]);
        const noted: InvestigationClassGroup = {
          ...g,
          records: { zone: [z], survey: [survey(301, z.id, 'first', [1, 0, 2, 0], { note })] },
        };
        const text = investigationCsv(def, must(def.csv[0]), { groups: [noted] });
        expect(text.startsWith('\uFEFF小组,区域,第几次调查,调查日期,')).toBe(true);
        expect(text.endsWith('\r\n')).toBe(true);
        const rows = rowsOf(text);
        expect(rows).toHaveLength(2);
        const cells = must(rows[1]);
        const shown = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(cells[0]).toBe(shown(groupName));
        expect(cells[1]).toBe(shown(zoneName));
        expect(cells.at(-1)).toBe(shown(note));
        // Counts are plain numbers; the derived 合计 too; empty weights are empty cells.
        expect(cells.slice(4, 10)).toEqual(['1', '0', '2', '0', '3', '']);
        for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  test('file names', () => {
    expect(investigationCsvName(def, must(def.csv[0]), '2026-11-30')).toBe(
      '校园垃圾大调查-调查记录-2026-11-30.csv',
    );
    expect(investigationCsvName(treeDef, must(treeDef.csv[0]), '2027-04-01')).toBe(
      '校园树木-树-2027-04-01.csv',
    );
  });
});
