import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  axeViolations,
  foreignRequests,
  launchBrowser,
  openNearScreenSection,
  viewports,
  watchContext,
} from './browser';
import { step } from './steps';
import {
  chooseClassFiles,
  classResidues,
  engineGumExport,
  engineGumLink,
  gumClassPath,
  gumDef,
  gumLegacyFixture,
  openGumClass,
  recordCount,
  storedGumClass,
  storedGumClassText,
} from './gum-class-steps';
import { investigationCsv } from '../../src/lib/investigation/csv';
import { GUM_CLASS_KEY } from '../../src/lib/storage/storage-keys';
import { makeGroupExport, must } from '../support/gum-data';

const baseURL = inject('baseURL');
const classUrl = `${baseURL}${gumClassPath}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The class view runs on the real clock (its two-tab test in storage-matrix.test.ts failed
// under Playwright's fake clock and passes without it). The groups' data comes from files built
// here (engine export files of the old code's test data), not from the record page.
function projector(): Promise<BrowserContext> {
  return browser.newContext({ viewport: viewports.projector, acceptDownloads: true });
}

const oldA = makeGroupExport(1, { surveys: 6, measurements: 5, observations: 4 });
const oldB = makeGroupExport(2, { surveys: 4, measurements: 3, observations: 3 });
oldB.group = { ...oldB.group, name: '<b>二组</b>' };
oldB.surveys[0] = {
  ...must(oldB.surveys[0]),
  note: '=HYPERLINK("http://x","点我") <img src=x onerror=alert(1)>',
};
const fileA = engineGumExport(oldA);
const fileB = engineGumExport(oldB);
const residues = [...oldA.surveys, ...oldB.surveys].reduce((n, s) => n + s.count, 0);
const named = (name: string, file: unknown) => ({ name, text: JSON.stringify(file) });

describe('class view', () => {
  test('two groups share by file and by link; the teacher merges them once, charts them and exports CSV', async (t) => {
    const context = await projector();
    const log = watchContext(context);
    const teacher = await context.newPage();
    let dialogs = 0;
    teacher.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const reports = teacher.locator('.eck-import-report');
    const [nA, nB] = [recordCount(fileA), recordCount(fileB)];

    await step(t, 'the teacher imports both files', async () => {
      await openGumClass(teacher, classUrl);
      await teacher.getByText('还没有小组的数据').waitFor();
      await chooseClassFiles(teacher, [named('第1组.json', fileA), named('二组.json', fileB)]);
      await teacher.getByRole('heading', { name: '已导入的小组（2）' }).waitFor();
      await expect(reports.nth(0).textContent()).resolves.toContain(
        `第1组（新小组）：新增 ${nA} 条`,
      );
      await expect(reports.nth(1).textContent()).resolves.toContain(
        `<b>二组</b>（新小组）：新增 ${nB} 条`,
      );
      await expect.poll(() => classResidues(teacher)).toBe(String(residues));
      // Imported text is shown as text.
      await expect(
        teacher.locator('.eck-class b, .eck-class img, .eck-class script').count(),
      ).resolves.toBe(0);
      await teacher.locator('.eck-record-text strong', { hasText: '<b>二组</b>' }).waitFor();
    });

    await step(t, 'every chart is drawn once it scrolls into view', async () => {
      await openNearScreenSection(teacher, 'eck-charts-title');
      const canvases = teacher.locator('.eck-class-charts .eck-chart-box canvas');
      await expect.poll(() => canvases.count()).toBe(gumDef.charts?.length ?? 0);
      const n = await canvases.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i += 1) {
        await canvases.nth(i).scrollIntoViewIfNeeded();
        await teacher.locator(`.eck-class-charts canvas[data-drawn="true"] >> nth=${i}`).waitFor();
      }
      expect(await axeViolations(teacher)).toEqual([]);
    });

    const [linkA, linkB] = [
      await engineGumLink(baseURL, fileA),
      await engineGumLink(baseURL, fileB),
    ];
    await step(t, 'the same file again, and both links: nothing doubles', async () => {
      const stored = await storedGumClassText(teacher);
      await chooseClassFiles(teacher, [named('第1组.json', fileA)]);
      await teacher.getByText(`已有未变 ${nA} 条`).waitFor();
      await expect(reports.first().textContent()).resolves.toContain('新增 0 条，更新 0 条');
      for (const link of [linkA, linkB]) {
        await openGumClass(teacher, link);
        await teacher.getByRole('heading', { name: '收到一个小组的分享链接' }).waitFor();
        expect(new URL(teacher.url()).hash).toBe('');
        await teacher.getByRole('button', { name: '加到全班数据' }).click();
        await teacher.getByText('新增 0 条，更新 0 条').waitFor();
      }
      expect(await storedGumClassText(teacher)).toBe(stored);
      await expect.poll(() => classResidues(teacher)).toBe(String(residues));
    });

    await step(t, 'a corrected count shared again replaces the old one', async () => {
      const first = must(fileA.records.survey?.[0]);
      const corrected = {
        ...fileA,
        records: {
          ...fileA.records,
          survey: (fileA.records.survey ?? []).map((r) =>
            r.id === first.id
              ? {
                  ...r,
                  updatedAt: new Date().toISOString(),
                  values: { ...r.values, count: Number(r.values.count) + 100 },
                }
              : r,
          ),
        },
      };
      await openGumClass(teacher, await engineGumLink(baseURL, corrected));
      await teacher.getByRole('button', { name: '加到全班数据' }).click();
      await teacher.getByText(`第1组：新增 0 条，更新 1 条，已有未变 ${nA - 1} 条`).waitFor();
      await expect.poll(() => classResidues(teacher)).toBe(String(residues + 100));
    });

    await step(t, 'CSV: BOM, Chinese headers, the class rows, formulas neutralised', async () => {
      const csvFile = must(gumDef.csv[0]);
      const [download] = await Promise.all([
        teacher.waitForEvent('download'),
        teacher.getByRole('button', { name: `导出 CSV：${csvFile.label}` }).click(),
      ]);
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      // Exactly what the engine writes for the stored class data.
      expect(csv).toBe(investigationCsv(gumDef, csvFile, await storedGumClass(teacher)));
      expect(csv.split('\r\n')[0]).toContain('残胶数量');
      expect(csv).toContain(`"'${oldB.surveys[0]?.note.replaceAll('"', '""')}"`);
    });

    await step(t, 'reloading keeps everything; no error, dialog or outside request', async () => {
      await teacher.reload();
      await teacher.getByRole('heading', { name: '已导入的小组（2）' }).waitFor();
      await expect.poll(() => classResidues(teacher)).toBe(String(residues + 100));
      expect(dialogs).toBe(0);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(foreignRequests(log, baseURL)).toEqual([]);
    });
    await context.close();
  }, 180_000);

  test('malicious, damaged, newer and huge files are refused by name; the class data is unchanged', async () => {
    const context = await projector();
    const page = await context.newPage();
    await openGumClass(page, classUrl);
    await chooseClassFiles(page, [named('a.json', fileA)]);
    await page.getByRole('heading', { name: '已导入的小组（1）' }).waitFor();
    const before = await storedGumClassText(page);

    const good = JSON.stringify(fileB);
    const survey0 = must(fileB.records.survey?.[0]);
    await chooseClassFiles(page, [
      {
        name: 'proto.json',
        text: good.replace('"records"', '"__proto__":{"isAdmin":true},"records"'),
      },
      named('ctor.json', { ...fileB, group: { ...fileB.group, constructor: 1 } }),
      named('newer.json', { ...fileB, schemaVersion: 9 }),
      { name: 'cut.json', text: good.slice(0, 300) },
      named('types.json', {
        ...fileB,
        records: {
          ...fileB.records,
          survey: [{ ...survey0, values: { ...survey0.values, count: '7' } }],
        },
      }),
      named('extra.json', { ...fileB, extra: true }),
      { name: 'other.json', text: '{"hello":"world"}' },
      { name: 'huge.json', text: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20) },
    ]);
    const bad = page.locator('.eck-import-report--bad');
    await expect.poll(() => bad.count()).toBe(8);
    const texts = await bad.allTextContents();
    expect(texts).toEqual([
      '“huge.json”没有导入：文件太大（5.0 MB），最大只能导入 5 MB，可能不是小组导出的文件。',
      '“proto.json”没有导入：文件里有不允许的项（__proto__），没有导入。',
      '“ctor.json”没有导入：文件里有不允许的项（constructor），没有导入。',
      '“newer.json”没有导入：这个文件来自更新版本的工具箱（版本 9），这里只能读取版本 1。请把工具箱更新后再导入。',
      '“cut.json”没有导入：文件不是有效的 JSON，可能不完整或已损坏。',
      '“types.json”没有导入：残胶清点第 1 条的残胶数量应该是数字。',
      '“extra.json”没有导入：文件里有不认识的项：extra。',
      '“other.json”没有导入：这不是“口香糖残胶实验”的数据文件。',
    ]);
    expect(await storedGumClassText(page)).toBe(before);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
      'isAdmin',
    );

    // Damaged links, the engine's and the old code's, are refused and leave the data alone.
    for (const fragment of ['eck-gum-residue1.AAAAAAAA', 'eck-gum1.AAAAAAAA']) {
      await openGumClass(page, `${classUrl}#${fragment}`);
      await page.getByText('分享链接没有导入').waitFor();
      expect(await storedGumClassText(page)).toBe(before);
    }
    await context.close();
  });

  test('a group can be removed and imported again; two tabs agree', async () => {
    const context = await projector();
    const one = await context.newPage();
    const two = await context.newPage();
    await openGumClass(one, classUrl);
    await openGumClass(two, classUrl);
    await chooseClassFiles(one, [named('a.json', fileA), named('b.json', fileB)]);
    await two.getByRole('heading', { name: '已导入的小组（2）' }).waitFor();

    await one.getByRole('button', { name: '移除 第1组' }).click();
    await one.getByText('已删除“第1组”的数据').waitFor();
    await one.getByRole('heading', { name: '已导入的小组（1）' }).waitFor();
    await two.getByRole('heading', { name: '已导入的小组（1）' }).waitFor();
    await one.getByRole('button', { name: '撤销删除' }).click();
    await one.getByRole('heading', { name: '已导入的小组（2）' }).waitFor();
    await two.getByRole('heading', { name: '已导入的小组（2）' }).waitFor();
    await expect.poll(() => classResidues(one)).toBe(String(residues));
    await context.close();
  });
});

describe('after the update onto the engine: what the previous version left', () => {
  test('the old class data on this device (eck:gum-class:v1) shows: its groups and their numbers', async () => {
    const context = await projector();
    const page = await context.newPage();
    const old = gumLegacyFixture('stored-class-v1.json');
    await page.goto(classUrl);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [GUM_CLASS_KEY, old] as const);
    await openGumClass(page, classUrl);
    await page.getByRole('heading', { name: '已导入的小组（2）' }).waitFor();
    expect(await page.locator('.eck-record-text strong').allTextContents()).toEqual([
      '第3组',
      '绿叶队',
    ]);
    // 31 residues in the two groups' surveys of the fixture.
    await expect.poll(() => classResidues(page)).toBe('31');
    expect((await storedGumClass(page)).groups.map((g) => g.group.name)).toEqual([
      '第3组',
      '绿叶队',
    ]);
    // The old value stays where it was; a reload reads the engine's copy, the same.
    expect(await page.evaluate((k) => localStorage.getItem(k), GUM_CLASS_KEY)).toBe(old);
    await page.reload();
    await expect.poll(() => classResidues(page)).toBe('31');
    await context.close();
  });

  test('files exported by the previous version import: a group’s file and the class file', async () => {
    const context = await projector();
    const page = await context.newPage();
    await openGumClass(page, classUrl);
    await chooseClassFiles(page, [
      { name: '第3组-旧版.json', text: gumLegacyFixture('group-3.json') },
    ]);
    await page.getByText(/第3组（新小组）：新增 \d+ 条/).waitFor();
    await page.getByRole('heading', { name: '已导入的小组（1）' }).waitFor();
    // Group 3's file: 22 residues.
    await expect.poll(() => classResidues(page)).toBe('22');
    await chooseClassFiles(page, [
      { name: '全班-旧版.json', text: gumLegacyFixture('class.json') },
    ]);
    await page.getByText('（全班数据文件）', { exact: false }).waitFor();
    await page.getByRole('heading', { name: '已导入的小组（2）' }).waitFor();
    await expect.poll(() => classResidues(page)).toBe('31');
    await context.close();
  });

  test('a share link of the previous version (#eck-gum1.…) is offered and imports', async () => {
    const context = await projector();
    const page = await context.newPage();
    const fragment = gumLegacyFixture('group-3.share.txt').trim();
    expect(fragment.startsWith('eck-gum1.')).toBe(true);
    await openGumClass(page, `${classUrl}#${fragment}`);
    await page.getByRole('heading', { name: '收到一个小组的分享链接' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByText(/“第3组”的数据，共 \d+ 条记录。/).waitFor();
    await page.getByRole('button', { name: '加到全班数据' }).click();
    await page.getByRole('heading', { name: '已导入的小组（1）' }).waitFor();
    await expect.poll(() => classResidues(page)).toBe('22');
    // Pasted, the same link adds nothing twice.
    await page.getByLabel('粘贴分享链接').fill(`${classUrl}#${fragment}`);
    await page.getByRole('button', { name: '读取链接' }).click();
    await page.getByRole('button', { name: '加到全班数据' }).click();
    await page.getByText('新增 0 条，更新 0 条').waitFor();
    await context.close();
  });
});
