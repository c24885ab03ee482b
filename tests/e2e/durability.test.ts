/**
 * Issue 14: a record shown as “已保存” survives the browser process being killed right after
 * (a power cut, a crash). Chromium writes localStorage to disk lazily, seconds later; the
 * store's durable copy is an IndexedDB transaction with strict durability, on disk before
 * “已保存” is shown. The browser runs on a profile folder of its own, killed with SIGKILL.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { chromiumPath } from './browser';
import { daysBefore } from './clock';

const baseURL = inject('baseURL');
const profile = mkdtempSync(join(tmpdir(), 'eck-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

const launch = () =>
  chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    viewport: { width: 800, height: 1280 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/** SIGKILL every process of the browser on this profile: no shutdown, no flush. */
function killBrowser() {
  const pids = execFileSync('pgrep', ['-f', `user-data-dir=${profile}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
}

async function closed(context: BrowserContext) {
  await new Promise<void>((resolve) => {
    context.once('close', () => resolve());
  });
}

describe('the browser process killed right after “已保存”', () => {
  test('record page: the survey is there when the browser starts again', async () => {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(`${baseURL}lessons/gum-residue/record/`);
    await page.getByLabel('小组名称或编号').fill('第5组');
    await page.getByRole('button', { name: '开始记录' }).click();
    await page.getByRole('heading', { name: '小组：第5组' }).waitFor();
    const form = page.locator('form', { hasText: '添加一次清点' });
    await form.getByLabel('日期').fill(daysBefore(0, new Date()));
    await form.getByLabel('地点类型').selectOption('classroom');
    await form.getByLabel('地点名称').fill('断电前的教室');
    await form.getByLabel('面积（平方米）').fill('50');
    await form.getByLabel('残胶数量（块）').fill('4');
    await form.getByRole('button', { name: '添加清点记录' }).click();
    // The moment the page says the survey is saved, the power goes.
    await page.waitForFunction(() => {
      const list = document.querySelector('[aria-label="已记录的清点"]')?.textContent ?? '';
      const state = document.querySelector('.eck-save-state')?.textContent ?? '';
      return list.includes('断电前的教室') && /^已保存 /.test(state);
    });
    const gone = closed(first);
    killBrowser();
    await gone;

    const second = await launch();
    try {
      const again = second.pages()[0] ?? (await second.newPage());
      await again.goto(`${baseURL}lessons/gum-residue/record/`);
      await again.getByRole('heading', { name: '小组：第5组' }).waitFor();
      await again.locator('[aria-label="已记录的清点"] li', { hasText: '断电前的教室' }).waitFor();
    } finally {
      await second.close();
    }
  });
});
