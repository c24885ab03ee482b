// The site sweep (site-sweep.ts) over the pages outside lessons and printables, the check that
// the slices together take every page of dist/ exactly once, and the proof that the sweep's
// checks can fail.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { keyboardWalk, viewports, watchCsp } from './browser';
import {
  resizeAndShow,
  sitePages,
  slicesOf,
  sweepSlice,
  sweepSlices,
  widths,
  type SweepSlice,
} from './site-sweep';

const baseURL = inject('baseURL');
const browser = sweepSlice('home');

test('the page list comes from dist/ and holds the known pages; the slices take each page exactly once', () => {
  expect(sitePages).toEqual(
    expect.arrayContaining(['', '404.html', 'offline/', 'lessons/gum-residue/']),
  );
  for (const path of sitePages) expect(slicesOf(path), `/${path}`).toHaveLength(1);
  // Each slice takes a page and is swept by its own file.
  for (const name of Object.keys(sweepSlices) as SweepSlice[]) {
    expect(sitePages.filter(sweepSlices[name]).length, name).toBeGreaterThan(0);
    const file = new URL(`./site-${name}.test.ts`, import.meta.url);
    expect(existsSync(file), `site-${name}.test.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`sweepSlice('${name}')`);
  }
});

describe('the sweep checks can fail', () => {
  test('an inline script added to a page is blocked and reported as a CSP violation', async () => {
    const context = await browser().newContext();
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

  test('a page too wide only at the panel’s size is caught after the resize from 1920', async () => {
    const context = await browser().newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    await page.goto(baseURL);
    // A stylesheet made in the page (the CSP refuses a <style> added to it).
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '@media (max-width: 1600px) { body::after { content: ""; display: block; width: 1700px; height: 1px; } }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const before = await widths(page);
    expect(before.scroll).toBeLessThanOrEqual(before.client);
    await resizeAndShow(page, viewports.panel);
    const after = await widths(page);
    // The window is the panel's now (less a scroll bar, if the page shows one).
    expect(after.client).toBeLessThanOrEqual(viewports.panel.width);
    expect(after.client).toBeGreaterThan(viewports.panel.width - 40);
    expect(after.scroll).toBeGreaterThan(after.client);
    await context.close();
  });

  test('the keyboard walk finds a control without a focus ring and one behind a trap', async () => {
    const context = await browser().newContext();
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
