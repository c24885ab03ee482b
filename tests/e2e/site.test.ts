// Sweeps every page of the built site (the list comes from dist/, so new pages are covered
// without touching this file): outside requests, CSP, errors, axe at two viewports, keyboard.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { distPages } from '../scripts/dist-pages.mjs';
import {
  axeViolations,
  foreignRequests,
  keyboardWalk,
  launchBrowser,
  viewports,
  watchContext,
  watchCsp,
} from './browser';

const baseURL = inject('baseURL');
const pages: string[] = distPages(fileURLToPath(new URL('../../dist', import.meta.url)));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Scroll to the end so every client:visible island hydrates, then wait for the network. */
async function showWholePage(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      // Two frames: the scroll is painted and IntersectionObserver has delivered its entries.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

test('the page list comes from dist/ and holds the known pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['', '404.html', 'offline/', 'lessons/gum-residue/']),
  );
});

describe.each(pages)('page /%s', (path) => {
  test('no request leaves the site, no CSP violation, no error', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const csp = await watchCsp(context);
    const page = await context.newPage();
    const response = await page.goto(`${baseURL}${path}`);
    expect(response?.status()).toBe(200);
    await showWholePage(page);
    // The page carries the strict policy: no 'unsafe-inline' for scripts, connect-src 'self'.
    const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    expect(csp).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  test.each(Object.entries(viewports))(
    'axe: no violations at the %s viewport, and nothing scrolls sideways',
    async (_, vp) => {
      const context = await browser.newContext({ viewport: vp });
      const page = await context.newPage();
      await page.goto(`${baseURL}${path}`);
      await showWholePage(page);
      expect(await axeViolations(page)).toEqual([]);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, 'page width').toBeLessThanOrEqual(client);
      await context.close();
    },
  );

  test('keyboard: Tab reaches every control and each shows a focus ring', async () => {
    const context = await browser.newContext({ viewport: viewports.tablet });
    const page = await context.newPage();
    await page.goto(`${baseURL}${path}`);
    await showWholePage(page);
    const report = await keyboardWalk(page);
    expect(report.controls.length).toBeGreaterThan(0);
    expect(report.unreachable).toEqual([]);
    expect(report.invisibleFocus).toEqual([]);
    await context.close();
  });
});

describe('4K panels at 200 % and 225–250 % scaling, touch only (issue 13)', () => {
  // 1536×864 (and the projector and tablet sizes) are checked page by page with axe above.
  test.each([[1707, 960]])(
    'at %i×%i every page fits the width: nothing scrolls sideways',
    async (width, height) => {
      const context = await browser.newContext({ viewport: { width, height }, hasTouch: true });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(`${baseURL}${path}`);
        await showWholePage(page);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) wide.push(`/${path}: ${scroll} px wide in ${client}`);
      }
      expect(wide).toEqual([]);
      await context.close();
    },
  );
});

describe('the sweep checks can fail', () => {
  test('an inline script added to a page is blocked and reported as a CSP violation', async () => {
    const context = await browser.newContext();
    const csp = await watchCsp(context);
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.title = "hacked"';
      document.body.append(s);
    });
    await expect.poll(() => csp.length).toBeGreaterThan(0);
    expect(csp[0]).toMatch(/script-src/);
    await expect(page.title()).resolves.not.toBe('hacked');
    await context.close();
  });

  test('the keyboard walk finds a control without a focus ring and one behind a trap', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.evaluate(() => {
      const plain = document.createElement('button');
      plain.textContent = '没有焦点框';
      plain.style.outline = 'none';
      const trap = document.createElement('button');
      trap.textContent = '陷阱';
      trap.addEventListener('keydown', (e) => e.key === 'Tab' && e.preventDefault());
      const after = document.createElement('button');
      after.textContent = '够不着';
      const radios = ['大', '小'].map((label) => {
        const r = document.createElement('input');
        r.type = 'radio';
        r.name = 'size';
        r.setAttribute('aria-label', label);
        return r;
      });
      document.querySelector('main')?.append(...radios, plain, trap, after);
    });
    const report = await keyboardWalk(page);
    expect(report.invisibleFocus).toEqual(['button “没有焦点框”']);
    // Before the trap, a radio group is one Tab stop: its other radios are not "unreachable".
    expect(report.unreachable).not.toContainEqual(expect.stringContaining('input'));
    // Focus sticks on the trap, so the button after it is never reached.
    expect(report.unreachable).toEqual(['button “够不着”']);
    await context.close();
  });
});
