// The storage-matrix helpers do what they claim, on a page that exists today.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { failStorageWrites, killPage } from './storage';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('failStorageWrites: matching keys throw QuotaExceededError and keep their old value', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseURL);
  await page.evaluate(() => localStorage.setItem('eck:observations:v1', 'saved before'));
  await failStorageWrites(context, /^eck:observations:/);
  await page.reload();
  const result = await page.evaluate(() => {
    let error = '';
    try {
      localStorage.setItem('eck:observations:v1', 'new');
    } catch (e) {
      error = (e as DOMException).name;
    }
    localStorage.setItem('eck:other', 'fine');
    return {
      error,
      kept: localStorage.getItem('eck:observations:v1'),
      other: localStorage.getItem('eck:other'),
    };
  });
  expect(result).toEqual({ error: 'QuotaExceededError', kept: 'saved before', other: 'fine' });
  await context.close();
});

test('killPage: no pagehide, unload or visibilitychange handler runs; saved data stays', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseURL);
  await page.evaluate(() => {
    localStorage.setItem('eck:saved', 'yes');
    for (const type of ['pagehide', 'unload', 'visibilitychange', 'beforeunload']) {
      window.addEventListener(type, () => localStorage.setItem(`eck:on-${type}`, 'ran'));
    }
  });
  await killPage(page);
  const next = await context.newPage();
  await next.goto(baseURL);
  const keys = await next.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['eck:saved']);
  await context.close();
});

test('by contrast, closing a tab normally runs pagehide: the kill is a real difference', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseURL);
  await page.evaluate(() => {
    window.addEventListener('pagehide', () => localStorage.setItem('eck:on-pagehide', 'ran'));
  });
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto(baseURL);
  await expect(next.evaluate(() => localStorage.getItem('eck:on-pagehide'))).resolves.toBe('ran');
  await context.close();
});
