import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DATE_FORMAT,
  TIME_FORMAT,
  classSheet,
  classWorkbook,
  excelDate,
  excelDateTime,
  textWidth,
  xlsxFileName,
  type XlsxCell,
} from '../../../../src/lib/gum-class/xlsx';
import { csvKinds, csvTable } from '../../../../src/lib/gum-class/tables';
import { classGroupFromExport, mergeGroups } from '../../../../src/lib/gum-merge';
import { emptyClassData } from '../../../../src/schemas/gum-class';
import { makeGroupExport, must } from '../../../support/gum-data';

const file = makeGroupExport(1, { surveys: 3, measurements: 2, observations: 2 });
file.surveys[0] = {
  ...must(file.surveys[0]),
  note: '=HYPERLINK("http://x","点我")',
  placeName: '+1',
};
const data = mergeGroups(emptyClassData(), [classGroupFromExport(file)]).data;

describe('textWidth', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['小组', 4],
    ['面积（平方米）', 14],
    ['a小b', 4],
    ['𠀀', 2],
  ])('%j → %i', (t, w) => expect(textWidth(t)).toBe(w));
});

describe('excelDate / excelDateTime', () => {
  test.each([
    ['2026-11-29', Date.UTC(2026, 10, 29)],
    ['2026-02-30', null],
    ['2026-1-2', null],
    ['', null],
    ['<script>', null],
  ])('%j', (t, ms) => expect(excelDate(t)?.getTime() ?? null).toBe(ms));
  test.each([
    ['2026-11-29T02:30:00.000Z', 480, Date.UTC(2026, 10, 29, 10, 30)],
    ['2026-11-29T02:30:00.000Z', 0, Date.UTC(2026, 10, 29, 2, 30)],
    ['not a time', 480, null],
    ['2026-11-29', 480, null],
  ])('%j at %i minutes', (t, off, ms) => expect(excelDateTime(t, off)?.getTime() ?? null).toBe(ms));
});

describe('classWorkbook', () => {
  const sheets = classWorkbook(data, 480);

  test('one sheet per table, Chinese names, the header row frozen and bold', () => {
    expect(sheets.map((s) => s.sheet)).toEqual([
      '小组',
      '残胶清点',
      '残胶测量',
      '预测',
      '分解观察',
    ]);
    for (const [i, s] of sheets.entries()) {
      const table = csvTable(data, csvKinds[i] ?? 'groups');
      expect(s.stickyRowsCount).toBe(1);
      expect(s.data[0]?.map((c) => (c?.type === String ? c.value : null))).toEqual(table.fields);
      expect(s.data).toHaveLength(table.rows.length + 1);
      expect(s.columns).toHaveLength(table.fields.length);
    }
  });

  test('numbers are numbers, dates are dates, formula-looking text is text', () => {
    const surveys = classSheet(data, 'surveys', 480);
    const header = (surveys.data[0] ?? []).map((c) => (c?.type === String ? c.value : ''));
    const row = must(surveys.data[1]);
    const at = (name: string): XlsxCell => row[header.indexOf(name)] ?? null;
    expect(at('残胶数量（块）')).toEqual({ type: Number, value: must(file.surveys[0]).count });
    expect(at('日期')).toMatchObject({ type: Date, format: DATE_FORMAT });
    expect(at('最后修改')).toMatchObject({ type: Date, format: TIME_FORMAT });
    expect(at('备注')).toEqual({ type: String, value: '=HYPERLINK("http://x","点我")' });
    expect(at('地点名称')).toEqual({ type: String, value: '+1' });
  });

  test('columns fit the widest Chinese cell and stay within bounds', () => {
    const groups = classSheet(data, 'groups', 0);
    expect(groups.columns[0]?.width).toBeGreaterThanOrEqual(textWidth('小组') + 2);
    for (const s of sheets) for (const c of s.columns) expect(c.width).toBeGreaterThanOrEqual(6);
    for (const s of sheets) for (const c of s.columns) expect(c.width).toBeLessThanOrEqual(50);
  });

  test('any text a tablet sends stays a text cell, never a formula', () => {
    fc.assert(
      fc.property(fc.string(), (note) => {
        const f = makeGroupExport(2, { surveys: 1, measurements: 0, observations: 0 });
        f.surveys[0] = { ...must(f.surveys[0]), note };
        const d = mergeGroups(emptyClassData(), [classGroupFromExport(f)]).data;
        const s = classSheet(d, 'surveys', 0);
        const noteAt = must(s.data[0]).findIndex((c) => c?.value === '备注');
        const cell = must(s.data[1])[noteAt];
        if (note === '') expect(cell).toBeNull();
        else expect(cell).toEqual({ type: String, value: note });
      }),
    );
  });
});

describe('cells that are not what their column expects', () => {
  test('a date or time that does not parse stays text; empty text is an empty cell', () => {
    const f = makeGroupExport(3, { surveys: 2, measurements: 0, observations: 0 });
    // Not valid for the schema, but the sheet must not turn them into wrong dates.
    f.surveys[0] = { ...must(f.surveys[0]), date: '三月二日', updatedAt: 'yesterday', note: '' };
    const d = mergeGroups(emptyClassData(), [classGroupFromExport(f)]).data;
    const s = classSheet(d, 'surveys', 0);
    const header = (s.data[0] ?? []).map((c) => (c?.type === String ? c.value : ''));
    const row = must(s.data[1]);
    const at = (name: string): XlsxCell => row[header.indexOf(name)] ?? null;
    expect(at('日期')).toEqual({ type: String, value: '三月二日' });
    expect(at('最后修改')).toEqual({ type: String, value: 'yesterday' });
    expect(at('备注')).toBeNull();
  });

  test('a number that is not finite is an empty cell, not NaN in the file', () => {
    const f = makeGroupExport(4, { surveys: 1, measurements: 0, observations: 0 });
    f.surveys[0] = { ...must(f.surveys[0]), count: Number.NaN, areaSquareMetres: Infinity };
    const d = mergeGroups(emptyClassData(), [classGroupFromExport(f)]).data;
    const s = classSheet(d, 'surveys', 0);
    const header = (s.data[0] ?? []).map((c) => (c?.type === String ? c.value : ''));
    const row = must(s.data[1]);
    expect(row[header.indexOf('残胶数量（块）')]).toBeNull();
    expect(row[header.indexOf('面积（平方米）')]).toBeNull();
  });
});

describe('xlsxFileName', () => {
  test.each([
    ['2026-11-29', '口香糖实验-全班-2026-11-29.xlsx'],
    ['2027-01-01', '口香糖实验-全班-2027-01-01.xlsx'],
  ])('%s → %s', (date, name) => expect(xlsxFileName(date)).toBe(name));
});
