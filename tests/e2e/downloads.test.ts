import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openNearScreenSection, viewports } from './browser';
import { GUM_RECORD_KEY } from '../../src/lib/storage/storage-keys';
import { gumRecordPath } from './gum-record-steps';
import { GUM_ENGINE_CLASS_KEY, classGroupOf, engineGumExport, gumDef } from './gum-class-steps';
import { makeGroupExport, must } from '../support/gum-data';
import { userAgents } from '../support/user-agents';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const file = makeGroupExport(1, { surveys: 2, measurements: 1, observations: 1 });
// The gum class view's data since it moved onto the engine.
const classData = { groups: [classGroupOf(engineGumExport(file))] };
const stored: Record<string, string> = {
  [GUM_ENGINE_CLASS_KEY]: JSON.stringify(classData),
  // What the record page before the engine stored: the engine's record page migrates it on
  // first load, so its export has a group to export.
  [GUM_RECORD_KEY]: JSON.stringify({
    schemaVersion: 2,
    group: file.group,
    surveys: file.surveys,
    measurements: file.measurements,
    decomposition: file.decomposition,
    lastExportedAt: null,
  }),
};

async function contextAs(userAgent?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: viewports.tablet,
    acceptDownloads: true,
    ...(userAgent ? { userAgent } : {}),
  });
  await context.addInitScript((items) => {
    try {
      for (const [k, v] of Object.entries(items)) {
        if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
      }
    } catch {
      /* frames without storage */
    }
  }, stored);
  return context;
}

/** Every download control of the kit: where it is, how to reach it, its name. */
const controls = [
  { page: gumRecordPath, section: 'eck-export-title', buttons: ['导出文件'] },
  {
    // The engine's class view: Excel and a CSV per file of the definition.
    page: 'lessons/gum-residue/class/',
    section: 'eck-csv-title',
    buttons: ['导出 Excel', ...gumDef.csv.map((f) => `导出 CSV：${f.label}`), '导出全班数据文件'],
  },
] as const;

const guidance = '点右上角 ··· → 在浏览器打开';

async function countDownloads(page: Page): Promise<() => number> {
  let n = 0;
  page.on('download', () => (n += 1));
  return () => n;
}

describe.each([
  ['微信', userAgents.wechatAndroid],
  ['QQ', userAgents.qqApp],
  ['钉钉', userAgents.dingtalk],
])('in %s’s built-in browser', (_app, ua) => {
  test('every download control says so before the tap and gives a message instead of a silent failure', async () => {
    const context = await contextAs(ua);
    const page = await context.newPage();
    const downloads = await countDownloads(page);
    for (const slug of ['gum-residue', 'low-carbon-living', 'campus-litter']) {
      await page.goto(`${baseURL}lessons/${slug}/`);
      const note = page.locator('[data-eck-inapp-note]');
      await note.filter({ hasText: guidance }).waitFor();
      await expect(note.textContent()).resolves.toContain('不能下载文件');
    }
    for (const c of controls) {
      await page.goto(`${baseURL}${c.page}`);
      await openNearScreenSection(page, c.section);
      const section = page.locator(`section[aria-labelledby="${c.section}"]`);
      await section.locator('.eck-alert', { hasText: guidance }).waitFor();
      for (const name of c.buttons) {
        await section.getByRole('button', { name }).click();
        await section.getByRole('status').filter({ hasText: guidance }).waitFor();
      }
    }
    expect(downloads()).toBe(0);
    await context.close();
  });
});

describe('in an ordinary browser', () => {
  test('every download control gives a file and no in-app note', async () => {
    const context = await contextAs(userAgents.chromeWindows7);
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/gum-residue/`);
    await expect(page.locator('[data-eck-inapp-note]').isHidden()).resolves.toBe(true);
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载教案（Word）' }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe('口香糖残胶去哪儿了-教案.docx');
    const bytes = await readFile(must(await docx.path()));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    for (const c of controls) {
      await page.goto(`${baseURL}${c.page}`);
      await openNearScreenSection(page, c.section);
      const section = page.locator(`section[aria-labelledby="${c.section}"]`);
      for (const name of c.buttons) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          section.getByRole('button', { name }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.(json|csv|xlsx)$/);
        await section
          .getByRole('status')
          .filter({ hasText: download.suggestedFilename() })
          .waitFor();
      }
      await expect(section.locator('.eck-alert', { hasText: guidance }).count()).resolves.toBe(0);
    }
    await context.close();
  });
});
