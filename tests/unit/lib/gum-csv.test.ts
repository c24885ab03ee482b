import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { emptyClassData, type ClassData } from '../../../src/schemas/gum-class';
import {
  FORMULA_START,
  classCsv,
  csvFileName,
  csvKinds,
  csvTable,
  toCsv,
} from '../../../src/lib/gum-csv';
import { classGroupFromExport, mergeGroups } from '../../../src/lib/gum-merge';
import { makeGroupExport } from '../../support/gum-data';

/** Parse CSV text back as a spreadsheet would: rows of strings. */
function parseBack(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const r = Papa.parse<string[]>(text.slice(1), { delimiter: ',', skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

/** What a cell should read as after neutralising. */
const expected = (v: string | number | null) =>
  v === null ? '' : typeof v === 'number' ? String(v) : FORMULA_START.test(v) ? `'${v}` : v;

function classWith(notes: string[]): ClassData {
  const file = makeGroupExport(1, { surveys: notes.length, measurements: 1, observations: 1 });
  file.group = { ...file.group, name: '=第1组' };
  file.surveys = file.surveys.map((s, i) => ({ ...s, note: notes[i] ?? '' }));
  return mergeGroups(emptyClassData(), [classGroupFromExport(file)]).data;
}

describe('CSV export', () => {
  const tricky = [
    '=HYPERLINK("http://x","点我")',
    '+1+2',
    '-3',
    '@SUM(A1)',
    '\tTAB',
    '\rCR',
    '=1+2\n第二行',
    '逗号, "引号" 和\n换行',
    '口香糖残胶 😀',
    '<script>alert(1)</script>',
    '  前后有空格  ',
  ];

  test('BOM, Chinese headers, quoting and neutralised formulas survive a parse back', () => {
    const data = classWith(tricky);
    const text = classCsv(data, 'surveys');
    const rows = parseBack(text);
    const table = csvTable(data, 'surveys');
    expect(rows[0]).toEqual(table.fields);
    expect(rows[0]?.[0]).toBe('小组');
    expect(rows.slice(1)).toEqual(table.rows.map((r) => r.map(expected)));
    const note = table.fields.indexOf('备注');
    const notes = rows.slice(1).map((r) => r[note]);
    expect(notes).toContain("'=1+2\n第二行");
    expect(notes).toContain("'-3");
    expect(notes).toContain('逗号, "引号" 和\n换行');
    // The group name "=第1组" is neutralised too.
    expect(rows[1]?.[0]).toBe("'=第1组");
    // No cell read back starts a formula.
    for (const row of rows) for (const cell of row) expect(FORMULA_START.test(cell)).toBe(false);
  });

  test("papaparse's own escapeFormulae misses a formula followed by a line break", () => {
    const own = Papa.unparse([['=1+2\nx']], { escapeFormulae: true });
    expect(Papa.parse<string[]>(own).data[0]?.[0]).toBe('=1+2\nx');
    expect(
      Papa.parse<string[]>(toCsv({ fields: ['a'], rows: [['=1+2\nx']] }).slice(1)).data[1]?.[0],
    ).toBe("'=1+2\nx");
  });

  test('numbers stay numbers, including negative ones; empty values are empty cells', () => {
    const rows = parseBack(
      toCsv({
        fields: ['数', '空'],
        rows: [
          [-3, null],
          [2.5, ''],
        ],
      }),
    );
    expect(rows).toEqual([
      ['数', '空'],
      ['-3', ''],
      ['2.5', ''],
    ]);
  });

  test.each(csvKinds)('%s: one header row and one row per record, all parse back', (kind) => {
    const data = mergeGroups(emptyClassData(), [
      classGroupFromExport(makeGroupExport(1)),
      classGroupFromExport(makeGroupExport(2)),
    ]).data;
    const rows = parseBack(classCsv(data, kind));
    const table = csvTable(data, kind);
    expect(rows.length).toBe(table.rows.length + 1);
    expect(rows.slice(1)).toEqual(table.rows.map((r) => r.map(expected)));
    expect(classCsv(data, kind).endsWith('\r\n')).toBe(true);
  });

  test('observations: one row per item and medium, with the day number', () => {
    const data = mergeGroups(emptyClassData(), [
      classGroupFromExport(makeGroupExport(1, { observations: 2 })),
    ]).data;
    const rows = parseBack(classCsv(data, 'observations'));
    expect(rows.length).toBe(1 + 2 * 12);
    expect(rows[1]?.slice(0, 7)).toEqual([
      '第1组',
      '2026-03-02',
      '0',
      '小明',
      '口香糖残胶',
      '土埋',
      '无变化',
    ]);
  });

  test('any note text parses back to itself or its neutralised form', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }),
        (notes) => {
          const rows = parseBack(
            toCsv({ fields: ['序号', '备注'], rows: notes.map((n, i) => [i, n]) }),
          );
          expect(rows.slice(1)).toEqual(notes.map((n, i) => [String(i), expected(n)]));
        },
      ),
    );
  });

  test('file names', () => {
    expect(csvFileName('surveys', '2026-03-10')).toBe('口香糖实验-残胶清点-2026-03-10.csv');
  });
});
