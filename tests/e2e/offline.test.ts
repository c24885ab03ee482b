// After one visit the whole kit works with no network; a page never cached shows the
// offline page; a new version waits for the user to tap 更新.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { distPages } from '../scripts/dist-pages.mjs';
import { foreignRequests, islandHydrated, launchBrowser, viewports, watchContext } from './browser';
import { serveDistCopy } from './static-server';
import { pageToday } from './clock';
import {
  addGumSurvey,
  gumRecordPath,
  gumRecordReady,
  listed,
  startGumGroup,
} from './gum-record-steps';

const baseURL = inject('baseURL');
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const pages: string[] = distPages(dist);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser([], { serviceWorkers: true });
});
afterAll(async () => {
  await browser?.close();
});

const hour = 60 * 60 * 1000;

/** The state of the worker that waits to take over ('installed'), if one waits. */
const waitingState = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);

/** Wait until the service worker controls the page (it has precached the whole site). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('offline after one visit', () => {
  test('every page opens with the network off, from the service worker', async () => {
    const context = await browser.newContext({ viewport: viewports.tablet });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(baseURL);
    await controlled(page);
    await context.setOffline(true);
    for (const path of pages) {
      const response = await page.goto(`${baseURL}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(response?.fromServiceWorker(), path).toBe(true);
      const h1 = await page.locator('h1').textContent();
      if (path !== 'offline/') expect(h1, path).not.toBe('现在没有网络');
      // The page's styles came from the cache too (the tokens every layout loads).
      const fonts = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(fonts, path).toContain('Noto Sans CJK SC');
    }
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('a page that was never cached shows the friendly offline page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseURL);
    await controlled(page);
    await context.setOffline(true);
    await page.goto(`${baseURL}lessons/never-cached-${crypto.randomUUID()}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('现在没有网络');
    await expect(page.getByRole('link', { name: '回到全部课程' }).count()).resolves.toBe(1);
    // A query string does not make a cached page uncached.
    await page.goto(`${baseURL}lessons/gum-residue/?class=3`);
    await expect(page.locator('h1').textContent()).resolves.toBe('口香糖残胶去哪儿了');
    await context.close();
  });

  test('online, a missing page is still the 404 page, not the offline page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseURL);
    await controlled(page);
    const response = await page.goto(`${baseURL}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到这一页');
    await context.close();
  });

  test('the web app manifest names the kit, opens standalone and its icons load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseURL);
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBe(`${new URL(baseURL).pathname}manifest.webmanifest`);
    const manifest = await page.evaluate(async (u) => (await fetch(u)).json(), href ?? '');
    expect(manifest).toMatchObject({
      name: '环保课堂工具箱',
      display: 'standalone',
      theme_color: '#0b5a2a',
      start_url: new URL(baseURL).pathname,
      scope: new URL(baseURL).pathname,
    });
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
    await context.close();
  });
});

describe('the tools work offline after one visit to the home page', () => {
  test('calculator: steppers change the total; the chart loads from the cache when scrolled to', async () => {
    const context = await browser.newContext({ viewport: viewports.tablet, hasTouch: true });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(baseURL);
    await controlled(page);
    await context.setOffline(true);
    const chartResponses: { fromServiceWorker: boolean; status: number }[] = [];
    page.on('response', (r) => {
      if (r.url().includes('carbon-chart')) {
        chartResponses.push({ fromServiceWorker: r.fromServiceWorker(), status: r.status() });
      }
    });
    await page.goto(`${baseURL}calculator/`);
    await islandHydrated(page, 'CarbonCalculator');
    const total = async () =>
      ((await page.locator('[data-eck-total]').textContent()) ?? '').replace(/\s+/g, '');
    const before = await total();
    expect(before).toBe('1.021千克');
    await page.getByRole('button', { name: '走楼梯代替坐电梯增加' }).tap();
    await expect.poll(total).not.toBe(before);
    await page.getByRole('button', { name: '走楼梯代替坐电梯减少' }).tap();
    await expect.poll(total).toBe(before);

    expect(chartResponses).toEqual([]);
    await page.locator('.eck-chart').scrollIntoViewIfNeeded();
    await expect.poll(() => chartResponses.length).toBeGreaterThan(0);
    expect(chartResponses.every((r) => r.fromServiceWorker && r.status === 200)).toBe(true);
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
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('record page: a survey added offline is still there after an offline reload', async () => {
    const context = await browser.newContext({ viewport: viewports.tablet, hasTouch: true });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(baseURL);
    await controlled(page);
    await context.setOffline(true);
    const response = await page.goto(`${baseURL}${gumRecordPath}`);
    expect(response?.fromServiceWorker()).toBe(true);
    await gumRecordReady(page);
    await startGumGroup(page, '离线组');
    await addGumSurvey(page, {
      date: await pageToday(page),
      place: 'corridor',
      name: '没有网络的楼道',
      area: '30',
      count: '６',
    });
    const surveys = listed(page, '残胶清点');
    await surveys.filter({ hasText: '没有网络的楼道' }).waitFor();
    await expect.poll(() => page.locator('.eck-save-state').textContent()).toMatch(/^已保存/);

    const again = await page.reload();
    expect(again?.fromServiceWorker()).toBe(true);
    await gumRecordReady(page);
    await expect.poll(() => page.getByLabel('小组名称').inputValue()).toBe('离线组');
    await expect(surveys.count()).resolves.toBe(1);
    await expect(surveys.first().textContent()).resolves.toContain('没有网络的楼道');
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });
});

describe('the offline shell stays quiet where service workers cannot run', () => {
  const pagesToTry = ['', 'lessons/gum-residue/', 'lessons/gum-residue/record/'];

  test.each([
    [
      'no navigator.serviceWorker (a plain-http intranet server)',
      () => {
        delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
      },
    ],
    [
      'registration refused',
      () => {
        // about:blank is no secure context and has no ServiceWorkerContainer.
        if (typeof ServiceWorkerContainer === 'undefined') return;
        ServiceWorkerContainer.prototype.register = () =>
          Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
      },
    ],
    [
      'registration throws a TypeError (a broken sw.js)',
      () => {
        if (typeof ServiceWorkerContainer === 'undefined') return;
        ServiceWorkerContainer.prototype.register = () =>
          Promise.reject(new TypeError('Failed to register a ServiceWorker'));
      },
    ],
  ])('%s: pages work, no error is thrown or logged', async (_name, breakWorkers) => {
    const context = await browser.newContext();
    await context.addInitScript(breakWorkers);
    const log = watchContext(context);
    const page = await context.newPage();
    for (const path of pagesToTry) {
      const response = await page.goto(`${baseURL}${path}`);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1').count(), path).resolves.toBe(1);
    }
    await expect(page.locator('[data-eck-update]').isVisible()).resolves.toBe(false);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    // The update prompt is loaded only when a new version waits: never here.
    expect(log.pageRequests.filter((u) => u.includes('eck-update-prompt'))).toEqual([]);
  });

  test('a normal visit registers the worker without loading the update prompt', async () => {
    const context = await browser.newContext();
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(baseURL);
    await controlled(page);
    await page.reload();
    await controlled(page);
    // Precached by the worker like every file of the site, never fetched by the page itself.
    expect(log.requests.some((u) => u.includes('eck-update-prompt.js'))).toBe(true);
    expect(log.pageRequests.filter((u) => u.includes('eck-update-prompt'))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});

describe('a new version', () => {
  test('waits: the page shows 有新版本 and reloads only when the user taps 更新', async () => {
    // A copy of dist/ served fresh on every request, so the test can publish a new version.
    const server = await serveDistCopy(dist, new URL(baseURL).pathname);
    const context = await browser.newContext();
    // The page's clock is the test's: its hourly update check and any timer run on demand.
    await context.clock.install();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}lessons/gum-residue/`);
      await controlled(page);
      const prompt = page.locator('[data-eck-update]');
      await expect(prompt.isVisible()).resolves.toBe(false);

      await page.evaluate(() => {
        (window as unknown as { eckMarker: number }).eckMarker = 1;
        window.addEventListener('eck:before-update', () => sessionStorage.setItem('saved', 'yes'));
      });
      server.publishNewVersion();
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      await prompt.waitFor({ state: 'visible' });
      await expect(page.locator('.eck-update-region').textContent()).resolves.toContain('有新版本');
      // Nothing reloads by itself, however long the user takes: two hours on the page's clock,
      // two hourly update checks, and the new version still waits for the user.
      await page.clock.runFor(2 * hour);
      await expect(waitingState(page)).resolves.toBe('installed');
      await expect(
        page.evaluate(() => (window as unknown as { eckMarker?: number }).eckMarker),
      ).resolves.toBe(1);

      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: '更新' }).click(),
      ]);
      await expect(
        page.evaluate(() => (window as unknown as { eckMarker?: number }).eckMarker),
      ).resolves.toBeUndefined();
      await expect(page.evaluate(() => sessionStorage.getItem('saved'))).resolves.toBe('yes');
      await expect(
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
      ).resolves.toBeNull();
      await expect(prompt.isVisible()).resolves.toBe(false);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test('with two tabs open, updating in one never reloads the other', async () => {
    // A copy of dist/ served fresh on every request, so the test can publish a new version.
    const server = await serveDistCopy(dist, new URL(baseURL).pathname);
    const context = await browser.newContext();
    try {
      const [a, b] = [await context.newPage(), await context.newPage()];
      for (const tab of [a, b]) {
        await tab.goto(server.url);
        await controlled(tab);
        await tab.evaluate(() => {
          (window as unknown as { eckMarker: number }).eckMarker = 1;
        });
      }
      server.publishNewVersion();
      await a.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      for (const tab of [a, b])
        await tab.locator('[data-eck-update]').waitFor({ state: 'visible' });
      // Tab b hears the new worker take over; the shell's own listener runs before this one,
      // so a reload it started would already have fired beforeunload (Blink fires it
      // synchronously when a script reloads the page).
      await b.evaluate(() => {
        const w = window as unknown as { eckUnloading?: boolean; eckTakenOver?: Promise<boolean> };
        window.addEventListener('beforeunload', () => (w.eckUnloading = true));
        w.eckTakenOver = new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', () =>
            done(w.eckUnloading === true),
          ),
        );
      });

      await Promise.all([a.waitForEvent('load'), a.getByRole('button', { name: '更新' }).click()]);
      await expect(
        b.evaluate(() => (window as unknown as { eckTakenOver: Promise<boolean> }).eckTakenOver),
      ).resolves.toBe(false);
      const marker = (tab: Page) =>
        tab.evaluate(() => (window as unknown as { eckMarker?: number }).eckMarker);
      await expect(marker(a)).resolves.toBeUndefined();
      // The other tab keeps what is on screen and still offers the update.
      await expect(marker(b)).resolves.toBe(1);
      await expect(b.locator('[data-eck-update]').isVisible()).resolves.toBe(true);
      await Promise.all([b.waitForEvent('load'), b.getByRole('button', { name: '更新' }).click()]);
      await expect(marker(b)).resolves.toBeUndefined();
    } finally {
      await context.close();
      await server.close();
    }
  });
});
