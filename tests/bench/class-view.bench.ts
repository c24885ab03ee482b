/**
 * The class view with a big class: 40 tablets × 250 records (10,000 records).
 * Prints: validation and merge time in Node, and in Chromium the time to import and render
 * the class view and the longest long task. Run: `npm run build && npm run bench`.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, viewports } from '../e2e/browser';
import { emptyClassData } from '../../src/schemas/gum-class';
import { classGroupFromExport, mergeGroups } from '../../src/lib/gum-merge';
import { importSources, parseImportText } from '../../src/lib/gum-import';
import { makeGroupExport } from '../support/gum-data';

const TABLETS = 40;
/** 250 records per tablet: 150 surveys, 60 measurements, 40 checks of 12 entries each. */
const files = Array.from({ length: TABLETS }, (_, i) =>
  makeGroupExport(i + 1, { surveys: 150, measurements: 60, observations: 40 }),
);
const texts = files.map((f, i) => ({ name: `g${i + 1}.json`, text: JSON.stringify(f) }));
const records = files.reduce(
  (n, f) => n + f.surveys.length + f.measurements.length + f.decomposition.observations.length,
  0,
);

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Until the page's main thread is idle: pending long tasks have run and the PerformanceObserver
 * has delivered their entries (it reports before the next idle period).
 */
function idle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 5000 })),
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time(runs: number, f: () => void): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

test(`merge ${records} records from ${TABLETS} tablets (Node)`, () => {
  expect(records).toBe(10_000);
  const groups = files.map(classGroupFromExport);
  const merged = mergeGroups(emptyClassData(), groups).data;
  expect(merged.groups).toHaveLength(TABLETS);
  const bytes = texts.reduce((n, t) => n + t.text.length, 0);
  const results = {
    'file size, all tablets (MB)': (bytes / 1024 / 1024).toFixed(2),
    'merge into empty class data (ms, median of 9)': time(9, () =>
      mergeGroups(emptyClassData(), groups),
    ).toFixed(1),
    'merge again, nothing new (ms)': time(9, () => mergeGroups(merged, groups)).toFixed(1),
    'parse + validate 40 files (ms)': time(5, () =>
      texts.forEach((t) => parseImportText(t.text)),
    ).toFixed(1),
    'whole import: parse, validate, merge (ms)': time(5, () =>
      importSources(emptyClassData(), texts),
    ).toFixed(1),
  };
  console.table(results);
});

test('import and render the class view in Chromium; longest long task', async () => {
  const context = await browser.newContext({ viewport: viewports.projector });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { eckLongTasks: number[] };
    w.eckLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.eckLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseURL}lessons/gum-residue/class/`);
  await page.locator('.eck-save-state', { hasText: /已保存/ }).waitFor();
  // Make the files in the page first: Playwright's setInputFiles decodes them in the page's
  // main thread, a long task that a teacher choosing files would not have.
  await page.evaluate((ts) => {
    (window as unknown as { eckFiles: File[] }).eckFiles = ts.map(
      (t) => new File([t.text], t.name, { type: 'application/json' }),
    );
  }, texts);
  await idle(page);
  await page.evaluate(() => ((window as unknown as { eckLongTasks: number[] }).eckLongTasks = []));

  const t0 = Date.now();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    for (const f of (window as unknown as { eckFiles: File[] }).eckFiles) dt.items.add(f);
    const input = document.querySelector<HTMLInputElement>('#eck-import-files');
    if (!input) throw new Error('no file input');
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.getByText(`导入了 ${TABLETS} 个文件`).waitFor({ timeout: 120_000 });
  await page
    .locator('#eck-group-totals tbody tr')
    .nth(TABLETS - 1)
    .waitFor();
  const importMs = Date.now() - t0;
  const saved = await page.locator('.eck-save-state').textContent();
  const canvases = page.locator('.eck-chart-box canvas');
  const t1 = Date.now();
  for (const c of await canvases.all()) {
    await c.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (el) => el?.getAttribute('data-drawn') === 'true',
      await c.elementHandle(),
    );
  }
  const chartsMs = Date.now() - t1;
  await idle(page);
  const importTasks = await page.evaluate(
    () => (window as unknown as { eckLongTasks: number[] }).eckLongTasks,
  );

  // Open the page again: the class data comes from storage.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  const t2 = Date.now();
  await page
    .locator('#eck-group-totals tbody tr')
    .nth(TABLETS - 1)
    .waitFor();
  await canvases.first().scrollIntoViewIfNeeded();
  await page.locator('.eck-chart-box canvas[data-drawn="true"]').first().waitFor();
  const reloadMs = Date.now() - t2;
  await idle(page);
  const reloadTasks = await page.evaluate(
    () => (window as unknown as { eckLongTasks: number[] }).eckLongTasks,
  );
  console.table({
    'save state after import': saved,
    'choose 40 files → table of 40 groups shown (ms)': importMs,
    'scroll through all charts, each drawn (ms)': chartsMs,
    'long tasks during import and charts (count)': importTasks.length,
    'longest long task, import (ms)': Math.max(0, ...importTasks).toFixed(0),
    'reload → table and first chart drawn (ms)': reloadMs,
    'longest long task, reload (ms)': Math.max(0, ...reloadTasks).toFixed(0),
  });
  expect(await page.locator('#eck-group-totals tbody tr').count()).toBe(TABLETS);
  await context.close();
});
