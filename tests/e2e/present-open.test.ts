// The present views of the real lessons as they open: the title slide, the way there and back
// from the lesson page, the join QR code, and what opening a view loads.
import { describe, expect, inject, test } from 'vitest';
import jsQR from 'jsqr';
import {
  foreignRequests,
  islandHydrated,
  pageScripts,
  viewports,
  useBrowser,
  watchContext,
} from './browser';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { budgetFor } from '../scripts/budgets.mjs';
import { measureDist } from '../scripts/measure-js.mjs';
import { hashOf, lessons, presentURL } from './present-view';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe.each(lessons)('present view of $slug', (lesson) => {
  // No errors and no outside requests on opening: the site sweep's projector check of the same
  // page (site-present.test.ts).
  test('opens on the title slide with the lesson facts', async () => {
    const context = await browser().newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    const response = await page.goto(presentURL(lesson.slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator('[data-projected]').count()).resolves.toBe(lesson.slides);
    await expect(
      page.locator('[data-projected].is-current .eck-title-name').textContent(),
    ).resolves.toBe(lesson.title);
    await expect(page.locator('[data-projected]:visible').count()).resolves.toBe(1);
    await expect(page.locator('[data-position]').textContent()).resolves.toBe(
      `1 / ${lesson.slides}`,
    );
    expect(await hashOf(page)).toBe('#1');
    await context.close();
  });

  test('the lesson page links to its present view and back', async () => {
    const context = await browser().newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    await page.getByRole('link', { name: '投影上课：全屏幻灯片' }).click();
    await page.waitForURL(`**/lessons/${lesson.slug}/present/**`);
    await page.getByRole('link', { name: '返回课程页' }).click();
    await page.waitForURL(`**/lessons/${lesson.slug}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(lesson.title);
    await context.close();
  });
});

describe('join by QR', () => {
  test.each([
    ['gum-residue', '#5'],
    ['campus-litter', '#9'],
  ])('%s shows a QR code that decodes to the record page of this site', async (slug, hash) => {
    const context = await browser().newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(presentURL(slug, hash));
    const figure = page.locator('[data-projected].is-current [data-join-qr]');
    await figure.waitFor();
    const expected = `${baseURL}lessons/${slug}/record/`;
    await page.locator('[data-join-qr][data-state="ready"]').waitFor();
    await expect(figure.locator('[data-join-url]').textContent()).resolves.toBe(
      expected.replace(/^https?:\/\//, ''),
    );
    const size = 400;
    const pixels = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement, n) => {
      const copy = document.createElement('canvas');
      copy.width = n;
      copy.height = n;
      const ctx = copy.getContext('2d');
      if (!ctx) return '';
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(canvas, 0, 0, n, n);
      // As one base64 string: an array of 640 000 numbers takes seconds to cross the debugger
      // protocol (as in class.test.ts).
      const data = ctx.getImageData(0, 0, n, n).data;
      let bytes = '';
      for (let i = 0; i < data.length; i += 0x8000) {
        bytes += String.fromCharCode(...data.subarray(i, i + 0x8000));
      }
      return btoa(bytes);
    }, size);
    const code = jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), size, size);
    expect(code?.data).toBe(expected);
    // Large on the projector: at least a third of the screen's height.
    const box = await figure.locator('canvas').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(1080 / 3);
    // Where the code leads, a pupil can start recording: the engine's record island is there.
    await page.goto(expected);
    await islandHydrated(
      page,
      slug === 'gum-residue' ? 'LegacyInvestigationRecord' : 'InvestigationRecord',
    );
    await page.getByRole('button', { name: '开始记录' }).waitFor();
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('the lesson page links to the record page instead, and ships no JavaScript', async () => {
    const context = await browser().newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/gum-residue/`);
    await expect(
      page.getByRole('link', { name: '记录页', exact: true }).getAttribute('href'),
    ).resolves.toBe(new URL(`${baseURL}lessons/gum-residue/record/`).pathname);
    await expect(page.locator('canvas').count()).resolves.toBe(0);
    expect(pageScripts(log)).toEqual([]);
    await context.close();
  });
});

describe('what the present view loads before a tool is opened', () => {
  const decks = [...lessons.map((l) => l.slug), 'waste-sorting'];
  test.each(decks)(
    '%s: the scripts opening the view loads fit its budget and the static measure',
    async (slug) => {
      const path = `/lessons/${slug}/present/`;
      const context = await browser().newContext({ viewport: viewports.panel, hasTouch: true });
      const log = watchContext(context);
      const page = await context.newPage();
      await page.goto(presentURL(slug));
      await page.locator('[data-projected].is-current').waitFor();
      await page.waitForLoadState('networkidle');
      // Bytes as the budgets count them: each file's gzip size, read from dist/.
      const loaded = pageScripts(log).reduce((n, url) => {
        const file = new URL(url).pathname.slice(new URL(baseURL).pathname.length);
        return n + gzipSync(readFileSync(`dist/${file}`)).length;
      }, 0);
      const row = (
        measureDist('dist') as { page: string; initial: number; islands: number }[]
      ).find((r) => r.page === path);
      expect(row).toBeDefined();
      // The measure counts the islands on slides as loaded when their slide is shown: opening
      // the view loads no more than it counts as "before" (inline scripts are counted there too).
      expect(loaded).toBeGreaterThan(0);
      expect(loaded).toBeLessThanOrEqual((row?.initial ?? 0) + (row?.islands ?? 0));
      expect(loaded).toBeLessThanOrEqual(budgetFor(path).js);
      await context.close();
    },
  );
});
