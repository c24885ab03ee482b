import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { toCsv, type CsvTable } from '../../../../src/lib/csv/to-csv';

describe('toCsv line ends', () => {
  test.each<[string, CsvTable, string]>([
    ['an empty table: the BOM alone, no blank line', { fields: [], rows: [] }, '\uFEFF'],
    ['headers only: one line', { fields: ['区域', '件数'], rows: [] }, '\uFEFF区域,件数\r\n'],
    ['a row', { fields: ['区域', '件数'], rows: [['操场', 3]] }, '\uFEFF区域,件数\r\n操场,3\r\n'],
    ['a row of one empty cell is kept', { fields: ['备注'], rows: [[null]] }, '\uFEFF备注\r\n\r\n'],
    ['rows without headers', { fields: [], rows: [['a'], ['b']] }, '\uFEFFa\r\nb\r\n'],
  ])('%s', (_, table, csv) => {
    expect(toCsv(table)).toBe(csv);
  });

  test('property: a line per row and the header, each ending in CRLF, read back as written', () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null));
    const table = fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc.record({
        fields: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: n, maxLength: n }),
        rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(table, (t) => {
        const csv = toCsv(t);
        expect(csv.endsWith('\r\n')).toBe(true);
        expect(
          csv.endsWith('\r\n\r\n') && t.rows.every((r) => r.some((c) => c !== null && c !== '')),
        ).toBe(false);
        const back = Papa.parse<string[]>(csv.slice(1).slice(0, -2), {
          newline: '\r\n',
          delimiter: ',',
        });
        expect(back.data).toHaveLength(t.rows.length + 1);
      }),
      // Found by a run: headers with “|” made Papa guess “|” as the delimiter.
      { examples: [[{ fields: ['|#', '|"'], rows: [[null, '']] }]] },
    );
  });
});
