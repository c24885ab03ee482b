import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import type { Browser } from 'playwright-core';
import {
  foreignRequests,
  launchBrowser,
  openNearScreenSection,
  viewports,
  watchContext,
} from './browser';
import { emptyInvestigationClassData } from '../../src/schemas/investigation/records';
import { mergeInvestigationGroups } from '../../src/lib/investigation/merge';
import { investigationCsvTable } from '../../src/lib/investigation/csv';
import {
  GUM_ENGINE_CLASS_KEY,
  classGroupOf,
  engineGumExport,
  gumClassPath,
  gumDef,
} from './gum-class-steps';
import { makeGroupExport, must } from '../support/gum-data';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const fileA = makeGroupExport(1, { surveys: 4, measurements: 3, observations: 2 });
const fileB = makeGroupExport(2, { surveys: 2, measurements: 1, observations: 1 });
fileB.group = { ...fileB.group, name: '=1+2' };
fileB.surveys[0] = { ...must(fileB.surveys[0]), note: '=HYPERLINK("http://x","点我")', count: 7 };
// The engine's class data of the two groups, as the class view keeps it.
const classData = mergeInvestigationGroups(
  emptyInvestigationClassData(),
  [fileA, fileB].map((f) => classGroupOf(engineGumExport(f))),
).data;

test('导出 Excel: one workbook read back with a spreadsheet reader, Chinese headers, numbers, dates, text kept as text, loaded only on the tap', async () => {
  const context = await browser.newContext({
    viewport: viewports.projector,
    acceptDownloads: true,
  });
  const log = watchContext(context);
  await context.addInitScript(
    ([key, value]) => {
      // Frames without storage (the download's blob: document) are left alone.
      try {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      } catch {
        /* no storage here */
      }
    },
    [GUM_ENGINE_CLASS_KEY, JSON.stringify(classData)] as const,
  );
  const page = await context.newPage();
  await page.goto(`${baseURL}${gumClassPath}`);
  await openNearScreenSection(page, 'eck-csv-title');
  const before = log.pageRequests.filter((u) => u.endsWith('.js')).length;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(log.pageRequests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(before);
  expect(download.suggestedFilename()).toMatch(/^口香糖残胶实验-全班-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await page.getByText(`已导出“${download.suggestedFilename()}”。`).waitFor();
  const bytes = await readFile(must(await download.path()));

  const sheets = await readXlsxFile(bytes);
  // A sheet per CSV file of the definition (the decomposition entries too) and per summary table.
  const names = [...gumDef.csv.map((f) => f.label), ...gumDef.summaries.map((x) => x.title)];
  expect(names).toEqual([
    '残胶清点',
    '残胶测量',
    '预测',
    '分解观察',
    '每种地点的残胶数量和面积',
    '每种表面的测量',
    '分解观察：每种东西放在不同地方看到的变化',
  ]);
  expect(sheets.map((s) => s.sheet)).toEqual(names);
  // The per-place table: 每平方米残胶 over the surveys with an area, and how many places.
  expect(must(sheets[4]).data[0]).toEqual([
    '地点类型',
    '残胶数量（块）',
    '面积（平方米）',
    '每平方米残胶（块）',
    '清点的地方（处）',
  ]);
  const surveys = must(sheets[0]).data;
  const fields = investigationCsvTable(gumDef, must(gumDef.csv[0]), classData).fields;
  expect(surveys[0]).toEqual(fields);
  expect(surveys).toHaveLength(fileA.surveys.length + fileB.surveys.length + 1);
  const col = (name: string) => fields.indexOf(name);
  const rowB = must(surveys.find((r) => r[col('备注')] === '=HYPERLINK("http://x","点我")'));
  expect(rowB[col('小组')]).toBe('=1+2');
  expect(rowB[col('残胶数量（块）')]).toBe(7);
  expect(typeof rowB[col('面积（平方米）')]).toBe('number');
  expect(rowB[col('日期')]).toBeInstanceOf(Date);
  expect((rowB[col('日期')] as unknown as Date).toISOString().slice(0, 10)).toBe(
    must(fileB.surveys[0]).date,
  );
  expect(rowB[col('最后修改')]).toBeInstanceOf(Date);
  // The per-place table's 合计 row: every residue of both groups, as a number.
  const byPlace = must(sheets[4]).data;
  const residues = [...fileA.surveys, ...fileB.surveys].reduce((n, x) => n + x.count, 0);
  expect(must(byPlace.find((r) => r[0] === '合计'))[1]).toBe(residues);

  // In the file itself: no formula anywhere, the header row frozen, column widths set.
  const zip = unzipSync(new Uint8Array(bytes));
  const sheetXml = Object.entries(zip)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, data]) => strFromU8(data));
  expect(sheetXml).toHaveLength(names.length);
  for (const xml of sheetXml) {
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<col [^>]*width=/);
  }
  expect(foreignRequests(log, baseURL)).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  await context.close();
});
