// The sweep over every page of the built site (the list comes from dist/, so new pages are
// covered without touching a test): outside requests, CSP, errors, axe at three viewports,
// keyboard, width on a touch-only 4K panel. The pages are cut into slices by kind, one test file
// each (tests/e2e/site-<slice>.test.ts), so the sweep spreads over the workers;
// site-home.test.ts checks that the slices take every page exactly once.
import { fileURLToPath } from 'node:url';
import { describe, inject, test, type TestContext } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { distPages } from '../scripts/dist-pages.mjs';
import {
  axeViolations,
  foreignRequests,
  keyboardWalk,
  testContext,
  useBrowser,
  viewports,
  watchContext,
  watchCsp,
} from './browser';

/** Every page of dist/, as paths relative to the site's base ("" for the home page). */
export const sitePages: string[] = distPages(fileURLToPath(new URL('../../dist', import.meta.url)));

const lessonTool = /^lessons\/[^/]+\/(record|class|sort)\/$/;
const lessonPage = /^lessons\/[^/]+\/$/;
/** A lesson with an investigation: it has a record page. */
const investigates = (lesson: string) => sitePages.includes(`${lesson}record/`);

/**
 * Which pages each slice sweeps, by kind. Sized for about a minute each on two cores: a lesson
 * page takes two to three times as long as a printable.
 */
export const sweepSlices = {
  /** The pages outside lessons and printables: home, 404, calculator, offline. */
  home: (p: string) => !p.startsWith('lessons/') && !p.startsWith('print/'),
  /** The lesson pages of lessons without an investigation. */
  lessons: (p: string) => lessonPage.test(p) && !investigates(p),
  /** The lesson pages of lessons with an investigation (a record page). */
  investigations: (p: string) => lessonPage.test(p) && investigates(p),
  present: (p: string) => /^lessons\/[^/]+\/present\/$/.test(p),
  /** A lesson's record, class and sorting-game pages. */
  tools: (p: string) => lessonTool.test(p),
  'print-gum': (p: string) => p.startsWith('print/gum-residue/'),
  'print-waste': (p: string) => p.startsWith('print/waste-sorting/'),
  /** The other printables: campus litter, low-carbon living, the pledge. */
  'print-other': (p: string) =>
    p.startsWith('print/') && !/^print\/(gum-residue|waste-sorting)\//.test(p),
} as const satisfies Record<string, (path: string) => boolean>;

export type SweepSlice = keyof typeof sweepSlices;

/** The slices that take `path` (exactly one, site-home.test.ts checks). */
export const slicesOf = (path: string): SweepSlice[] =>
  (Object.keys(sweepSlices) as SweepSlice[]).filter((name) => sweepSlices[name](path));

/**
 * In the page: true when every island that is rendered (not on a hidden slide) and hydrates
 * `when` (`idle`, or any way for `undefined`) has hydrated (Astro removes its `ssr` attribute).
 */
function islandsHydrated(when: string | undefined): boolean {
  return ![...document.querySelectorAll('astro-island[ssr]')].some(
    (island) =>
      (!when || island.getAttribute('client') === when) &&
      // astro-island is display: contents (no box): look at what it renders.
      [...island.children].some((c) => c.checkVisibility()),
  );
}

/**
 * Hydrate every island and scroll to the end so every client:visible one and every section
 * loaded near the screen has loaded, then wait for the network. Hydration is waited for as a
 * state: on a busy machine an island can hydrate after the network has gone quiet, and a
 * keyboard walk or axe run started before would see the page change under it.
 */
async function showWholePage(page: Page) {
  // client:idle islands first, so the scroll passes the sections they load near the screen.
  await page.waitForFunction(islandsHydrated, 'idle');
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      // Two frames: the scroll is painted and IntersectionObserver has delivered its entries.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(islandsHydrated, undefined);
  await page.waitForLoadState('networkidle');
}

/** A 4K panel at 225 % scaling, in CSS pixels (200 % is the projector's 1920×1080). */
const fourKPanel = { width: 1707, height: 960 };

/**
 * The same window made smaller, as a teacher does or a panel's scaling does: CSS follows at
 * once, the scripts that size things on the site follow the resize event (the present view's
 * fit, charts, the pen's canvas), and the page is shown whole once more. A fresh load at each size would check the
 * same layout at twice the cost.
 */
export async function resizeAndShow(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await showWholePage(page);
}

/** Width of the page and of its window, for "nothing scrolls sideways". */
export const widths = (page: Page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));

/**
 * Launch this file's browser (closed after its tests) and sweep the pages of slice `name`.
 * Returns the browser, for the file's other tests.
 */
export function sweepSlice(name: SweepSlice): () => Browser {
  const baseURL = inject('baseURL');
  const pages = sitePages.filter(sweepSlices[name]);
  const browser = useBrowser();

  // Pages are swept a few at a time (maxConcurrency in tests/vitest.e2e.config.ts), each test in
  // its own context: most of a page's time is spent waiting for loads, frames and the network to
  // settle, which overlaps with the other pages' work. Two loads a page: the desktop sizes share
  // one (resized from 1920 down), the tablet has its own. The time limit is a cap, not a wait: a
  // keyboard walk of the calculator took over 60 s four at a time on a machine at load average 30.
  describe.concurrent(`every page (${name})`, { timeout: 180_000 }, () => {
    describe.each(pages)('page /%s', (path) => {
      /** A fresh context at `vp`, the page opened and wholly shown. */
      async function load(
        t: TestContext,
        vp: { width: number; height: number },
        options: BrowserContextOptions = {},
      ) {
        const context = await testContext(t, browser(), { viewport: vp, ...options });
        const log = watchContext(context);
        const csp = await watchCsp(context);
        const page = await context.newPage();
        const response = await page.goto(`${baseURL}${path}`);
        t.expect(response?.status()).toBe(200);
        await showWholePage(page);
        return { page, log, csp };
      }

      /** axe finds nothing and the page is no wider than its window. */
      async function axeAndWidth(t: TestContext, page: Page, size: string) {
        t.expect(await axeViolations(page), `axe at ${size}`).toEqual([]);
        await noWiderThanWindow(t, page, size);
      }

      async function noWiderThanWindow(t: TestContext, page: Page, size: string) {
        const { scroll, client } = await widths(page);
        t.expect(scroll, `${scroll} px wide in ${client} at ${size}`).toBeLessThanOrEqual(client);
      }

      test('projector, touch panels (1536×864, 4K at 1707×960): no request leaves the site, no CSP violation, no error; axe: no violations; nothing scrolls sideways', async (t) => {
        const { expect } = t;
        // With the service worker: its precaching of the whole site asks nothing of another
        // host. Touch, as on the interactive panels (the site has no rule for pointers).
        const { page, log, csp } = await load(t, viewports.projector, {
          serviceWorkers: 'allow',
          hasTouch: true,
        });
        // The page carries the strict policy: no 'unsafe-inline' for scripts, connect-src 'self'.
        const policy = await page.getAttribute(
          'meta[http-equiv="content-security-policy"]',
          'content',
        );
        expect(policy).toMatch(/connect-src 'self'/);
        expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
        await axeAndWidth(t, page, '1920×1080');
        await resizeAndShow(page, viewports.panel);
        await axeAndWidth(t, page, '1536×864');
        // 4K panels at 225 % scaling, touch only (issue 13).
        await resizeAndShow(page, fourKPanel);
        await noWiderThanWindow(t, page, '1707×960');
        expect(foreignRequests(log, baseURL)).toEqual([]);
        expect(csp).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
        expect(log.pageErrors).toEqual([]);
      });

      test('tablet: axe: no violations, nothing scrolls sideways; Tab reaches every control and each shows a focus ring', async (t) => {
        const { expect } = t;
        const { page } = await load(t, viewports.tablet);
        await axeAndWidth(t, page, '800×1280');
        const report = await keyboardWalk(page);
        expect(report.controls.length).toBeGreaterThan(0);
        expect(report.unreachable).toEqual([]);
        expect(report.invisibleFocus).toEqual([]);
      });
    });
  });

  return browser;
}
