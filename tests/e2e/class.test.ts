import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  foreignRequests,
  launchBrowser,
  openNearScreenSection,
  viewports,
  watchContext,
} from './browser';
import { step } from './steps';
import { pageToday } from './clock';
import { GUM_RECORD_KEY } from '../../src/stores/gum-record';
import { GUM_CLASS_KEY } from '../../src/stores/gum-class';
import { ClassDataSchema } from '../../src/schemas/gum-class';
import { FORMULA_START, csvTable } from '../../src/lib/gum-csv';
import type { GumExport } from '../../src/schemas/gum-export';
import type { GumRecord } from '../../src/schemas/gum-record';
import { makeGroupExport, must } from '../support/gum-data';

const baseURL = inject('baseURL');
const recordUrl = `${baseURL}lessons/gum-residue/record/`;
const classUrl = `${baseURL}lessons/gum-residue/class/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// These pages run on the real clock (the class view's two-tab test in storage-matrix.test.ts
// failed under Playwright's fake clock and passes without it). Dates typed here come from the page's own clock
// (pageToday), so the page and the test agree even across midnight (a date typed just before
// it is yesterday's after it, which every form accepts).
function tablet(): Promise<BrowserContext> {
  return browser.newContext({
    viewport: viewports.tablet,
    hasTouch: true,
    isMobile: true,
    acceptDownloads: true,
  });
}

function projector(): Promise<BrowserContext> {
  return browser.newContext({ viewport: viewports.projector, acceptDownloads: true });
}

/** What a tablet keeps after recording the data of an export file. */
function storedRecord(file: GumExport): GumRecord {
  return {
    schemaVersion: 2,
    group: file.group,
    surveys: file.surveys,
    measurements: file.measurements,
    decomposition: file.decomposition,
    lastExportedAt: null,
  };
}

/** A tablet whose group has recorded `file`'s data: open the record page with it stored. */
async function tabletWith(file: GumExport): Promise<{ context: BrowserContext; page: Page }> {
  const context = await tablet();
  const page = await context.newPage();
  await page.goto(recordUrl);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
    GUM_RECORD_KEY,
    JSON.stringify(storedRecord(file)),
  ] as const);
  await page.reload();
  await page.getByRole('heading', { name: `小组：${file.group.name}` }).waitFor();
  return { context, page };
}

async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  await openNearScreenSection(page, 'eck-export-title');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出文件' }).tap(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path()) ?? '', 'utf8'),
  };
}

/** Read the QR code shown on the tablet as a phone camera would. */
async function scanQr(page: Page): Promise<string> {
  const img = page.getByRole('img', { name: '分享链接的二维码，请老师用手机扫描' });
  await img.waitFor();
  const pixels = await img.evaluate((el: HTMLImageElement) => {
    const c = document.createElement('canvas');
    c.width = el.naturalWidth;
    c.height = el.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(el, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height);
    // As one base64 string: an array of millions of numbers takes minutes to cross the
    // debugger protocol on a busy machine.
    let bytes = '';
    for (let i = 0; i < d.data.length; i += 0x8000) {
      bytes += String.fromCharCode(...d.data.subarray(i, i + 0x8000));
    }
    return { w: d.width, h: d.height, base64: btoa(bytes) };
  });
  const code = jsQR(
    new Uint8ClampedArray(Buffer.from(pixels.base64, 'base64')),
    pixels.w,
    pixels.h,
  );
  if (!code) throw new Error('QR code not readable');
  return code.data;
}

async function openClass(page: Page, url = classUrl) {
  await page.goto(url);
  await page.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
}

async function storedClass(page: Page): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), GUM_CLASS_KEY);
}

async function chooseFiles(page: Page, files: { name: string; text: string | Buffer }[]) {
  await page.locator('#eck-import-files').setInputFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/json',
      buffer: typeof f.text === 'string' ? Buffer.from(f.text) : f.text,
    })),
  );
}

/** The 全班 row of the group totals table. */
/** The totals row of the per-group table (poll it: the table follows the store a moment later). */
async function classTotals(page: Page): Promise<string[]> {
  return page.locator('#eck-group-totals tfoot tr > *').allTextContents();
}

const fileA = makeGroupExport(1, { surveys: 6, measurements: 5, observations: 4 });
const fileB = makeGroupExport(2, { surveys: 4, measurements: 3, observations: 3 });
fileB.group = { ...fileB.group, name: '<b>二组</b>' };
fileB.surveys[0] = {
  ...must(fileB.surveys[0]),
  note: '=HYPERLINK("http://x","点我") <img src=x onerror=alert(1)>',
};
const residues = [...fileA.surveys, ...fileB.surveys].reduce((n, s) => n + s.count, 0);

describe('class view', () => {
  test('two tablets share by file, QR and link; the teacher merges them once, charts them and exports CSV', async (t) => {
    const a = await tabletWith(fileA);
    const b = await tabletWith(fileB);
    const logs = [watchContext(a.context), watchContext(b.context)];
    const total = residues + 5;
    const [fileFromA, fileFromB] = await step(t, 'tablets record and export', async () => {
      // Group 2 records one more survey on its tablet, typed with full-width digits.
      const form = b.page.locator('form', {
        has: b.page.getByRole('heading', { name: '添加一次清点' }),
      });
      await form.getByLabel('日期').fill(await pageToday(b.page));
      await form.getByLabel('地点类型').selectOption('station');
      await form.getByLabel('地点名称').fill('火车站候车室');
      await form.getByLabel('面积（平方米）').fill('２０');
      await form.getByLabel('残胶数量（块）').fill('５');
      await form.getByRole('button', { name: '添加清点记录' }).tap();
      await b.page.getByText('火车站候车室').first().waitFor();
      const files = [await exportFile(a.page), await exportFile(b.page)] as const;
      expect(files[0].name).toMatch(/^第1组-口香糖实验-.*\.json$/);
      return files;
    });

    const [linkA, linkB] = await step(
      t,
      'tablet A shows a QR code; tablet B copies its link',
      async () => {
        await openNearScreenSection(a.page, 'eck-export-title');
        await a.page.getByRole('button', { name: '生成分享链接和二维码' }).tap();
        const qrLink = await scanQr(a.page);
        expect(qrLink.startsWith(`${classUrl}#eck-gum1.`)).toBe(true);
        await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await openNearScreenSection(b.page, 'eck-export-title');
        await b.page.getByRole('button', { name: '生成分享链接和二维码' }).tap();
        await b.page.getByRole('button', { name: '复制链接' }).tap();
        await b.page.getByText('链接已复制').waitFor();
        const copied = await b.page.evaluate(() => navigator.clipboard.readText());
        expect(copied.startsWith(`${classUrl}#eck-gum1.`)).toBe(true);
        expect(await axeViolations(a.page)).toEqual([]);
        return [qrLink, copied];
      },
    );

    const teacherContext = await projector();
    const log = watchContext(teacherContext);
    const teacher = await teacherContext.newPage();
    let dialogs = 0;
    teacher.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const reports = teacher.locator('.eck-import-report');

    await step(t, 'the teacher imports both files', async () => {
      await openClass(teacher);
      await teacher.getByText('还没有小组的数据').waitFor();
      await chooseFiles(teacher, [fileFromA, fileFromB]);
      await teacher.getByText('导入了 2 个文件').waitFor();
      await expect(reports.nth(0).textContent()).resolves.toContain('第1组（新小组）：新增 16 条');
      await expect(reports.nth(1).textContent()).resolves.toContain(
        '<b>二组</b>（新小组）：新增 12 条',
      );
      await expect.poll(async () => (await classTotals(teacher))[2]).toBe(String(total));
      // Imported text is shown as text.
      await expect(
        teacher.locator('.eck-class b, .eck-class img, .eck-class script').count(),
      ).resolves.toBe(0);
      await teacher.getByRole('rowheader', { name: '<b>二组</b>' }).first().waitFor();
    });

    await step(t, 'every chart is drawn once it scrolls into view', async () => {
      const canvases = teacher.locator('.eck-chart-box canvas');
      const n = await canvases.count();
      expect(n).toBe(3 + 4);
      for (let i = 0; i < n; i += 1) {
        await canvases.nth(i).scrollIntoViewIfNeeded();
        await teacher.locator(`.eck-chart-box canvas[data-drawn="true"] >> nth=${i}`).waitFor();
      }
      expect(await axeViolations(teacher)).toEqual([]);
    });

    await step(t, 'the same file again, and both links: nothing doubles', async () => {
      const stored = await storedClass(teacher);
      await chooseFiles(teacher, [fileFromA]);
      await teacher.getByText('已有未变 16 条').waitFor();
      await expect(reports.first().textContent()).resolves.toContain('新增 0 条，更新 0 条');
      for (const link of [linkA, linkB]) {
        await openClass(teacher, link);
        await teacher.getByRole('heading', { name: '收到一个小组的分享链接' }).waitFor();
        expect(new URL(teacher.url()).hash).toBe('');
        await teacher.getByRole('button', { name: '加到全班数据' }).click();
        await teacher.getByText('新增 0 条，更新 0 条').waitFor();
      }
      expect(await storedClass(teacher)).toBe(stored);
      await expect.poll(async () => (await classTotals(teacher))[2]).toBe(String(total));
    });

    const edited = await step(
      t,
      'a corrected count shared again replaces the old one',
      async () => {
        await a.page.evaluate((k) => {
          const r = JSON.parse(localStorage.getItem(k) ?? '{}');
          r.surveys[0].count += 100;
          r.surveys[0].updatedAt = new Date().toISOString();
          localStorage.setItem(k, JSON.stringify(r));
        }, GUM_RECORD_KEY);
        await a.page.reload();
        await openNearScreenSection(a.page, 'eck-export-title');
        await a.page.getByRole('button', { name: '生成分享链接和二维码' }).tap();
        await openClass(teacher, await scanQr(a.page));
        await teacher.getByRole('button', { name: '加到全班数据' }).click();
        await teacher.getByText('第1组：新增 0 条，更新 1 条，已有未变 15 条').waitFor();
        await expect.poll(async () => (await classTotals(teacher))[2]).toBe(String(total + 100));
        return storedClass(teacher);
      },
    );

    await step(t, 'CSV: BOM, Chinese headers, the class rows, formulas neutralised', async () => {
      const [download] = await Promise.all([
        teacher.waitForEvent('download'),
        teacher.getByRole('button', { name: '残胶清点（CSV）' }).click(),
      ]);
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = Papa.parse<string[]>(csv.slice(1), {
        delimiter: ',',
        skipEmptyLines: true,
      }).data;
      const data = ClassDataSchema.parse(JSON.parse(edited ?? ''));
      const table = csvTable(data, 'surveys');
      expect(rows[0]).toEqual(table.fields);
      expect(rows.slice(1)).toEqual(
        table.rows.map((r) =>
          r.map((v) =>
            v === null ? '' : typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : String(v),
          ),
        ),
      );
      expect(rows.slice(1).some((r) => r.includes(`'${fileB.surveys[0]?.note}`))).toBe(true);
    });

    await step(t, 'reloading keeps everything; no error, dialog or outside request', async () => {
      await teacher.reload();
      await teacher.locator('#eck-group-totals').waitFor();
      await expect.poll(async () => (await classTotals(teacher))[2]).toBe(String(total + 100));
      expect(dialogs).toBe(0);
      for (const l of [log, ...logs]) {
        expect(l.consoleErrors).toEqual([]);
        expect(l.pageErrors).toEqual([]);
        expect(foreignRequests(l, baseURL)).toEqual([]);
      }
    });
    await Promise.all([a.context.close(), b.context.close(), teacherContext.close()]);
  }, 180_000);

  test('malicious, damaged, newer and huge files are refused by name; the class data is unchanged', async () => {
    const context = await projector();
    const page = await context.newPage();
    await openClass(page);
    await chooseFiles(page, [{ name: 'a.json', text: JSON.stringify(fileA) }]);
    await page.locator('#eck-group-totals').waitFor();
    const before = await storedClass(page);

    const good = JSON.stringify(fileB);
    await chooseFiles(page, [
      {
        name: 'proto.json',
        text: good.replace('"surveys"', '"__proto__":{"isAdmin":true},"surveys"'),
      },
      {
        name: 'ctor.json',
        text: JSON.stringify({ ...fileB, group: { ...fileB.group, constructor: 1 } }),
      },
      { name: 'newer.json', text: JSON.stringify({ ...fileB, schemaVersion: 9 }) },
      { name: 'cut.json', text: good.slice(0, 300) },
      {
        name: 'types.json',
        text: JSON.stringify({ ...fileB, surveys: [{ ...fileB.surveys[0], count: '7' }] }),
      },
      { name: 'extra.json', text: JSON.stringify({ ...fileB, extra: true }) },
      { name: 'other.json', text: '{"hello":"world"}' },
      { name: 'huge.json', text: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20) },
    ]);
    await page.getByText('8 个文件没有导入，全班数据没有因此改变。').waitFor();
    const texts = await page.locator('.eck-import-report--bad').allTextContents();
    expect(texts).toEqual([
      '“huge.json”没有导入：文件太大（5.0 MB），最大只能导入 5 MB，可能不是小组导出的文件。',
      '“proto.json”没有导入：文件里有不允许的项（__proto__），没有导入。',
      '“ctor.json”没有导入：文件里有不允许的项（constructor），没有导入。',
      '“newer.json”没有导入：这个文件来自更新版本的工具箱（版本 9），这里只能读取版本 1。请把工具箱更新后再导入。',
      '“cut.json”没有导入：文件不是有效的 JSON，可能不完整或已损坏。',
      '“types.json”没有导入：残胶清点第 1 条的残胶数量应该是数字。',
      '“extra.json”没有导入：文件里有不认识的项：extra。',
      '“other.json”没有导入：这不是口香糖实验的数据文件。',
    ]);
    await expect(page.locator('#eck-import-files').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    expect(await storedClass(page)).toBe(before);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
      'isAdmin',
    );

    // A damaged link is refused and leaves the data alone.
    await openClass(page, `${classUrl}#eck-gum1.AAAAAAAA`);
    await page.getByText('分享链接没有导入').waitFor();
    expect(await storedClass(page)).toBe(before);
    await context.close();
  });

  test('a group can be removed and brought back; two tabs agree', async () => {
    const context = await projector();
    const one = await context.newPage();
    const two = await context.newPage();
    await openClass(one);
    await openClass(two);
    await chooseFiles(one, [
      { name: 'a.json', text: JSON.stringify(fileA) },
      { name: 'b.json', text: JSON.stringify(fileB) },
    ]);
    await two.getByRole('heading', { name: '已导入的小组（2 个）' }).waitFor();

    await one.getByRole('button', { name: '删除“第1组”的数据' }).click();
    await one.getByText('已删除“第1组”的数据').waitFor();
    await two.getByRole('heading', { name: '已导入的小组（1 个）' }).waitFor();
    await one.getByRole('button', { name: '撤销删除' }).click();
    await one.getByRole('heading', { name: '已导入的小组（2 个）' }).waitFor();
    await two.getByRole('heading', { name: '已导入的小组（2 个）' }).waitFor();
    await expect.poll(async () => (await classTotals(two))[2]).toBe(String(residues));
    await context.close();
  });
});
