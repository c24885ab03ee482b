import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { viewports, watchContext } from './browser';
import { cameraBrowser, readQr, waitForCodesSeen } from './camera';
import { installPausedClock, runUntil } from './clock';
import { GUM_RECORD_KEY } from '../../src/lib/storage/storage-keys';
import { decodeShareFragment } from '../../src/lib/share/decode-share';
import { investigationShareCodec } from '../../src/lib/share/fragment';
import { gumResidueDefinition } from '../../src/lib/investigation/definitions';
import { gumRecordPath } from './gum-record-steps';
import { encodeShareFragment } from '../../src/lib/share/encode-share';
import { createCollector, splitIntoParts } from '../../src/lib/qr-transfer/parts';
import { CYCLE_MS } from '../../src/islands/share/QrSequence';
import type { GumExport } from '../../src/schemas/gum-export';
import { makeGroupExport, must } from '../support/gum-data';
import { qrVideo } from '../support/y4m';
import {
  engineGumExport,
  engineGumLink,
  gumClassPath,
  recordCount,
  storedGumClass,
} from './gum-class-steps';

const baseURL = inject('baseURL');
const classUrl = `${baseURL}${gumClassPath}`;
// Its own folder: another file may be writing beside it (two workers).
const outDir = 'test-results/class-scan';
const video = { width: 640, height: 480, fps: 10 };

async function openScanner(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(classUrl);
  await page.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
  await page.getByRole('button', { name: '打开摄像头扫码' }).click();
  return page;
}

/** The groups the class view keeps (the engine's class data). */
const storedGroups = async (page: Page) => (await storedGumClass(page)).groups;

/** Records of a group as the engine's class view counts them (an entry is a record too). */
const records = (f: GumExport) => recordCount(engineGumExport(f));

/**
 * A group export whose share fragment makes exactly five codes at some QR version: the old
 * code's link (`#eck-gum1.…`), which the class view still reads after the update.
 */
async function fivePartGroup(): Promise<{ file: GumExport; codes: string[] }> {
  for (let surveys = 4; surveys < 60; surveys += 2) {
    const file = makeGroupExport(2, { surveys, measurements: 3, observations: 3 });
    const fragment = await encodeShareFragment(file);
    for (let v = 15; v >= 4; v--) {
      const codes = splitIntoParts(fragment, `${classUrl}#${fragment}`, v);
      if (codes.length === 5) return { file, codes };
    }
  }
  throw new Error('no five-part group found');
}

beforeAll(() => {
  mkdirSync(outDir, { recursive: true });
});

describe('扫码导入 with the fake camera', () => {
  const single = makeGroupExport(1, { surveys: 1, measurements: 1, observations: 0 });
  let browser: Browser;
  beforeAll(async () => {
    // The engine's share link, as the record page makes it since the update.
    const file = join(outDir, 'camera-single.y4m');
    writeFileSync(file, qrVideo([await engineGumLink(baseURL, engineGumExport(single))], 8, video));
    browser = await cameraBrowser(file);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a single code (the share link) imports once, without navigating', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await openScanner(context);
    const historyLength = await page.evaluate(() => window.history.length);
    await page.getByText('已收到 1 组：第1组').waitFor();
    await waitForCodesSeen(page, 6);
    await expect(page.locator('.eck-scanner-tally').textContent()).resolves.toBe(
      '已收到 1 组：第1组',
    );
    await page.getByText(`第1组（新小组）：新增 ${records(single)} 条`).waitFor();
    const groups = await storedGroups(page);
    expect(
      groups.map((g) => [g.group.name, g.records.survey?.length, g.records.measurement?.length]),
    ).toEqual([['第1组', 1, 1]]);
    expect(page.url()).toBe(classUrl);
    await expect(page.evaluate(() => window.history.length)).resolves.toBe(historyLength);
    await page.getByRole('button', { name: '关闭摄像头' }).click();
    await page.getByRole('button', { name: '打开摄像头扫码' }).waitFor();
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('扫码导入 of a five-part sequence', () => {
  let browser: Browser;
  let group: { file: GumExport; codes: string[] };
  beforeAll(async () => {
    group = await fivePartGroup();
    const order = [2, 0, 4, 1, 3].map((i) => must(group.codes[i]));
    const file = join(outDir, 'camera-five-parts.y4m');
    writeFileSync(file, qrVideo(order, 5, video));
    browser = await cameraBrowser(file);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('parts shown out of order, over and over, import the group exactly once', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const page = await openScanner(context);
    await page.getByText(/正在接收一组的数据：已收到 [1-4]\/5 张/).waitFor();
    await page.getByText('已收到 1 组：第2组').waitFor();
    // Let the video loop: every part is read again and must not import again.
    await waitForCodesSeen(page, 15);
    await expect(page.locator('.eck-scanner-tally').textContent()).resolves.toBe(
      '已收到 1 组：第2组',
    );
    const groups = await storedGroups(page);
    expect(groups).toHaveLength(1);
    expect(must(groups[0]).records.survey).toHaveLength(group.file.surveys.length);
    await expect(page.locator('.eck-import-report').allTextContents()).resolves.toEqual([
      expect.stringContaining(`第2组（新小组）：新增 ${records(group.file)} 条`),
    ]);
    await context.close();
  });

  test.each([
    ['NotAllowedError', '没有得到使用摄像头的允许'],
    ['NotFoundError', '这台设备没有找到摄像头'],
  ])(
    'a camera that fails with %s gets a clear message and the other ways in',
    async (name, text) => {
      const context = await browser.newContext({ viewport: viewports.projector });
      await context.addInitScript((n) => {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', n));
      }, name);
      const page = await openScanner(context);
      const alert = page.getByRole('alert').filter({ hasText: text });
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain('选择文件');
      await expect(page.locator('#eck-import-files').count()).resolves.toBe(1);
      await context.close();
    },
  );

  test('a page without camera access (plain http on the school network) says why', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'mediaDevices', { value: undefined });
      Object.defineProperty(window, 'isSecureContext', { value: false });
    });
    const page = await openScanner(context);
    await page.getByRole('alert').filter({ hasText: '这个页面是用 http 打开的' }).waitFor();
    await context.close();
  });

  test('the tablet cycles its codes (page.clock); the codes read back are the whole group', async () => {
    const context = await browser.newContext({
      viewport: viewports.tablet,
      hasTouch: true,
      isMobile: true,
    });
    // The page's clock stands still from the start and moves only with runFor: however slow the
    // machine, the test never names a time real time has already passed.
    await installPausedClock(context);
    const page = await context.newPage();
    // The record page (the engine's) migrates what the record page before it stored.
    await page.goto(`${baseURL}${gumRecordPath}`);
    const f = group.file;
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
      GUM_RECORD_KEY,
      JSON.stringify({
        schemaVersion: 2,
        group: f.group,
        surveys: f.surveys,
        measurements: f.measurements,
        decomposition: f.decomposition,
        lastExportedAt: null,
      }),
    ] as const);
    await page.reload();
    // The island hydrates on an idle callback: step the clock until it shows the group.
    const name = page.getByLabel('小组名称');
    await runUntil(
      page,
      async () => (await name.count()) > 0 && (await name.inputValue()) === f.group.name,
    );
    await page.evaluate(() => document.getElementById('eck-export-title')?.scrollIntoView());
    await page.getByRole('button', { name: '生成分享链接和二维码' }).tap();
    const img = page.getByRole('img', { name: /^给摄像头扫的二维码，第 \d+\/\d+ 张$/ });
    await runUntil(page, () => img.isVisible());
    const label = async () => {
      const m = /第 (\d+)\/(\d+) 张/.exec((await img.getAttribute('alt')) ?? '');
      return { n: Number(m?.[1]), total: Number(m?.[2]) };
    };
    // The cycle starts in an effect after the codes show: step until the first change; from
    // there each runFor(CYCLE_MS) shows exactly the next code.
    const shown = (await label()).n;
    await runUntil(page, async () => (await label()).n !== shown);
    const first = await label();
    expect(first.total).toBeGreaterThan(1);
    const collector = createCollector();
    let fragment: string | null = null;
    for (let step = 0; step < first.total; step++) {
      const { n } = await label();
      expect(n).toBe(((first.n - 1 + step) % first.total) + 1);
      const code = await readQr(img);
      const event = collector.add(must(code).data);
      if (event.kind === 'complete') fragment = event.fragment;
      await page.clock.runFor(CYCLE_MS);
    }
    // The codes hold the group's data: the fragment decodes to its export file (the engine's
    // now: records per kind, the old records' ids kept).
    const decoded = await decodeShareFragment(
      investigationShareCodec(gumResidueDefinition),
      must(fragment),
    );
    if (!decoded.ok) throw new Error(decoded.error);
    const shared = JSON.parse(decoded.text) as {
      group: { name: string };
      records: Record<string, { id: string; values: Record<string, unknown> }[]>;
    };
    expect(shared.group.name).toBe(f.group.name);
    expect(
      shared.records['survey']?.map((r) => [r.id, r.values['placeName'], r.values['count']]),
    ).toEqual(f.surveys.map((r) => [r.id, r.placeName, r.count]));
    expect(shared.records['measurement']?.map((r) => r.id)).toEqual(
      f.measurements.map((r) => r.id),
    );
    expect(shared.records['observation']?.map((r) => r.id)).toEqual(
      f.decomposition.observations.map((r) => r.id),
    );
    expect(shared.records['prediction']?.length).toBe(f.decomposition.predictions.length);
    expect(shared.records['setup']?.length).toBe(f.decomposition.setup ? 1 : 0);
    await context.close();
  });
});
