import { describe, expect, test } from 'vitest';
import {
  investigationWorkbook,
  investigationXlsxName,
} from '../../../../src/lib/investigation/xlsx';
import { investigationCsvTable } from '../../../../src/lib/investigation/csv';
import { mergeInvestigationGroups } from '../../../../src/lib/investigation/merge';
import { emptyInvestigationClassData } from '../../../../src/schemas/investigation/records';
import { DATE_FORMAT, TIME_FORMAT } from '../../../../src/lib/xlsx/sheet';
import { gumResidueDefinition as gum } from '../../../../src/lib/investigation/definitions';
import { migrateGumFileText } from '../../../../src/lib/investigation/legacy/gum';
import { makeGroupExport } from '../../../support/gum-data';
import { def, litterGroup, survey } from '../../../support/litter-data';

const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const zoneId = g3.records['zone']?.[0]?.id ?? '';
g3.records['survey']?.push(
  survey(399, zoneId, 'first', [1, 0, 0, 0], { note: '=1+2', grams: [250, null, null, null] }),
);
const data = mergeInvestigationGroups(emptyInvestigationClassData(), [g3]).data;

describe('investigationWorkbook', () => {
  const sheets = investigationWorkbook(def, data, 480);

  test('a sheet per CSV file, then one per summary and comparison, in the class view’s order', () => {
    expect(sheets.map((s) => s.sheet)).toEqual([
      ...def.csv.map((f) => f.label),
      ...def.summaries.map((s) => s.title),
      ...(def.comparisons ?? []).map((c) => c.title),
    ]);
    expect(sheets.every((s) => s.stickyRowsCount === 1)).toBe(true);
  });

  test('the records sheet has the CSV’s headers, numbers as numbers, dates as dates, text as text', () => {
    const csv = investigationCsvTable(def, must(def.csv[0]), data);
    const [header, ...rows] = must(sheets[0]).data;
    expect(header?.map((c) => c?.value)).toEqual(csv.fields);
    const col = (name: string) => csv.fields.indexOf(name);
    const first = must(rows[0]);
    expect(first[col('可回收物（件）')]).toEqual({ type: Number, value: 12 });
    expect(first[col('合计（件）')]).toEqual({ type: Number, value: 23 });
    expect(first[col('调查日期')]).toEqual({
      type: Date,
      value: new Date(Date.UTC(2026, 10, 16)),
      format: DATE_FORMAT,
    });
    expect(first[col('区域')]).toEqual({ type: String, value: '操场' });
    const last = must(rows.find((r) => r[col('备注')] !== null));
    expect(last[col('备注')]).toEqual({ type: String, value: '=1+2' });
    expect(last[col('可回收物重量（克）')]).toEqual({ type: Number, value: 250 });
    expect(last[col('有害垃圾重量（克）')]).toBeNull();
  });

  test('a record’s last change (最后修改) is a date-time in local time, not text', () => {
    const r = migrateGumFileText(gum, JSON.stringify(makeGroupExport(1, { surveys: 1 })), 4e12);
    if (!r.ok) throw new Error(r.errors.join(''));
    const gumData = { groups: r.value.groups };
    const csv = investigationCsvTable(gum, must(gum.csv[0]), gumData);
    const [, row] = must(investigationWorkbook(gum, gumData, 480)[0]).data;
    const updatedAt = must(gumData.groups[0]?.records['survey']?.[0]).updatedAt;
    expect(must(row)[csv.fields.indexOf('最后修改')]).toEqual({
      type: Date,
      // 8 hours east of UTC (Beijing): the wall-clock time stored as if it were UTC.
      value: new Date(Date.parse(updatedAt) + 480 * 60_000),
      format: TIME_FORMAT,
    });
  });

  test('the before/after sheet keeps its signed numbers', () => {
    const cmp = must(sheets[sheets.length - 1]);
    expect(cmp.data[1]?.[0]).toEqual({ type: String, value: '操场' });
    expect(cmp.data.flat().some((c) => c?.type === Number)).toBe(true);
  });

  test('an empty class still gives every sheet with its header', () => {
    const empty = investigationWorkbook(def, emptyInvestigationClassData(), 0);
    expect(empty.map((s) => s.sheet)).toEqual(sheets.map((s) => s.sheet));
    // The record sheets hold only their header.
    expect(empty.slice(0, def.csv.length).map((s) => s.data.length)).toEqual(def.csv.map(() => 1));
  });

  test('file name', () => {
    expect(investigationXlsxName(def, '2026-11-30')).toBe('校园垃圾大调查-全班-2026-11-30.xlsx');
  });
});

function must<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('missing');
  return v;
}
