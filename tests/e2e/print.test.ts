import { mkdirSync } from 'node:fs';
import { emptyClassData } from '../../src/schemas/gum-class';
import { classGroupFromExport, mergeGroups } from '../../src/lib/gum-merge';
import { GUM_CLASS_KEY } from '../../src/lib/storage/storage-keys';
import { GUM_ENGINE_CLASS_KEY, classGroupOf, engineGumExport } from './gum-class-steps';
import { makeGroupExport } from '../support/gum-data';
import { exportText, litterGroup } from '../support/litter-data';
import { campusLitterDefinition } from '../../src/lib/investigation/definitions';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  foreignRequests,
  launchBrowser,
  pageScripts,
  viewports,
  watchContext,
} from './browser';
import { A4_POINTS, readPdf, textOutside, type PdfPage } from './pdf';

const baseURL = inject('baseURL');
// Its own folder: another file may be writing beside it (two workers).
const outDir = 'test-results/print';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The @page margins of the printables (src/styles/sheet.css). */
const margin = { x: 12, y: 13 };

/**
 * The font's ToUnicode table in Chromium's PDF maps some glyphs to Kangxi radicals (⼩ for 小)
 * or other code points that look the same (⻋ for 车, 㬵 for 胶); fold those back.
 */
const lookalikes: Record<string, string> = {
  '⻓': '长',
  '⻅': '见',
  '⻋': '车',
  '⻢': '马',
  '⻚': '页',
  '⻝': '食',
  '⻔': '门',
  㬵: '胶',
};

/** Page text as one string without white space (PDF text runs split and space freely). */
const pageText = (p: PdfPage) =>
  p.texts
    .map((t) => t.text)
    .join('')
    .replace(/[\u2F00-\u2FDF]/gu, (c) => c.normalize('NFKC'))
    .replace(/[\u2E80-\u2EFF㬵]/gu, (c) => lookalikes[c] ?? c)
    .replace(/\s+/gu, '');
/** The same folding for what a test expects to find. */
const words = (s: string) => s.replace(/\s+/gu, '');

async function open(path: string, context?: BrowserContext): Promise<Page> {
  const ctx = context ?? (await browser.newContext({ viewport: viewports.projector }));
  const page = await ctx.newPage();
  const response = await page.goto(`${baseURL}${path}`);
  expect(response?.status()).toBe(200);
  // Islands hydrate on idle; wait until none is left waiting.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  return page;
}

/** Print to PDF as the browser would (A4 from the CSS) and check every page. */
async function printPdf(page: Page, pngName: string): Promise<PdfPage[]> {
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = await readPdf(new Uint8Array(pdf));
  for (const [i, p] of pages.entries()) {
    expect(p.width, `page ${i + 1} width`).toBeCloseTo(A4_POINTS.width, 0);
    expect(p.height, `page ${i + 1} height`).toBeCloseTo(A4_POINTS.height, 0);
    expect(textOutside(p, margin), `text outside the printable box on page ${i + 1}`).toEqual([]);
  }
  // Nothing is clipped inside a sheet either.
  await page.emulateMedia({ media: 'print' });
  const overflowing = await page
    .locator('.eck-sheet-body')
    .evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).length);
  expect(overflowing).toBe(0);
  // The first page as a person sees it on paper (the printable box, 186 × 270 mm at 96 dpi),
  // for looking at after the run.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 703, height: 1020 });
  await page
    .locator('.eck-sheet')
    .first()
    .screenshot({ path: `${outDir}/${pngName}.png` });
  await page.emulateMedia({ media: null });
  if (viewport) await page.setViewportSize(viewport);
  return pages;
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `学生${i + 1}`).join('\n');

describe('pledge sheet /print/pledge/', () => {
  test.each(['print/pledge/', 'print/gum-residue/proposal/', 'print/campus-litter/proposal/'])(
    '%s: nothing can be typed before the editor runs (it would be lost), then every field can',
    async (path) => {
      const context = await browser.newContext({ viewport: viewports.projector });
      try {
        // Hold the island's code, as a slow school network does.
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        await context.route(
          /\/_astro\/(PledgeGenerator|ProposalLetterEditor|InvestigationLetter|LetterEditor)\.[\w-]+\.js$/,
          async (route) => {
            await held;
            await route.continue();
          },
        );
        const page = await context.newPage();
        await page.goto(`${baseURL}${path}`);
        const fields = page.locator('.eck-settings-fields');
        await expect
          .poll(() => fields.first().evaluate((f: HTMLFieldSetElement) => f.disabled))
          .toBe(true);
        expect(
          await page.locator('.eck-settings input:enabled, .eck-settings textarea:enabled').count(),
        ).toBe(0);
        release();
        await page.waitForFunction(
          () => document.querySelectorAll('astro-island[ssr]').length === 0,
        );
        await expect
          .poll(() => fields.first().evaluate((f: HTMLFieldSetElement) => f.disabled))
          .toBe(false);
      } finally {
        await context.close();
      }
    },
  );

  test.each([
    [0, 1],
    [40, 2],
    [120, 3],
  ])('%i names print on %i A4 pages with page numbers', async (n, expected) => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await open('print/pledge/', context);
    await page.getByLabel('学校').fill('阳光小学');
    await page.getByLabel('班级').fill('四年三班');
    await page.getByLabel('学生名单', { exact: true }).fill(names(n));
    await expect(
      page.getByRole('button', { name: `打印（共 ${expected} 页 A4）` }).count(),
    ).resolves.toBe(1);
    const pdf = await printPdf(page, `print-pledge-${n}-names`);
    expect(pdf).toHaveLength(expected);
    for (const [i, p] of pdf.entries()) {
      expect(pageText(p)).toContain(words(`第 ${i + 1} 页，共 ${expected} 页`));
    }
    expect(pageText(pdf[0] as PdfPage)).toContain('节约一粒米');
    if (n > 0) expect(pageText(pdf.at(-1) as PdfPage)).toContain(`学生${n}`);
    // Page 2 and later repeat the header above the table.
    for (const p of pdf.slice(1)) expect(pageText(p)).toContain(words('阳光小学 · 四年三班'));
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('200 names with separators of every kind, long names and HTML stay on the page', async () => {
    const page = await open('print/pledge/');
    const list = Array.from({ length: 197 }, (_, i) => `学生${i + 1}`);
    const pasted = [
      list.slice(0, 60).join('、'),
      list.slice(60, 120).join('\t'),
      list.slice(120).join('，'),
      '阿依古丽·买买提·艾尔肯·吐尔逊',
      '长'.repeat(60),
      '<b>加粗</b>',
    ].join('\n\n');
    await page.getByLabel('标题').fill('我们的低碳生活倡议书'.repeat(4));
    await page.getByLabel('学生名单', { exact: true }).fill(pasted);
    await expect(page.getByText('共 200 个名字。').count()).resolves.toBe(1);
    await expect(page.getByText(/打印时会被截掉/).count()).resolves.toBe(1);
    const pdf = await printPdf(page, 'print-pledge-200-names');
    expect(pdf).toHaveLength(5);
    const all = pdf.map(pageText).join('');
    expect(all).toContain('<b>加粗</b>');
    expect(await page.locator('.eck-sheets b').count()).toBe(0);
    await page.context().close();
  });

  test('cards: 6 to a page with cut lines', async () => {
    const page = await open('print/pledge/');
    await page.getByLabel('个人承诺卡（每页 6 张）').check();
    await page.getByLabel('学生名单', { exact: true }).fill(names(40));
    const pdf = await printPdf(page, 'print-pledge-cards');
    expect(pdf).toHaveLength(7);
    expect(pageText(pdf[0] as PdfPage).match(/承诺人/g)).toHaveLength(6);
    await page.context().close();
  });

  test('settings are remembered after a reload; settings and navigation do not print', async () => {
    const context = await browser.newContext({ viewport: viewports.tablet });
    const page = await open('print/pledge/', context);
    await page.getByLabel('班级').fill('四年三班');
    await page.getByRole('button', { name: '＋ 添加一条' }).click();
    // Focus moves to the new item once the list has re-rendered.
    await page.waitForFunction(() => document.activeElement?.id === 'eck-item-4');
    await page.keyboard.type('随手关灯');
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForFunction(() => document.activeElement?.id === 'eck-item-3');
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await expect(page.getByLabel('班级').inputValue()).resolves.toBe('四年三班');
    await expect(page.getByLabel('第 4 条', { exact: true }).inputValue()).resolves.toBe(
      '随手关灯',
    );
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.eck-settings', '.eck-site-header', '.eck-site-footer', 'h1']) {
      await expect(page.locator(sel).first().isVisible(), sel).resolves.toBe(false);
    }
    await expect(page.locator('.eck-sheet').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

test('worksheets /print/gum-residue/: four A4 pages in the record page’s words, no JavaScript', async () => {
  const context = await browser.newContext({ viewport: viewports.projector });
  const log = watchContext(context);
  const page = await open('print/gum-residue/', context);
  const pdf = await printPdf(page, 'print-gum-worksheets');
  expect(pdf).toHaveLength(4);
  const [survey, measure, grid] = pdf.map(pageText);
  for (const word of ['调查日期', '地点类型', '地点名称', '面积（平方米）', '残胶块数', '火车站']) {
    expect(survey).toContain(word);
  }
  for (const word of ['取下难易', '容易', '较难', '很难', '直径（厘米）', '塑料']) {
    expect(measure).toContain(word);
  }
  for (const word of ['实验前先预测', '土埋', '自来水', '洗衣粉水', '食醋', '几乎消失', '14']) {
    expect(grid).toContain(word);
  }
  expect(pageScripts(log)).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  await context.close();
});

describe('worksheets by grade (issue 11)', () => {
  test('/print/gum-residue/ offers the three levels as plain links', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const page = await open('print/gum-residue/', context);
    const nav = page.getByRole('navigation', { name: '选择年级' });
    for (const [label, slug] of [
      ['一、二年级', 'grade-1-2'],
      ['三至五年级', 'grade-3-5'],
      ['六年级', 'grade-6'],
    ] as const) {
      const href = await nav.getByRole('link', { name: label }).getAttribute('href');
      expect(href).toMatch(new RegExp(`/print/gum-residue/${slug}/$`));
    }
    await nav.getByRole('link', { name: '一、二年级' }).click();
    await page.waitForURL('**/print/gum-residue/grade-1-2/');
    await expect(
      nav.getByRole('link', { name: '一、二年级' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await context.close();
  });

  test.each([
    [
      'grade-1-2',
      ['残胶块数', '正', '最宽的地方（厘米）', '一年级不用量'],
      ['面积', '平方米', '÷', '3.14', '半径', '直径', '每平方米'],
    ],
    [
      'grade-3-5',
      ['长×宽（米）', '面积（平方米）', '每10平方米约几块', '占了几格（平方厘米）', '方格纸'],
      ['3.14', '半径', '直径', '每平方米块数'],
    ],
    [
      'grade-6',
      ['面积（平方米）', '每平方米块数', '直径（厘米）', '半径（厘米）', '3.14×半径×半径'],
      ['占了几格', '最宽的地方'],
    ],
  ])('%s: four A4 pages with only that grade’s maths, no JavaScript', async (slug, has, hasNot) => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await open(`print/gum-residue/${slug}/`, context);
    const pdf = await printPdf(page, `print-gum-worksheets-${slug}`);
    expect(pdf).toHaveLength(4);
    const [survey, measure] = pdf.map(pageText);
    const maths = `${survey}${measure}`;
    for (const w of has) expect(maths).toContain(words(w));
    for (const w of hasNot) expect(maths).not.toContain(words(w));
    if (slug !== 'grade-6') expect(maths).not.toMatch(/\d\.\d/);
    expect(pageScripts(log)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });
});

test('proposal letter /print/gum-residue/proposal/: blanks without class data, edits kept', async () => {
  const context = await browser.newContext({ viewport: viewports.projector });
  const log = watchContext(context);
  const page = await open('print/gum-residue/proposal/', context);
  await page.getByLabel('署名').fill('四年三班全体同学');
  let pdf = await printPdf(page, 'print-gum-proposal');
  expect(pdf).toHaveLength(1);
  let text = pageText(pdf[0] as PdfPage);
  expect(text).toContain('倡议书');
  expect(text).toContain('个地点的');
  expect(text).toContain('四年三班全体同学');
  expect(text).not.toContain('【调查结果】');
  // The class rewrites the findings in its own words; it survives a reload.
  const body = page.getByLabel('正文（每行一段）');
  await body.fill(
    '我们在 5 个地点的 120 平方米内发现了 86 块口香糖残胶。\n<i>请</i>把口香糖包好扔进垃圾桶。',
  );
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await expect.poll(() => body.inputValue()).toContain('86 块口香糖残胶');
  pdf = await printPdf(page, 'print-gum-proposal-edited');
  text = pageText(pdf[0] as PdfPage);
  expect(text).toContain('86块口香糖残胶');
  expect(text).toContain('<i>请</i>');
  expect(log.consoleErrors).toEqual([]);
  expect(foreignRequests(log, baseURL)).toEqual([]);
  await context.close();
});

describe('proposal letter fills in the class data gathered in the class view on this device', () => {
  const surveys = [
    { placeType: 'campus', placeName: '操场', areaSquareMetres: 100, count: 10 },
    { placeType: 'corridor', placeName: '三楼', areaSquareMetres: 20, count: 9 },
  ] as const;
  const file = makeGroupExport(1, { surveys: surveys.length, measurements: 0, observations: 0 });
  file.surveys = file.surveys.map((s, i) => ({ ...s, placeOther: '', ...surveys[i] }));
  const oldClassData = mergeGroups(emptyClassData(), [classGroupFromExport(file)]).data;
  const engineClassData = { groups: [classGroupOf(engineGumExport(file))] };

  test.each([
    [
      'the engine’s class data (what the class view keeps since the update)',
      GUM_ENGINE_CLASS_KEY,
      engineClassData,
    ],
    [
      'only the previous version’s (the class view not opened since the update)',
      GUM_CLASS_KEY,
      oldClassData,
    ],
  ])('%s', async (_, key, classData) => {
    const context = await browser.newContext({ viewport: viewports.projector });
    await context.addInitScript(
      ([k, value]) => {
        if (localStorage.getItem(k) === null) localStorage.setItem(k, value);
      },
      [key, JSON.stringify(classData)] as const,
    );
    const page = await open('print/gum-residue/proposal/', context);
    // The island reads the class data after it hydrates: wait for it on screen before printing.
    await page
      .getByText(/我们在 2 个地点的 120 平方米内/)
      .first()
      .waitFor();
    const text = pageText(
      (
        await printPdf(page, `print-gum-proposal-class-${key === GUM_CLASS_KEY ? 'old' : 'engine'}`)
      )[0] as PdfPage,
    );
    // By hand: 2 places, 120 m², 19 residues; 三楼 9 / 20 = 0.45 per m² beats 操场 0.1.
    expect(text).toContain('我们在2个地点的120平方米内发现了19块口香糖残胶');
    expect(text).toContain('残胶最多的地方是三楼');
    await context.close();
  });
});

describe('letter to the school /print/campus-litter/proposal/', () => {
  test('blanks without class data; the class’s edits are kept on this device', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await open('print/campus-litter/proposal/', context);
    await page.getByLabel('署名').fill('五年一班全体同学');
    let pdf = await printPdf(page, 'print-litter-letter');
    expect(pdf).toHaveLength(1);
    let text = pageText(pdf[0] as PdfPage);
    for (const w of ['建议书', '尊敬的校长、老师们：', '第一次调查一共发现', '五年一班全体同学']) {
      expect(text).toContain(words(w));
    }
    expect(text).not.toMatch(/【调查结果】|【前后比较】/);
    await expect(page.getByText(/还没有校园垃圾大调查的数据/).count()).resolves.toBe(1);
    // The improvement chosen is the class's to write, in the letter's own words.
    const body = page.getByLabel('正文（每行一段）');
    await body.fill(`${await body.inputValue()}\n我们选的办法是：在食堂门口加一个分类垃圾桶。`);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await expect.poll(() => body.inputValue()).toContain('加一个分类垃圾桶');
    pdf = await printPdf(page, 'print-litter-letter-edited');
    text = pdf.map(pageText).join('');
    expect(text).toContain('我们选的办法是：在食堂门口加一个分类垃圾桶。');
    // The gum lesson's letter is another letter.
    const gum = await open('print/gum-residue/proposal/', context);
    await expect(gum.getByLabel('署名').inputValue()).resolves.toBe('');
    expect(log.consoleErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('fills in per zone and before vs after from the class view on this device', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const teacher = await open('lessons/campus-litter/class/', context);
    await teacher.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
    const groups = [
      litterGroup(3, '第3组', '操场东边', [12, 1, 3, 7], [5, 0, 1, 2]),
      litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]),
    ];
    await teacher.locator('#eck-import-files').setInputFiles(
      groups.map((g) => ({
        name: `${g.group.name}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(exportText(g)),
      })),
    );
    const reports = teacher.getByRole('list', { name: '导入结果' });
    await reports.getByText(/第5组（新小组）：新增 3 条/).waitFor();
    await teacher.locator('.eck-save-state', { hasText: '已保存' }).first().waitFor();
    const page = await open('print/campus-litter/proposal/', context);
    // The island reads the class data after it hydrates: wait for it on screen before printing.
    await page
      .getByText(/我们调查了 2 个区域/)
      .first()
      .waitFor();
    // The sweep (site-*.test.ts) sees the letter without class data; this state is checked here.
    expect(await axeViolations(page)).toEqual([]);
    const pdf = await printPdf(page, 'print-litter-letter-class');
    expect(pdf).toHaveLength(1);
    const text = pageText(pdf[0] as PdfPage);
    // By hand: 操场东边 12+1+3+7 = 23 then 5+0+1+2 = 8; 食堂门口 40 then 18; 可回收物 32 is most.
    expect(text).toContain(
      words(
        '我们调查了 2 个区域。第一次调查一共发现 63 件垃圾：操场东边 23 件，食堂门口 40 件。最多的一类是可回收物，32 件。',
      ),
    );
    expect(text).toContain(
      words(
        '第二次调查一共发现 26 件垃圾，比第一次少了 37 件：操场东边 8 件（少了 15 件），食堂门口 18 件（少了 22 件）。',
      ),
    );
    expect(log.consoleErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });
});

test('tally sheets /print/campus-litter/: made from the definition, the group’s two rounds and the class summary on two A4 pages, no JavaScript', async () => {
  const [groupSheet, classSheet] = campusLitterDefinition.worksheets ?? [];
  if (groupSheet?.for !== 'group' || classSheet?.for !== 'class') throw new Error('two sheets');
  const context = await browser.newContext({ viewport: viewports.projector });
  const log = watchContext(context);
  const page = await open('print/campus-litter/', context);
  const pdf = await printPdf(page, 'print-campus-litter');
  expect(pdf).toHaveLength(2);
  const [group, summary] = pdf.map(pageText);
  const categories = ['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'];
  for (const word of [
    '校园垃圾大调查：小组记录表',
    '区域：',
    ...categories,
    '第一次',
    '第二次',
    '画“正”字',
    '件数',
    '重量（可选）',
    '合计',
    '只数不捡',
    '第一次：垃圾聚集的地方',
    '第二次：垃圾聚集的地方',
    '安全提示',
  ]) {
    expect(group).toContain(words(word));
  }
  // Every reminder of the definition, each with a box to tick for each round.
  expect(group).toContain('出发前检查');
  for (const s of groupSheet.checklist ?? []) expect(group).toContain(words(s));
  await expect(page.locator('.eck-iw-check tbody tr').count()).resolves.toBe(
    groupSheet.checklist?.length,
  );
  // A row per counted field (four categories and the total), each round with 正, count and weight.
  await expect(page.locator('.eck-iw-tally tbody tr').count()).resolves.toBe(5);
  await expect(page.locator('.eck-iw-tally tbody tr').first().locator('td').count()).resolves.toBe(
    6,
  );
  for (const word of [
    '全班汇总表',
    '第几次调查',
    ...categories,
    '合计重量',
    '第1组',
    `第${classSheet.rows}组`,
    '全班合计',
  ]) {
    expect(summary).toContain(words(word));
  }
  // Each zone has a row per round, and so has the class total.
  await expect(page.locator('.eck-iw-class tbody tr').count()).resolves.toBe(
    2 * (classSheet.rows + 1),
  );
  // The two tables share their header-cell and row-label rules, each with its own sizes.
  const tables = await page.evaluate(() =>
    ['.eck-iw-tally', '.eck-iw-class'].map((table) => {
      const th = getComputedStyle(document.querySelector(`${table} thead th`) as Element);
      const col = getComputedStyle(document.querySelector(`${table} col.c-row`) as Element);
      const mm = (px: string) => Math.round(parseFloat(px) / (96 / 25.4));
      return { size: th.fontSize, leading: th.lineHeight, padding: th.padding, row: mm(col.width) };
    }),
  );
  expect(tables).toEqual([
    { size: '13.3333px', leading: '17.3333px', padding: '3.77953px 5.66929px', row: 32 },
    { size: '12px', leading: '15px', padding: '3.77953px 1.88976px', row: 25 },
  ]);
  expect(pageScripts(log)).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  expect(foreignRequests(log, baseURL)).toEqual([]);
  await context.close();
});

// The screen versions of the printables are swept like every page (site-*.test.ts): axe and
// "nothing scrolls sideways" at the projector, panel and tablet viewports once islands hydrate.

test('the lessons link to their printables', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [lesson, links] of [
    ['low-carbon-living', ['print/pledge/']],
    ['gum-residue', ['print/gum-residue/', 'print/gum-residue/proposal/']],
    ['campus-litter', ['print/campus-litter/', 'print/campus-litter/proposal/']],
  ] as const) {
    await page.goto(`${baseURL}lessons/${lesson}/`);
    const hrefs = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const l of links) expect(hrefs).toContain(`${baseURL}${l}`);
  }
  await context.close();
});

describe.each([
  ['gum-residue', '口香糖残胶去哪儿了', '哪种表面最容易取下'],
  ['low-carbon-living', '低碳生活，从我做起', '什么是低碳生活'],
  ['campus-litter', '校园垃圾大调查', '分区域，定计划'],
])('task sheet /print/%s/task-sheet/', (slug, title, aTask) => {
  test('A4 pages with goals, safety, every task with a writing box and a self-assessment, no JavaScript, linked from the lesson', async () => {
    const lessonContext = await browser.newContext();
    const lesson = await lessonContext.newPage();
    await lesson.goto(`${baseURL}lessons/${slug}/`);
    await lesson.getByRole('link', { name: '打印学习任务单（A4）' }).click();
    await lesson.waitForURL(`${baseURL}print/${slug}/task-sheet/`);
    await lessonContext.close();
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await open(`print/${slug}/task-sheet/`, context);
    const pdf = await printPdf(page, `print-task-sheet-${slug}`);
    expect(pdf.length).toBeGreaterThanOrEqual(2);
    const text = pdf.map(pageText);
    expect(text[0]).toContain(words(`${title} 学习任务单`));
    expect(text[0]).toContain('学习目标');
    expect(text[0]).toContain('我能');
    expect(text[0]).toContain('安全提示');
    for (const [i, t] of text.entries()) {
      expect(t).toContain(words(`第 ${i + 1} 页，共 ${pdf.length} 页`));
    }
    expect(text.join('')).toContain(words(aTask));
    expect(text.at(-1)).toContain('自我评价');
    // Every task has its box; teacher notes stay off the pupils' sheet.
    const tasks = await page.locator('.eck-ts-task').count();
    await expect(page.locator('.eck-ts-write').count()).resolves.toBe(tasks - 1);
    expect(text.join('')).not.toContain('教师提示');
    expect(pageScripts(log)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    // axe: in the site sweep, like every page.
    await context.close();
  });
});
