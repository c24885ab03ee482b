import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, foreignRequests, launchBrowser, viewports, watchContext } from './browser';
import { cameraBrowser, readQr, waitForCodesSeen } from './camera';
import { installPausedClock, runUntil } from './clock';
import { step } from './steps';
import { CYCLE_MS } from '../../src/islands/share/QrSequence';
import { createCollector } from '../../src/lib/qr-transfer/parts';
import { investigationClassKey, investigationRecordKey } from '../../src/lib/storage/storage-keys';
import { investigationCsvTable } from '../../src/lib/investigation/csv';
import { mergeInvestigationGroups } from '../../src/lib/investigation/merge';
import { emptyInvestigationClassData } from '../../src/schemas/investigation/records';
import { def, litterGroup } from '../support/litter-data';
import { qrVideo } from '../support/y4m';

const baseURL = inject('baseURL');
const recordUrl = `${baseURL}lessons/campus-litter/record/`;
const classUrl = `${baseURL}lessons/campus-litter/class/`;
// Its own folder: another file may be writing beside it (two workers).
const outDir = 'test-results/campus-litter-share';
const video = { width: 640, height: 480, fps: 10 };
const must = <T>(v: T | null | undefined): T => {
  if (v === null || v === undefined) throw new Error('missing');
  return v;
};

const g3 = litterGroup(3, '第3组', '操场东边', [12, 1, 3, 7], [5, 0, 1, 2]);
const records = Object.values(g3.records).reduce((n, l) => n + l.length, 0);
/** The tablet's day: after every date in the litter data (the last is 2026-11-30). */
const litterNow = new Date('2026-12-01T04:00:00Z');

async function storedGroups(page: Page): Promise<{ group: { name: string } }[]> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), investigationClassKey(def.id));
  return JSON.parse(must(raw)).groups;
}

let plain: Browser;
beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  plain = await launchBrowser();
});
afterAll(async () => {
  await plain?.close();
});

describe('campus litter: share link and QR codes from the tablet to the class view', () => {
  /** What the tablet showed: the link and the camera codes in the order they came. */
  let shared: { link: string; codes: string[] } | null = null;

  test('a pupil makes a share link and camera codes on the record page', async (t) => {
    const tablet = await plain.newContext({
      viewport: viewports.tablet,
      hasTouch: true,
      isMobile: true,
    });
    const tabletLog = watchContext(tablet);
    await tablet.addInitScript(
      ([key, value]) => {
        // The group's records as the record page keeps them, before the page first loads.
        try {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
        } catch {
          /* frames without storage */
        }
      },
      [
        investigationRecordKey(def.id),
        JSON.stringify({ group: g3.group, records: g3.records }),
      ] as const,
    );
    // The page's clock stands still from the start and moves only with runFor: however slow the
    // machine, the test never names a time real time has already passed.
    await installPausedClock(tablet, litterNow);
    const pupil = await tablet.newPage();
    await pupil.goto(recordUrl);

    const { link, codes } = await step(t, 'the pupil makes a share link and QR codes', async () => {
      const share = pupil.locator('section', {
        has: pupil.getByRole('heading', { name: '用链接或二维码发给老师' }),
      });
      // The island hydrates on an idle callback: step the clock until it shows the share box.
      const warning = share.getByText(/谁拿到链接谁就能看到这些记录/);
      await runUntil(pupil, () => warning.isVisible());
      await share.getByText(/最好用“导出文件”/).waitFor();
      const before = tabletLog.pageRequests.filter((u) => u.endsWith('.js')).length;
      await share.getByRole('button', { name: '生成分享链接和二维码' }).tap();
      // The phone's code holds the whole link.
      const phone = share.getByRole('img', { name: '分享链接的二维码，请老师用手机扫描' });
      await runUntil(pupil, () => phone.isVisible());
      const url = must(await readQr(phone)).data;
      expect(url).toMatch(
        /^http:\/\/[^/]+\/lessons\/campus-litter\/class\/#eck-campus-litter1\.[A-Za-z0-9_-]+$/,
      );
      // The encoder and qrcode loaded on the tap, not with the page.
      expect(tabletLog.pageRequests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(
        before,
      );
      // The camera's codes cycle; read each as the teacher's camera will (fake timers).
      const img = share.getByRole('img', { name: /^给摄像头扫的二维码，第 \d+\/\d+ 张$/ });
      await runUntil(pupil, () => img.isVisible());
      const label = async () => {
        const m = /第 (\d+)\/(\d+) 张/.exec((await img.getAttribute('alt')) ?? '');
        return { n: Number(m?.[1]), total: Number(m?.[2]) };
      };
      // The cycle starts in an effect after the codes show: step until the first change; from
      // there each runFor(CYCLE_MS) shows exactly the next code.
      const shown = (await label()).n;
      await runUntil(pupil, async () => (await label()).n !== shown);
      const first = await label();
      expect(first.total).toBeGreaterThan(1);
      const texts: string[] = [];
      const collector = createCollector();
      let whole: string | null = null;
      for (let i = 0; i < first.total; i++) {
        expect((await label()).n).toBe(((first.n - 1 + i) % first.total) + 1);
        const text = must(await readQr(img)).data;
        texts.push(text);
        const e = collector.add(text);
        if (e.kind === 'complete') whole = e.fragment;
        await pupil.clock.runFor(CYCLE_MS);
      }
      // The codes join up to the link's own data.
      expect(whole).toBe(url.slice(url.indexOf('#') + 1));
      // axe waits on timers: let the page's clock run again.
      await pupil.clock.resume();
      expect(await axeViolations(pupil)).toEqual([]);
      return { link: url, codes: texts };
    });
    shared = { link, codes };
    expect(foreignRequests(tabletLog, baseURL)).toEqual([]);
    expect(tabletLog.pageErrors).toEqual([]);
    await tablet.close();
  });

  test('the teacher pastes the link into the class view', async (t) => {
    const { link } = must(shared);

    await step(
      t,
      'the teacher pastes the link: offered, added, nothing in the history',
      async () => {
        const panel = await plain.newContext({ viewport: viewports.panel });
        const log = watchContext(panel);
        const teacher = await panel.newPage();
        await teacher.goto(classUrl);
        await teacher.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
        await teacher.getByText(/最好用文件/).waitFor();
        const history = await teacher.evaluate(() => window.history.length);
        // The paste box is a field of the kit: a 44 px input, its hint below it.
        const pasteBox = await teacher.getByLabel('粘贴分享链接').boundingBox();
        expect(pasteBox?.height).toBeGreaterThanOrEqual(44);
        await teacher.locator('#eck-paste-link-hint').waitFor();
        // Chat apps wrap long links: the pasted text has line breaks and words around it.
        await teacher
          .getByLabel('粘贴分享链接')
          .fill(`第3组的链接：\n${link.slice(0, 80)}\n${link.slice(80)}`);
        await teacher.getByRole('button', { name: '读取链接' }).click();
        await teacher
          .getByText(`“第3组”的数据，共 ${records} 条记录。要加到这台设备的全班数据里吗？`)
          .waitFor();
        expect(await storedGroups(teacher).catch(() => [])).toEqual([]);
        await teacher.getByRole('button', { name: '加到全班数据' }).click();
        await teacher.getByRole('heading', { name: '已导入的小组（1）' }).waitFor();
        await teacher.getByText(`第3组（新小组）：新增 ${records} 条`).waitFor();
        expect((await storedGroups(teacher)).map((g) => g.group.name)).toEqual(['第3组']);
        expect(teacher.url()).toBe(classUrl);
        expect(await teacher.evaluate(() => window.history.length)).toBe(history);
        // A gum link pasted here is refused with the reason.
        await teacher
          .getByLabel('粘贴分享链接')
          .fill('https://x/lessons/gum-residue/class/#eck-gum1.AAAA');
        await teacher.getByRole('button', { name: '读取链接' }).click();
        await teacher
          .getByText(/分享链接没有导入：这个链接不是校园垃圾大调查的分享链接。/)
          .waitFor();
        expect(await axeViolations(teacher)).toEqual([]);
        // And the other way: this link pasted into the gum class view (on the engine, reading
        // its old links too) is refused with the reason, nothing imported.
        await teacher.goto(`${baseURL}lessons/gum-residue/class/`);
        await teacher.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
        await teacher.getByLabel('粘贴分享链接').fill(link);
        await teacher.getByRole('button', { name: '读取链接' }).click();
        await teacher
          .getByText(/分享链接没有导入：这个链接不是口香糖残胶实验的分享链接。/)
          .waitFor();
        await teacher.getByText('还没有小组的数据', { exact: false }).waitFor();
        expect(foreignRequests(log, baseURL)).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        await panel.close();
      },
    );
  });

  test('the teacher scans the codes with the camera, then downloads the Excel workbook', async (t) => {
    const { codes } = must(shared);
    // The camera plays the tablet's codes out of order, over and over.
    const file = join(outDir, 'camera-litter.y4m');
    writeFileSync(file, qrVideo([...codes].reverse(), 5, video));
    const camera = await cameraBrowser(file);
    try {
      const panel = await camera.newContext({
        viewport: viewports.projector,
        acceptDownloads: true,
      });
      const log = watchContext(panel);
      const teacher = await panel.newPage();

      await step(
        t,
        'the teacher scans the codes with the camera: the group arrives once',
        async () => {
          await teacher.goto(classUrl);
          await teacher.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
          await teacher.getByRole('button', { name: '打开摄像头扫码' }).click();
          await teacher.getByText('已收到 1 组：第3组').waitFor();
          await waitForCodesSeen(teacher, codes.length * 3);
          expect(await teacher.locator('.eck-scanner-tally').textContent()).toBe(
            '已收到 1 组：第3组',
          );
          expect((await storedGroups(teacher)).map((g) => g.group.name)).toEqual(['第3组']);
          expect(await teacher.locator('.eck-import-report').allTextContents()).toEqual([
            expect.stringContaining(`第3组（新小组）：新增 ${records} 条`),
          ]);
          await teacher.getByRole('button', { name: '关闭摄像头' }).click();
        },
      );

      await step(t, '导出 Excel: read back, numbers as numbers, dates as dates', async () => {
        const before = log.pageRequests.filter((u) => u.endsWith('.js')).length;
        const [download] = await Promise.all([
          teacher.waitForEvent('download'),
          teacher.getByRole('button', { name: '导出 Excel' }).click(),
        ]);
        expect(log.pageRequests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(before);
        expect(download.suggestedFilename()).toMatch(
          /^校园垃圾大调查-全班-\d{4}-\d{2}-\d{2}\.xlsx$/,
        );
        await teacher.getByText(`已导出“${download.suggestedFilename()}”。`).waitFor();
        const sheets = await readXlsxFile(await readFile(must(await download.path())));
        expect(sheets.map((s) => s.sheet)).toEqual([
          ...def.csv.map((f) => f.label),
          ...def.summaries.map((s) => s.title),
          ...(def.comparisons ?? []).map((c) => c.title),
        ]);
        const data = mergeInvestigationGroups(emptyInvestigationClassData(), [g3]).data;
        const table = investigationCsvTable(def, must(def.csv[0]), data);
        const rows = must(sheets[0]).data;
        expect(rows[0]).toEqual(table.fields);
        expect(rows).toHaveLength(3);
        const col = (name: string) => table.fields.indexOf(name);
        const firstRound = must(rows.find((r) => r[col('第几次调查')] === '第一次'));
        expect(firstRound[col('小组')]).toBe('第3组');
        expect(firstRound[col('区域')]).toBe('操场东边');
        expect(firstRound[col('可回收物（件）')]).toBe(12);
        expect(firstRound[col('合计（件）')]).toBe(23);
        expect(firstRound[col('调查日期')]).toBeInstanceOf(Date);
        expect((firstRound[col('调查日期')] as unknown as Date).toISOString().slice(0, 10)).toBe(
          '2026-11-16',
        );
        const zones = must(sheets[1]).data;
        expect(zones[1]).toEqual(['第3组', '操场东边', 120]);
      });
      expect(foreignRequests(log, baseURL)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      await panel.close();
    } finally {
      await camera.close();
    }
  });
});
