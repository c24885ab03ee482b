import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DATE_FORMAT,
  TIME_FORMAT,
  excelDate,
  excelDateTime,
  sheetName,
  tableSheet,
} from '../../../../src/lib/xlsx/sheet';

describe('sheetName', () => {
  test.each([
    ['调查记录', [], '调查记录'],
    ['a/b:c*d?e[f]g\\h', [], 'a_b_c_d_e_f_g_h'],
    ['', [], '表'],
    ['   ', [], '表'],
    ['区域', ['区域'], '区域（2）'],
    ['Zone', ['zone', 'Zone（2）'], 'Zone（3）'],
    ['长'.repeat(40), [], '长'.repeat(31)],
    ['长'.repeat(40), ['长'.repeat(31)], `${'长'.repeat(28)}（2）`],
  ])('%j (taken %j) → %j', (wanted, taken, name) => {
    expect(sheetName(wanted, taken)).toBe(name);
  });

  test('any wanted name gives a name Excel accepts, unlike those taken', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 31 }), { maxLength: 5 }), (w, t) => {
        const n = sheetName(w, t);
        expect([...n].length).toBeGreaterThan(0);
        expect([...n].length).toBeLessThanOrEqual(31);
        expect(n).not.toMatch(/[:\\/?*[\]]/);
        expect(t.map((x) => x.toLowerCase())).not.toContain(n.toLowerCase());
      }),
    );
  });
});

describe('tableSheet', () => {
  const table = {
    fields: ['小组', '日期', '导出时间', '件数'],
    rows: [
      ['=HYPERLINK("http://x")', '2026-11-29', '2026-11-29T02:00:00.000Z', 12],
      ['第5组', 'not a date', null, Number.NaN],
    ],
  };
  const kinds = ['', 'date', 'time', ''] as const;
  const sheet = tableSheet('记录', table, (_, i) => kinds[i] || null, 480);

  test('header bold and frozen, a column kind per index', () => {
    expect(sheet.sheet).toBe('记录');
    expect(sheet.stickyRowsCount).toBe(1);
    expect(sheet.data[0]?.[0]).toEqual({
      type: String,
      value: '小组',
      fontWeight: 'bold',
      backgroundColor: '#E8F0E0',
    });
    expect(sheet.data[1]).toEqual([
      { type: String, value: '=HYPERLINK("http://x")' },
      { type: Date, value: new Date(Date.UTC(2026, 10, 29)), format: DATE_FORMAT },
      { type: Date, value: new Date(Date.UTC(2026, 10, 29, 10)), format: TIME_FORMAT },
      { type: Number, value: 12 },
    ]);
    // Text that is not a date stays text; empty and non-finite cells are empty.
    expect(sheet.data[2]).toEqual([
      { type: String, value: '第5组' },
      { type: String, value: 'not a date' },
      null,
      null,
    ]);
    expect(sheet.columns.map((c) => c.width)).toEqual([24, 12, 18, 8]);
  });
});

describe('excelDate and excelDateTime: only real days and moments', () => {
  test.each<[string, string | null]>([
    ['2026-11-30', '2026-11-30T00:00:00.000Z'],
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['2026-1-5', null],
    ['', null],
  ])('excelDate(%j)', (ymd, iso) => {
    expect(excelDate(ymd)?.toISOString() ?? null).toBe(iso);
  });
  test.each<[string, number, string | null]>([
    ['2026-11-30T10:00:00.000Z', 480, '2026-11-30T18:00:00.000Z'],
    ['2026-11-30T10:00:00.000Z', 0, '2026-11-30T10:00:00.000Z'],
    ['2026-11-30', 480, null],
    ['2026-11-30Tnot', 480, null],
    ['30/11/2026 10:00', 480, null],
  ])('excelDateTime(%j, %i)', (iso, offset, out) => {
    expect(excelDateTime(iso, offset)?.toISOString() ?? null).toBe(out);
  });
  test('a time column holding text that is no moment stays text', () => {
    const sheet = tableSheet(
      '表',
      { fields: ['最后修改'], rows: [['昨天'], ['2026-11-30T10:00:00.000Z']] },
      () => 'time',
      480,
    );
    expect(sheet.data[1]?.[0]).toEqual({ type: String, value: '昨天' });
    expect(sheet.data[2]?.[0]).toMatchObject({ type: Date, format: TIME_FORMAT });
  });
});
