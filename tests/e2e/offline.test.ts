// After one visit the whole kit works with no network; a page never cached shows the
// offline page; a new version waits for the user to tap 更新.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { distPages } from '../scripts/dist-pages.mjs';
import { foreignRequests, launchBrowser, viewports, watchContext } from './browser';
import { serveDistCopy } from './static-server';

const baseURL = inject('baseURL');
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const pages: string[] = distPages(dist);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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
    await page.goto(`${baseURL}lessons/never-cached-${Date.now()}/`);
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

describe('a new version', () => {
  test('waits: the page shows 有新版本 and reloads only when the user taps 更新', async () => {
    // A copy of dist/ served fresh on every request, so the test can publish a new version.
    const server = await serveDistCopy(dist, new URL(baseURL).pathname);
    const context = await browser.newContext();
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
      // Nothing reloads by itself, however long the user takes.
      await page.waitForTimeout(1500);
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

      await Promise.all([a.waitForEvent('load'), a.getByRole('button', { name: '更新' }).click()]);
      await b.waitForTimeout(1000);
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
