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
import { GUM_CLASS_KEY } from '../../src/lib/storage/storage-keys';
import { emptyClassData } from '../../src/schemas/gum-class';
import { classGroupFromExport, mergeGroups } from '../../src/lib/gum-merge';
import { csvTable } from '../../src/lib/gum-class/tables';
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
const classData = mergeGroups(emptyClassData(), [fileA, fileB].map(classGroupFromExport)).data;

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
    [GUM_CLASS_KEY, JSON.stringify(classData)] as const,
  );
  const page = await context.newPage();
  await page.goto(`${baseURL}lessons/gum-residue/class/`);
  await openNearScreenSection(page, 'eck-class-export-title');
  const before = log.pageRequests.filter((u) => u.endsWith('.js')).length;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(log.pageRequests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(before);
  expect(download.suggestedFilename()).toMatch(/^口香糖实验-全班-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await page.getByText(`已导出文件：${download.suggestedFilename()}`).waitFor();
  const bytes = await readFile(must(await download.path()));

  const sheets = await readXlsxFile(bytes);
  expect(sheets.map((s) => s.sheet)).toEqual(['小组', '残胶清点', '残胶测量', '预测', '分解观察']);
  const surveys = must(sheets[1]).data;
  const fields = csvTable(classData, 'surveys').fields;
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
  const groups = must(sheets[0]).data;
  expect(groups.slice(1).map((r) => r[2])).toEqual([fileA.surveys.length, fileB.surveys.length]);

  // In the file itself: no formula anywhere, the header row frozen, column widths set.
  const zip = unzipSync(new Uint8Array(bytes));
  const sheetXml = Object.entries(zip)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, data]) => strFromU8(data));
  expect(sheetXml).toHaveLength(5);
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
