import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  foreignRequests,
  launchBrowser,
  openNearScreenSection,
  pageScripts,
  viewports,
  watchContext,
} from './browser';
import { step } from './steps';
import { exportText, litterGroup } from '../support/litter-data';

const baseURL = inject('baseURL');
const classUrl = `${baseURL}lessons/campus-litter/class/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The chart code: the charts section's module, its figure, chart.js and its setup. */
const chartScript = /\/(InvestigationCharts|ChartFigure|chart-setup|chart)\.[\w-]+\.js$/;

const chartRows = (page: Page, id: string) =>
  page
    .locator(`table[data-chart="${id}"] tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));

/** How many of a canvas's pixels are each colour (exactly, as chart.js fills its bars). */
const painted = (page: Page, id: string, colours: string[]) =>
  page.locator(`#${id}-title ~ .eck-chart-box canvas`).evaluate((el: HTMLCanvasElement, hex) => {
    const ctx = el.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const d = ctx.getImageData(0, 0, el.width, el.height).data;
    const rgb = hex.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const counts = rgb.map(() => 0);
    for (let i = 0; i < d.length; i += 4) {
      rgb.forEach(([r, g, b], j) => {
        if (d[i] === r && d[i + 1] === g && d[i + 2] === b) counts[j] = (counts[j] ?? 0) + 1;
      });
    }
    return counts;
  }, colours);

describe('campus litter: the class view’s charts', () => {
  test('after two groups’ files are imported, each chart is drawn beside a table of its numbers', async (t) => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(classUrl);
    await page.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();

    await step(t, 'an empty class view loads no chart code', async () => {
      await page.getByText(/还没有小组的数据/).waitFor();
      expect(pageScripts(log).filter((u) => chartScript.test(new URL(u).pathname))).toEqual([]);
    });

    await step(t, 'import two groups’ files', async () => {
      await page.locator('#eck-import-files').setInputFiles(
        [
          litterGroup(3, '第3组', '操场东边', [12, 1, 3, 7], [5, 0, 1, 2]),
          litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]),
        ].map((g) => ({
          name: `${g.group.name}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(exportText(g)),
        })),
      );
      await page.getByRole('heading', { name: '已导入的小组（2）' }).waitFor();
    });

    await step(t, 'the charts load near the screen and every canvas is drawn', async () => {
      await openNearScreenSection(page, 'eck-charts-title');
      const canvases = page.locator('.eck-class-charts .eck-chart-box canvas');
      await expect.poll(() => canvases.count()).toBe(3);
      for (let i = 0; i < 3; i += 1) {
        await canvases.nth(i).scrollIntoViewIfNeeded();
        await page.locator(`.eck-class-charts canvas[data-drawn="true"] >> nth=${i}`).waitFor();
      }
      const loaded = pageScripts(log).map((u) => new URL(u).pathname);
      expect(loaded.some((p) => /\/chart\.[\w-]+\.js$/.test(p))).toBe(true);
      expect(loaded.some((p) => /\/InvestigationCharts\.[\w-]+\.js$/.test(p))).toBe(true);
    });

    await step(t, 'the tables hold the charts’ numbers', async () => {
      expect(await chartRows(page, 'zones')).toEqual([
        ['区域', '第一次（件）', '第二次（件）'],
        ['操场东边', '23', '8'],
        ['食堂门口', '40', '18'],
      ]);
      expect(await chartRows(page, 'categories')).toEqual([
        ['类别', '全班合计（件）'],
        ['可回收物', '45'],
        ['有害垃圾', '1'],
        ['厨余垃圾', '17'],
        ['其他垃圾', '26'],
      ]);
      expect(await chartRows(page, 'categories-before-after')).toEqual([
        ['类别', '第一次（件）', '第二次（件）'],
        ['可回收物', '32', '13'],
        ['有害垃圾', '1', '0'],
        ['厨余垃圾', '12', '5'],
        ['其他垃圾', '18', '8'],
      ]);
    });

    await step(t, 'the bars are painted in the legend’s colours', async () => {
      const [before, after] = await painted(page, 'eck-chart-zones', ['#0072B2', '#D55E00']);
      expect(before).toBeGreaterThan(1000);
      expect(after).toBeGreaterThan(1000);
      const [one, other] = await painted(page, 'eck-chart-categories', ['#0072B2', '#D55E00']);
      expect(one).toBeGreaterThan(1000);
      expect(other).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
    expect(foreignRequests(log, baseURL)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the export buttons stay where they are while the charts load (the charts come last)', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    try {
      const page = await context.newPage();
      await page.goto(classUrl);
      await page.locator('#eck-import-files').setInputFiles(
        [litterGroup(3, '第3组', '操场东边', [12, 1, 3, 7], [5, 0, 1, 2])].map((g) => ({
          name: `${g.group.name}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(exportText(g)),
        })),
      );
      await page.getByRole('heading', { name: '已导入的小组（1）' }).waitFor();
      // Hold the charts' code until the button is on screen: a teacher jumps there (End key, a
      // link to the export section) faster than the code arrives on a slow school network.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let asked!: () => void;
      const requested = new Promise<void>((resolve) => (asked = resolve));
      await context.route(/\/InvestigationCharts\.[\w-]+\.js$/, async (route) => {
        asked();
        await held;
        await route.continue();
      });
      await page.reload();
      await page.getByRole('heading', { name: '已导入的小组（1）' }).waitFor();
      const button = page.getByRole('button', { name: /导出 CSV/ }).first();
      await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
      await requested;
      // The placeholder is on screen with the button: it grows when its code comes.
      const placeholder = page.locator('section[aria-labelledby="eck-charts-title"][aria-busy]');
      const onScreen = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      expect(await placeholder.evaluate(onScreen)).toBe(true);
      // Measured after a frame: the scroll and the page's layout have settled.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const before = await button.evaluate((b) => b.getBoundingClientRect().top);
      release();
      await page.locator('.eck-class-charts').waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const after = await button.evaluate((b) => b.getBoundingClientRect().top);
      expect(Math.abs(after - before)).toBeLessThan(2);
    } finally {
      await context.close();
    }
  });
});
