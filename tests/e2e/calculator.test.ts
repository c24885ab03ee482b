import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  foreignRequests,
  islandHydrated,
  launchBrowser,
  viewports,
  watchContext,
} from './browser';
import { installPausedClock } from './clock';
import { budgetFor } from '../scripts/budgets.mjs';
import { measureDist } from '../scripts/measure-js.mjs';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const tablet = { viewport: viewports.tablet, hasTouch: true, isMobile: true } as const;

/** Wait until the calculator island has hydrated. */
const hydrated = (page: Page) => islandHydrated(page, 'CarbonCalculator');

const total = async (page: Page) =>
  ((await page.locator('[data-eck-total]').textContent()) ?? '').replace(/\s+/g, '');
const fieldValues = (page: Page) =>
  page
    .locator('.eck-calc .eck-field-input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

describe('calculator on a tablet', () => {
  test('set a scenario by tapping, reload: same result; no outside requests', async () => {
    const context = await browser.newContext(tablet);
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${baseURL}calculator/`);
    await hydrated(page);
    expect(await total(page)).toBe('1.021千克');
    const plus = page.getByRole('button', { name: '走楼梯代替坐电梯增加' });
    await plus.tap();
    await plus.tap();
    await page.getByRole('button', { name: '少吹电扇减少' }).tap();
    await page.locator('label.eck-choice', { hasText: '我们班' }).tap();
    await page.locator('label.eck-choice', { hasText: '1 周' }).tap();
    // By hand: (3 × 218 + 621 + 0 + 96 + 41) g × 40 people × 7 days = 395,360 g.
    await expect.poll(() => total(page)).toBe('395.36千克');
    expect(page.url()).toContain('stairs=3');
    const before = await fieldValues(page);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => total(page)).toBe('395.36千克');
    expect(await fieldValues(page)).toEqual(before);
    expect(await page.locator('input[name="eck-calc-who"]:checked').getAttribute('value')).toBe(
      'class',
    );
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('a tap right after hydration is kept (the scenario is read before any effect waits)', async () => {
    const context = await browser.newContext(tablet);
    // Paused: animation frames, on which Preact runs passive effects, wait for the test.
    await installPausedClock(context);
    const page = await context.newPage();
    await page.goto(`${baseURL}calculator/`);
    await hydrated(page);
    await page.getByRole('button', { name: '走楼梯代替坐电梯增加' }).tap();
    await page.clock.runFor(1_000);
    // By hand: one more floor, 0.218 kg. (Read in a passive effect, the URL's scenario came
    // back on the next frame and undid the tap: 1.021千克.)
    await expect.poll(() => total(page)).toBe('1.239千克');
    expect(page.url()).toContain('stairs=2');
    await context.close();
  });

  test('before the island runs nothing can be typed or tapped (it would not count), then all can', async () => {
    const context = await browser.newContext(tablet);
    try {
      // Hold the island's code, as a slow school computer or network does.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route(/\/_astro\/CarbonCalculator\.[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(`${baseURL}calculator/`);
      const calculator = page.locator('[data-eck-calculator]');
      const usable = () => calculator.locator('input:enabled, button:enabled').count();
      await calculator.waitFor();
      expect(await calculator.locator('input').count()).toBeGreaterThan(10);
      expect(await usable()).toBe(0);
      release();
      await hydrated(page);
      await expect.poll(usable).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });

  test('a prepared URL gives the same result on /calculator/ and in the lesson', async () => {
    const query =
      '?stairs=2&aircon=0.5&fan=0&tv=1&light=3&period=schoolYear&who=school&school=1200';
    // By hand: (436 + 310.5 + 0 + 96 + 123) g × 1200 × 175 = 202,755,000 g = 202.755 t.
    const expected = '约202.76吨';
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    for (const path of ['calculator/', 'lessons/low-carbon-living/']) {
      await page.goto(`${baseURL}${path}${query}`);
      await hydrated(page);
      await expect.poll(() => total(page)).toBe(expected);
      await expect(page.locator('.eck-calc-alt').first().textContent()).resolves.toBe(
        '也就是约 20.28 万千克',
      );
    }
    await context.close();
  });

  test('bad URL values fall back to defaults with a visible notice', async () => {
    const context = await browser.newContext(tablet);
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${baseURL}calculator/?aircon=99&pop=abc&who=country&period=%3Cscript%3E`);
    await hydrated(page);
    const notice = page.getByRole('alert');
    await expect(notice.isVisible()).resolves.toBe(true);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('一天只有 24 小时');
    expect(text).toContain('“abc”不能用');
    expect(text).toContain('“<script>”不认识');
    await expect.poll(() => total(page)).toBe('约143.45万吨');
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  test('the chart loads when it scrolls into view and draws on its canvas', async () => {
    const context = await browser.newContext(tablet);
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${baseURL}calculator/`);
    await hydrated(page);
    expect(log.requests.filter((u) => u.includes('carbon-chart'))).toEqual([]);
    await page.locator('.eck-chart').scrollIntoViewIfNeeded();
    await expect.poll(() => log.requests.filter((u) => u.includes('carbon-chart')).length).toBe(1);
    const painted = () =>
      page.locator('.eck-chart canvas').evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0) return 0;
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
        return n;
      });
    await expect.poll(painted).toBeGreaterThan(1000);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('touch targets are at least 44 px and nothing scrolls sideways', async () => {
    const context = await browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(`${baseURL}calculator/`);
    await hydrated(page);
    const sizes = await page
      .locator('.eck-calc button, .eck-calc label.eck-choice, .eck-calc .eck-field-input')
      .evaluateAll((els) =>
        els.map((e) => Math.min(e.getBoundingClientRect().width, e.getBoundingClientRect().height)),
      );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test('keyboard only: type a value, step with Enter, choose with arrow keys', async () => {
  const context = await browser.newContext({ viewport: viewports.projector });
  const page = await context.newPage();
  await page.goto(`${baseURL}calculator/`);
  await hydrated(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  // Tab from the top of the page to the first field.
  for (let i = 0; i < 30 && (await focusedId()) !== 'eck-calc-action-stairs'; i++) {
    await page.keyboard.press('Tab');
  }
  expect(await focusedId()).toBe('eck-calc-action-stairs');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab'); // to "+" of stairs
  await page.keyboard.press('Enter'); // 6 floors
  // 6 × 218 + 621 + 45 + 96 + 41 = 2111 g
  await expect.poll(() => total(page)).toBe('2.111千克');
  // On to the first period radio, then the arrow key picks the next period.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    if (name === 'eck-calc-period') break;
  }
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => total(page)).toBe('14.777千克');
  expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
  await context.close();
});

test('a wrong value is announced next to its field, and the result waits', async () => {
  const context = await browser.newContext(tablet);
  const page = await context.newPage();
  await page.goto(`${baseURL}calculator/`);
  await hydrated(page);
  const field = page.getByLabel('少开空调', { exact: true });
  await field.fill('３０');
  await field.blur();
  const msg = page.locator('#eck-calc-action-aircon-msg');
  await expect(msg.textContent()).resolves.toContain('一天只有 24 小时');
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await total(page)).toBe('1.021千克');
  expect(await axeViolations(page)).toEqual([]);
  await field.fill('2');
  await expect.poll(() => total(page)).toBe('1.642千克');
  await context.close();
});

// axe on the page as it opens, at both viewports, is in the site sweep (site-*.test.ts); the
// tests here check it in the states only they reach (a message beside a field, the exercise).
test('on a projector and a tablet the total is at least 48 px', async () => {
  for (const vp of Object.values(viewports)) {
    const context = await browser.newContext({ viewport: vp });
    const page = await context.newPage();
    await page.goto(`${baseURL}calculator/?who=country`);
    await hydrated(page);
    const px = await page
      .locator('.eck-calc-number')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(px).toBeGreaterThanOrEqual(48);
    await context.close();
  }
});

test('the exercise: own answers first, then the worked arithmetic; axe passes', async () => {
  const context = await browser.newContext(tablet);
  const page = await context.newPage();
  await page.goto(`${baseURL}calculator/`);
  const check = page.locator('[data-eck-check]');
  await check.scrollIntoViewIfNeeded();
  await page.waitForSelector('astro-island[component-url*="CarbonCheckExercise"]:not([ssr])', {
    state: 'attached',
  });
  await page.getByLabel(/一个人一天/).fill('1.021');
  await page.getByLabel(/全国每个人都这样做（约 14.05 亿人）/).fill('14.3');
  await page.getByRole('button', { name: '看看算式' }).tap();
  const text = (await check.textContent()) ?? '';
  expect(text).toContain('0.218 + 0.621 + 0.045 + 0.096 + 0.041 = 1.021 千克');
  expect(text).toContain('275.249 亿千克');
  expect(text).toContain('算对了');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('prints the table of numbers, not the chart or the buttons', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseURL}calculator/`);
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.eck-calc-table').isVisible()).resolves.toBe(true);
  await expect(page.locator('.eck-chart').isVisible()).resolves.toBe(false);
  await expect(page.locator('.eck-step').first().isVisible()).resolves.toBe(false);
  await context.close();
});

test('typing through an input method (composition) neither loses nor duplicates characters', async () => {
  const context = await browser.newContext(tablet);
  const page = await context.newPage();
  await page.goto(`${baseURL}calculator/`);
  await hydrated(page);
  const field = page.getByLabel('走楼梯代替坐电梯', { exact: true });
  await field.fill('');
  await field.focus();
  const cdp = await context.newCDPSession(page);
  // A full-width IME: "１", then "１２" while composing, then the pupil confirms "１２".
  await cdp.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
  expect(await field.inputValue()).toBe('１２');
  expect(await total(page)).toBe('1.021千克');
  await cdp.send('Input.insertText', { text: '１２' });
  expect(await field.inputValue()).toBe('１２');
  // 12 × 218 + 621 + 45 + 96 + 41 = 3419 g
  await expect.poll(() => total(page)).toBe('3.419千克');
  await field.blur();
  await expect.poll(() => field.inputValue()).toBe('12');
  await context.close();
});

describe.each(['/calculator/', '/lessons/low-carbon-living/'])(
  'JavaScript budget of %s',
  (path) => {
    type Row = { page: string; initial: number; islands: number; lazy: number; own: number };
    const row = () => (measureDist('dist') as Row[]).find((r) => r.page === path);
    // The budgets are those of tests/budgets.json, the same the size-budget step holds pages to.
    const budget = budgetFor(path);

    test(`before the chart is visible: at most ${budget.js / 1024} kB gzip, chart.js not yet loaded`, () => {
      const r = row();
      expect(r).toBeDefined();
      // Before the chart: the page's own scripts and the islands; chart.js is in "lazy".
      expect((r?.initial ?? NaN) + (r?.islands ?? NaN)).toBeLessThanOrEqual(budget.js);
      expect(r?.lazy).toBeGreaterThan(30 * 1024);
    });

    test(`in all: at most ${budget.totalJs / 1024} kB gzip of the page's own JavaScript`, () => {
      // The offline shell every page loads is budgeted apart (tests/budgets.json, "shell").
      expect(row()?.own).toBeLessThanOrEqual(budget.totalJs);
    });
  },
);
