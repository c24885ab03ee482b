import { must } from '../../../support/gum-data';
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { def, litterGroup, survey } from '../../../support/litter-data';
import { comparisonTable, signed, summaryTable } from '../../../../src/lib/investigation/summary';
import { investigationCsv, investigationCsvName } from '../../../../src/lib/investigation/csv';
import type { InvestigationClassData } from '../../../../src/schemas/investigation/records';

const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);
// A second group surveying a zone of the same name (with a stray space) adds to its row.
const g6 = litterGroup(6, '第6组', ' 操场', [1, 0, 0, 0], [1, 0, 0, 1]);
const data: InvestigationClassData = { groups: [g3, g5, g6] };
const [byZone, byRound] = def.summaries;
const [beforeAfter] = def.comparisons ?? [];

describe('summaryTable', () => {
  test('per zone × round, the four categories and their total, zones of one name together', () => {
    expect(summaryTable(def, must(byZone), data)).toEqual({
      fields: [
        '区域',
        '第几次调查',
        '可回收物（件）',
        '有害垃圾（件）',
        '厨余垃圾（件）',
        '其他垃圾（件）',
        '合计（件）',
      ],
      rows: [
        ['操场', '第一次', 13, 1, 3, 7, 24],
        ['操场', '第二次', 6, 0, 1, 3, 10],
        ['食堂门口', '第一次', 20, 0, 9, 11, 40],
        ['食堂门口', '第二次', 8, 0, 4, 6, 18],
        ['合计', '', 47, 1, 17, 27, 92],
      ],
    });
  });

  test('per round for the class, weights summed where weighed and empty where not', () => {
    const z = must(must(g3.records['zone'])[0]).id;
    const weighed = {
      groups: [
        {
          ...g3,
          records: {
            ...g3.records,
            survey: [survey(1, z, 'first', [2, 0, 1, 0], { grams: [120, null, 35.5, null] })],
          },
        },
      ],
    };
    expect(summaryTable(def, must(byRound), weighed).rows).toEqual([
      ['第一次', 2, 0, 1, 0, 3, 155.5],
    ]);
    expect(summaryTable(def, must(byRound), data).rows[0]).toEqual([
      '第一次',
      33,
      1,
      12,
      18,
      64,
      null,
    ]);
  });

  test('no records: no rows', () => {
    expect(summaryTable(def, must(byZone), { groups: [] }).rows).toEqual([]);
  });
});

describe('comparisonTable', () => {
  test('second minus first per zone and category', () => {
    const t = comparisonTable(def, must(beforeAfter), data);
    expect(t.fields.slice(0, 4)).toEqual([
      '区域',
      '可回收物（件） 第一次',
      '可回收物（件） 第二次',
      '可回收物（件） 变化',
    ]);
    // On screen: 区域 over both header rows, each category over its three short headers.
    expect(t.bands?.slice(0, 2)).toEqual([
      { label: '区域', span: 1 },
      { label: '可回收物（件）', span: 3 },
    ]);
    expect(t.short?.slice(0, 3)).toEqual(['第一次', '第二次', '变化']);
    expect(t.short).toHaveLength(t.fields.length - 1);
    expect(t.bands?.reduce((n, b) => n + b.span, 0)).toBe(t.fields.length);
    expect(t.rows).toEqual([
      ['操场', 13, 6, '−7', 1, 0, '−1', 3, 1, '−2', 7, 3, '−4', 24, 10, '−14'],
      ['食堂门口', 20, 8, '−12', 0, 0, '0', 9, 4, '−5', 11, 6, '−5', 40, 18, '−22'],
    ]);
  });

  test('a zone surveyed once has no difference', () => {
    const only = {
      ...g5,
      records: { ...g5.records, survey: must(g5.records['survey']).slice(0, 1) },
    };
    expect(
      comparisonTable(def, must(beforeAfter), { groups: [only] }).rows[0]?.slice(0, 4),
    ).toEqual(['食堂门口', 20, null, '']);
  });

  test.each([
    [3, '+3'],
    [-2, '−2'],
    [0, '0'],
    [0.1 + 0.2, '+0.3'],
    [null, ''],
  ])('signed(%s) = %s', (n, s) => expect(signed(n)).toBe(s));
});

describe('investigationCsv', () => {
  test('BOM, Chinese headers with units, labels for choices, formulas neutralised', () => {
    const z = must(must(g3.records['zone'])[0]).id;
    const noted = {
      ...g3,
      records: {
        ...g3.records,
        survey: [survey(1, z, 'second', [1, 0, 0, 0], { note: '=HYPERLINK("x")' })],
      },
    };
    const text = investigationCsv(def, must(def.csv[0]), { groups: [noted] });
    expect(text.startsWith('\uFEFF小组,区域,第几次调查,调查日期,可回收物（件）')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[1]?.slice(0, 9)).toEqual([
      '第3组',
      '操场',
      '第二次',
      '2026-11-30',
      '1',
      '0',
      '0',
      '0',
      '1',
    ]);
    expect(rows[1]?.at(-1)).toBe('\'=HYPERLINK("x")');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('file name', () => {
    expect(investigationCsvName(def, must(def.csv[1]), '2026-11-30')).toBe(
      '校园垃圾大调查-区域-2026-11-30.csv',
    );
  });
});
