/**
 * The engine's class view (the gum investigation) with a big class: 40 tablets × 250 records
 * (150 surveys, 60 measurements, 40 checks of 12 entries: 10,000 records of the old format, 731
 * engine records a tablet, the entries being records), each tablet's file an engine export
 * file as the record page writes it.
 * Prints: validation and merge time in Node, the size of the stored class data, and in Chromium
 * the time to import and render the class view and the longest long task.
 * Run: `npm run build && npm run bench`.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openNearScreenSection, viewports } from '../e2e/browser';
import {
  importInvestigationFiles,
  parseInvestigationFile,
} from '../../src/lib/investigation/import-file';
import { mergeInvestigationGroups } from '../../src/lib/investigation/merge';
import { makeGroupExport } from '../support/gum-data';
import {
  GUM_ENGINE_CLASS_KEY,
  classGroupOf,
  engineGumExport,
  gumClassPath,
  gumDef,
  recordCount,
  storedGumClassText,
} from '../e2e/gum-class-steps';

const TABLETS = 40;
/** 250 records per tablet: 150 surveys, 60 measurements, 40 checks of 12 entries each. */
const files = Array.from({ length: TABLETS }, (_, i) =>
  engineGumExport(makeGroupExport(i + 1, { surveys: 150, measurements: 60, observations: 40 })),
);
const texts = files.map((f, i) => ({ name: `g${i + 1}.json`, text: JSON.stringify(f) }));
const records = files.reduce((n, f) => n + recordCount(f), 0);
const empty = () => ({ groups: [] });
const headingOf = (groups: number) => `已导入的小组（${groups}）`;

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
  // 150 surveys, 60 measurements, 40 checks: the observations carry their own records too.
  expect(records).toBe(TABLETS * (150 + 60 + 40 * (1 + 12) + 1)); // + the setup
  const groups = files.map(classGroupOf);
  const merged = mergeInvestigationGroups(empty(), groups).data;
  expect(merged.groups).toHaveLength(TABLETS);
  const bytes = texts.reduce((n, t) => n + t.text.length, 0);
  const results = {
    'records, all tablets': records,
    'file size, all tablets (MB)': (bytes / 1024 / 1024).toFixed(2),
    'stored class data, JSON (MB, UTF-16 units)': (
      JSON.stringify(merged).length /
      1024 /
      1024
    ).toFixed(2),
    'merge into empty class data (ms, median of 9)': time(9, () =>
      mergeInvestigationGroups(empty(), groups),
    ).toFixed(1),
    'merge again, nothing new (ms)': time(9, () =>
      mergeInvestigationGroups(merged, groups),
    ).toFixed(1),
    'parse + validate 40 files (ms)': time(5, () =>
      texts.forEach((t) => parseInvestigationFile(gumDef, t.text)),
    ).toFixed(1),
    'whole import: parse, validate, merge (ms)': time(5, () =>
      importInvestigationFiles(
        empty(),
        texts.map((t) => ({ name: t.name, result: parseInvestigationFile(gumDef, t.text) })),
      ),
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
  await page.goto(`${baseURL}${gumClassPath}`);
  await page.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
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
  await page.getByRole('heading', { name: headingOf(TABLETS) }).waitFor({ timeout: 120_000 });
  const importMs = Date.now() - t0;
  const saved = await page.locator('.eck-save-state').textContent();
  // The engine's class data is about twice the old format: it may not fit in localStorage.
  const storedChars = (await storedGumClassText(page))?.length ?? 0;
  const shownAfterImport = await page.getByRole('heading', { name: /^已导入的小组/ }).textContent();
  const canvases = page.locator('.eck-class-charts .eck-chart-box canvas');
  const t1 = Date.now();
  await openNearScreenSection(page, 'eck-charts-title');
  await expect.poll(() => canvases.count()).toBe(gumDef.charts?.length ?? 0);
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
  await page.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
  // With no room in localStorage the class data comes from its IndexedDB copy, read after the
  // page first shows what localStorage has (nothing): wait for the groups, or say they did not come.
  const reloadedGroups = await page
    .getByRole('heading', { name: headingOf(TABLETS) })
    .waitFor({ timeout: 30_000 })
    .then(
      () => headingOf(TABLETS),
      () => page.locator('.eck-class').innerText(),
    );
  let reloadMs: number | string = '—';
  if (reloadedGroups === headingOf(TABLETS)) {
    await openNearScreenSection(page, 'eck-charts-title');
    await page.locator('.eck-class-charts canvas[data-drawn="true"]').first().waitFor();
    reloadMs = Date.now() - t2;
  }
  await idle(page);
  const reloadTasks = await page.evaluate(
    () => (window as unknown as { eckLongTasks: number[] }).eckLongTasks,
  );
  console.table({
    'save state after import': saved,
    [`in localStorage under ${GUM_ENGINE_CLASS_KEY} (MB, UTF-16 units)`]: (
      storedChars /
      1024 /
      1024
    ).toFixed(2),
    'groups shown after reload': reloadedGroups,
    'choose 40 files → table of 40 groups shown (ms)': importMs,
    'scroll through all charts, each drawn (ms)': chartsMs,
    'long tasks during import and charts (count)': importTasks.length,
    'longest long task, import (ms)': Math.max(0, ...importTasks).toFixed(0),
    'reload → table and first chart drawn (ms)': reloadMs,
    'longest long task, reload (ms)': Math.max(0, ...reloadTasks).toFixed(0),
  });
  expect(shownAfterImport).toBe(headingOf(TABLETS));
  await context.close();
});
