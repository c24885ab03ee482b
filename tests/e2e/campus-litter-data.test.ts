import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { axeViolations, foreignRequests, launchBrowser, viewports, watchContext } from './browser';
import { step } from './steps';
import { pageToday } from './clock';
import { exportText, litterGroup } from '../support/litter-data';
import { investigationRecordKey } from '../../src/lib/storage/storage-keys';

const baseURL = inject('baseURL');
const recordUrl = `${baseURL}lessons/campus-litter/record/`;
const classUrl = `${baseURL}lessons/campus-litter/class/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Real clock, as in class.test.ts: survey dates come from the page's own today (pageToday).

const survey = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: '调查记录', exact: true }) });

async function readDownload(d: Download): Promise<string> {
  return readFile((await d.path()) ?? '', 'utf8');
}

/** Fill one round of the survey form the way a pupil types on a Chinese keyboard. */
async function addRound(page: Page, round: '第一次' | '第二次', counts: string[]) {
  const form = survey(page);
  await form.getByLabel('区域', { exact: true }).selectOption({ label: '操场东边' });
  await form.getByLabel('第几次调查').selectOption({ label: round });
  const labels = ['可回收物（件）', '有害垃圾（件）', '厨余垃圾（件）', '其他垃圾（件）'];
  for (const [i, label] of labels.entries()) await form.getByLabel(label).fill(counts[i] ?? '');
  // Leave the last field first: its check on blur can move the button under a finger's tap.
  await form.getByLabel('其他垃圾（件）').blur();
  await form.getByRole('button', { name: '添加一条调查记录' }).tap();
  await form.getByText('已添加一条调查记录。').waitFor();
}

describe('campus litter: a pupil records, a teacher gathers the class', () => {
  test('two rounds on a tablet, bad input beside the fields, reload, export; the class view adds two groups', async (t) => {
    const context = await browser.newContext({
      viewport: viewports.tablet,
      hasTouch: true,
      isMobile: true,
      acceptDownloads: true,
    });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(recordUrl);
    const today = await pageToday(page);

    await step(t, 'name the group and its zone', async () => {
      await page.getByLabel('小组名称').fill('第3组');
      await page.getByRole('button', { name: '开始记录' }).tap();
      await page.getByLabel('区域名称').fill('操场东边');
      await page.getByLabel(/面积（平方米）/).fill('１２０，５');
      await page.getByLabel(/面积（平方米）/).blur();
      await expect.poll(() => page.getByLabel(/面积（平方米）/).inputValue()).toBe('120.5');
      await page.getByRole('button', { name: '添加一个区域' }).tap();
      await page.getByText('已添加一个区域。').waitFor();
    });

    await step(t, 'bad input is shown beside the fields and nothing is added', async () => {
      const form = survey(page);
      await form.getByLabel('可回收物（件）').fill('2。5');
      await form.getByLabel('其他垃圾（件）').fill('🍌');
      await form.getByRole('button', { name: '添加一条调查记录' }).tap();
      await form
        .locator('#eck-survey-recyclable-error')
        .getByText('可回收物要填整数，不能有小数。')
        .waitFor();
      await form
        .locator('#eck-survey-other-error')
        .getByText('其他垃圾要填整数，例如 12。')
        .waitFor();
      await form.locator('#eck-survey-zone-error').getByText('请选择区域。').waitFor();
      expect(await form.getByLabel('可回收物（件）').getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
    });

    await step(t, 'two rounds with full-width digits', async () => {
      await addRound(page, '第一次', ['１２', '１', '３', '７']);
      await addRound(page, '第二次', ['５', '０', '１', '２']);
      const list = survey(page).getByRole('list', { name: '已记录的调查记录' });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
      await expect.poll(() => list.textContent()).toMatch(/第一次.*合计 23 件.*第二次.*合计 8 件/);
      await page.locator('.eck-save-state', { hasText: '已保存' }).waitFor();
    });

    await step(t, 'a reload keeps both rounds', async () => {
      await page.reload();
      const list = survey(page).getByRole('list', { name: '已记录的调查记录' });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
      const stored = await page.evaluate(
        (k) => localStorage.getItem(k),
        investigationRecordKey('campus-litter'),
      );
      expect(JSON.parse(stored ?? '{}').records.survey[0].values).toMatchObject({
        recyclable: 12,
        date: today,
      });
    });

    const exported = await step(t, 'export the group file', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出文件' }).last().tap(),
      ]);
      expect(download.suggestedFilename()).toBe(`第3组-校园垃圾大调查-${today}.json`);
      const text = await readDownload(download);
      expect(JSON.parse(text)).toMatchObject({
        format: 'eck-investigation',
        investigation: 'campus-litter',
      });
      return { name: download.suggestedFilename(), text };
    });
    expect(foreignRequests(log, baseURL)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();

    const panel = await browser.newContext({ viewport: viewports.panel, acceptDownloads: true });
    const panelLog = watchContext(panel);
    const teacher = await panel.newPage();
    await teacher.goto(classUrl);
    await teacher.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();

    await step(t, 'import two groups’ files and see the report per file', async () => {
      const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);
      await teacher.locator('#eck-import-files').setInputFiles([
        { name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) },
        { name: '第5组.json', mimeType: 'application/json', buffer: Buffer.from(exportText(g5)) },
      ]);
      const reports = teacher.getByRole('list', { name: '导入结果' });
      await reports.getByText(/第3组（新小组）：新增 3 条/).waitFor();
      await reports.getByText(/第5组（新小组）：新增 3 条/).waitFor();
    });

    const cells = (id: string) =>
      teacher
        .locator(`table[data-table="${id}"] tbody tr`)
        .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    await step(t, 'per zone and category, per round, and before vs after', async () => {
      await expect
        .poll(() => cells('eck-summary-by-zone'))
        .toEqual([
          ['操场东边', '第一次', '12', '1', '3', '7', '23'],
          ['操场东边', '第二次', '5', '0', '1', '2', '8'],
          ['食堂门口', '第一次', '20', '0', '9', '11', '40'],
          ['食堂门口', '第二次', '8', '0', '4', '6', '18'],
          ['合计', '', '45', '1', '17', '26', '89'],
        ]);
      expect((await cells('eck-summary-by-round'))[1]).toEqual([
        '第二次',
        '13',
        '0',
        '5',
        '8',
        '26',
        '—',
      ]);
      expect((await cells('eck-compare-before-after')).map((r) => [r[0], ...r.slice(-3)])).toEqual([
        ['操场东边', '23', '8', '−15'],
        ['食堂门口', '40', '18', '−22'],
      ]);
      // On the panel (1536 px) the 16 columns fit without scrolling, no zone or number wrapped.
      const fit = await teacher
        .locator('table[data-table="eck-compare-before-after"]')
        .evaluate((table) => {
          const region = table.parentElement as HTMLElement;
          const lineHeights = [...table.querySelectorAll('tbody th, tbody td')].map(
            (c) => c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight),
          );
          return {
            overflow: region.scrollWidth - region.clientWidth,
            lines: Math.max(...lineHeights),
          };
        });
      expect(fit.overflow).toBeLessThanOrEqual(0);
      expect(fit.lines).toBeLessThan(2);
      expect(await axeViolations(teacher)).toEqual([]);
    });

    await step(t, 'CSV for Excel/WPS with a BOM and Chinese headers', async () => {
      const [download] = await Promise.all([
        teacher.waitForEvent('download'),
        teacher.getByRole('button', { name: '导出 CSV：调查记录' }).click(),
      ]);
      const csv = await readDownload(download);
      expect(csv.startsWith('\uFEFF小组,区域,第几次调查,调查日期,可回收物（件）')).toBe(true);
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
    });
    expect(foreignRequests(panelLog, baseURL)).toEqual([]);
    expect(panelLog.pageErrors).toEqual([]);
  });
});
