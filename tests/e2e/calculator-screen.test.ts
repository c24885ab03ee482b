/**
 * The calculator on a projector (issue 12): at 1920×1080 and 1536×864 its inputs, the total and
 * the chart are on one screen, and the total is on the first screen of /calculator/. (On a slide
 * the fit checks of tests/e2e/present-slides.test.ts cover it.)
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test.each([
  { width: 1920, height: 1080 },
  { width: 1536, height: 864 },
])('at $width×$height: inputs, total and chart on one screen', async (viewport) => {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${baseURL}calculator/`);
  const calc = page.locator('[data-eck-calculator]');
  const total = calc.locator('[data-eck-total]');
  await total.waitFor();
  // The total without scrolling at all.
  const first = await total.boundingBox();
  expect((first?.y ?? Infinity) + (first?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
  // Scrolled to the calculator: every input, the total and the chart are on the screen.
  await calc.evaluate((e) => window.scrollTo(0, e.getBoundingClientRect().top + scrollY));
  const boxes = await calc.evaluate((e) =>
    [...e.querySelectorAll('input, [data-eck-total], .eck-chart')].map((el) => {
      const r = el.getBoundingClientRect();
      return { what: el.className || el.tagName, bottom: r.bottom, top: r.top };
    }),
  );
  expect(boxes.length).toBeGreaterThan(10);
  for (const b of boxes) expect(b.bottom, b.what).toBeLessThanOrEqual(viewport.height);
  // Each unit on one line (“小时”, not 小 over 时), each stepper inside its own action's column.
  const rows = await calc.locator('.eck-stepper').evaluateAll((steppers) =>
    steppers.map((st) => {
      const unit = st.querySelector('.eck-unit');
      const u = unit?.getBoundingClientRect();
      const own = (st.closest('.eck-calc-action') ?? st.parentElement)?.getBoundingClientRect();
      const r = st.getBoundingClientRect();
      const right = Math.max(...[...st.children].map((c) => c.getBoundingClientRect().right));
      return {
        unitLines: u && unit ? u.height / parseFloat(getComputedStyle(unit).lineHeight) : 0,
        overflow: right - Math.min(r.right, own?.right ?? r.right),
      };
    }),
  );
  expect(rows.length).toBeGreaterThanOrEqual(5);
  for (const r of rows) {
    expect(r.unitLines).toBeLessThan(1.5);
    expect(r.overflow).toBeLessThanOrEqual(0.5);
  }
  const size = await total
    .locator('.eck-calc-number')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(48);
  await context.close();
});
