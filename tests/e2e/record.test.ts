import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { axeViolations, foreignRequests, launchBrowser, viewports, watchContext } from './browser';
import { daysBefore, testNow } from './clock';
import { allowDurableWritesNow, dropDurableCopy, failDurableWritesNow } from './storage';
import {
  addGumMeasurement,
  addGumObservation,
  addGumSetup,
  addGumSurvey,
  fillGumSurvey,
  gumEngineKey,
  gumGroupShown,
  gumRecordPath,
  gumRecordReady,
  kindSection,
  listed,
  startGumGroup,
  storedGumRecord,
} from './gum-record-steps';
import { parseInvestigationFile } from '../../src/lib/investigation/import-file';
import { gumResidueDefinition } from '../../src/lib/investigation/definitions';
import { GUM_RECORD_KEY, GUM_RECORD_V1_KEY } from '../../src/lib/storage/storage-keys';
import { UNDO_MS } from '../../src/stores/actions';
import { budgetFor } from '../scripts/budgets.mjs';
import { measureDist } from '../scripts/measure-js.mjs';

const baseURL = inject('baseURL');
const url = `${baseURL}${gumRecordPath}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A tablet: 800×1280, touch, its clock starting at testNow (time flows from there). */
async function tablet(): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: viewports.tablet,
    hasTouch: true,
    isMobile: true,
    acceptDownloads: true,
  });
  await context.clock.install({ time: testNow });
  return context;
}

/** `YYYY-MM-DD`, `days` before the tablet's today (both come from testNow). */
const daysAgo = (days: number) => daysBefore(days);

async function open(page: Page) {
  await page.goto(url);
  await gumRecordReady(page);
}

async function reload(page: Page) {
  await page.reload();
  await gumRecordReady(page);
}

/** Everything recorded as the page lists it. */
async function recordedText(page: Page): Promise<string[]> {
  return page.locator('.eck-record-list').allTextContents();
}

const surveysOf = (page: Page) => listed(page, '残胶清点');

/** The engine's export file, checked as the class view checks it. */
async function parsedDownload(d: Download) {
  const text = await readFile((await d.path()) ?? '', 'utf8');
  const parsed = parseInvestigationFile(gumResidueDefinition, text, testNow.getTime());
  if (!parsed.ok)
    throw new Error(`the exported file does not validate: ${parsed.errors.join(' ')}`);
  const [g] = parsed.groups;
  if (!g) throw new Error('the exported file has no group');
  return g;
}

describe('record page', () => {
  const budget = budgetFor('/lessons/gum-residue/record/').js;
  test(`ships at most ${budget / 1024} kB of gzipped JavaScript, none of it on other pages`, () => {
    // The page's own JavaScript (initial + islands) against its budget in tests/budgets.json;
    // the offline shell every page loads is budgeted apart there too.
    type Row = { page: string; initial: number; islands: number; lazy: number };
    const rows: Row[] = measureDist('dist');
    const own = (r: Row | undefined) => (r ? r.initial + r.islands : NaN);
    const record = rows.find((r) => r.page === '/lessons/gum-residue/record/');
    expect(own(record)).toBeGreaterThan(0);
    expect(own(record)).toBeLessThanOrEqual(budget);
    const lesson = rows.find((r) => r.page === '/lessons/gum-residue/');
    expect(own(lesson) + (lesson?.lazy ?? NaN)).toBe(0);
  });

  test('the lesson links to it', async () => {
    const context = await tablet();
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/gum-residue/`);
    await page.getByRole('link', { name: '记录页', exact: true }).tap();
    await page.waitForURL('**/lessons/gum-residue/record/');
    await expect(page.locator('h1').textContent()).resolves.toBe('口香糖残胶实验记录');
    await context.close();
  });

  test('a group records surveys, measurements and a two-week log; all survives reload and reopening', async () => {
    const context = await tablet();
    const log = watchContext(context);
    let page = await context.newPage();
    await open(page);
    await startGumGroup(page, '第3组', { nicknames: '小明、小红' });
    // “正在保存…” until IndexedDB has it, then the time.
    await expect
      .poll(() => page.locator('.eck-save-state').textContent())
      .toMatch(/^已保存 \d\d:\d\d$/);

    await addGumSurvey(page, {
      date: daysAgo(12),
      place: 'classroom',
      name: '三年级二班',
      area: '48',
      count: '3',
    });
    await addGumSurvey(page, {
      date: daysAgo(11),
      place: 'campus',
      name: '操场',
      sides: ['４０', '２５。５'],
      count: '１２',
    });
    await expect(surveysOf(page).count()).resolves.toBe(2);
    await expect(surveysOf(page).nth(1).textContent()).resolves.toContain(
      '长 40 米，宽 25.5 米，残胶数量 12 块，长 × 宽 1020 平方米',
    );

    await addGumMeasurement(page, {
      surface: 'paper',
      difficulty: 'hard',
      size: [/^直径（厘米）/, '2'],
    });
    await listed(page, '残胶测量').filter({ hasText: '直径 2 厘米，面积 3.14 平方厘米' }).waitFor();

    // Setup 14 days ago, a prediction, then checks on days 0, 3, 7 and 14.
    await addGumSetup(page, {
      startDate: daysAgo(14),
      media: ['土埋', '自来水'],
      items: ['口香糖残胶', '废纸'],
    });
    const prediction = kindSection(page, '预测');
    await prediction.getByLabel('昵称', { exact: true }).fill('小明');
    await prediction.getByLabel('变化最大的东西').selectOption('paper');
    await prediction.getByLabel('几乎不变的东西').selectOption('gum');
    await prediction.getByLabel('变化最大的地方').selectOption('tapWater');
    await prediction.getByRole('button', { name: '添加一条预测' }).tap();
    await prediction.getByText('已添加一条预测。').waitFor();
    await listed(page, '预测').filter({ hasText: '小明' }).waitFor();

    for (const [day, paperState] of [
      [14, 'unchanged'],
      [11, 'slight'],
      [7, 'clear'],
      [0, 'almostGone'],
    ] as const) {
      await addGumObservation(page, daysAgo(day), {
        '口香糖残胶 · 土埋': { state: 'unchanged' },
        '废纸 · 自来水': { state: paperState },
      });
    }
    const observations = listed(page, '观察记录');
    await expect(observations.count()).resolves.toBe(4);
    await observations.filter({ hasText: '废纸 · 自来水：几乎消失' }).waitFor();
    await expect(storedGumRecord(page).then((d) => d?.records['entry']?.length)).resolves.toBe(8);

    const before = await recordedText(page);
    await reload(page);
    // The observations' entries are listed once the grid's code has loaded again: wait for them.
    await expect.poll(() => recordedText(page)).toEqual(before);

    await page.close();
    page = await context.newPage();
    await open(page);
    await listed(page, '观察记录').filter({ hasText: '废纸 · 自来水：几乎消失' }).waitFor();
    await expect(surveysOf(page).count()).resolves.toBe(2);

    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('bad input gets a message beside the field; <script> in a note stays text', async () => {
    const context = await tablet();
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await open(page);
    await startGumGroup(page, '<b>绿叶队</b>');
    await expect(page.locator('main b').filter({ hasText: '绿叶队' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('小组名称').inputValue()).resolves.toBe('<b>绿叶队</b>');

    const form = kindSection(page, '残胶清点');
    const count = form.getByLabel('残胶数量（块）');
    await count.fill('１２');
    await count.blur();
    await expect.poll(() => count.inputValue()).toBe('12');
    await count.fill('-3');
    await count.blur();
    await expect.poll(() => count.getAttribute('aria-invalid')).toBe('true');
    await form.locator('#eck-survey-count-error').getByText('残胶数量不能是负数。').waitFor();

    await fillGumSurvey(page, { date: daysAgo(-1), place: '', area: '0', count: '2.5' });
    await form
      .locator('#eck-survey-count-error')
      .getByText('残胶数量要填整数，不能有小数。')
      .waitFor();
    const errors = await form.locator('.eck-field-error').allTextContents();
    expect(errors).toEqual([
      expect.stringContaining('日期不能在将来（今天是 '),
      '请选择地点类型。',
      '面积不能小于 0.01 平方米。',
      '残胶数量要填整数，不能有小数。',
    ]);
    await expect(surveysOf(page).count()).resolves.toBe(0);

    const note = '<script>alert(1)</script><img src=x onerror=alert(2)> 😀';
    await addGumSurvey(page, {
      date: daysAgo(0),
      place: 'corridor',
      name: '三楼',
      area: '１００',
      count: '5',
      note,
    });
    await expect(surveysOf(page).first().textContent()).resolves.toContain(note);
    await expect(page.locator('.eck-record script, .eck-record img').count()).resolves.toBe(0);
    await reload(page);
    await expect(surveysOf(page).first().textContent()).resolves.toContain(note);
    expect(dialogs).toBe(0);

    const long = kindSection(page, '残胶清点').getByLabel(/^备注/);
    await long.fill('很'.repeat(201));
    await expect(kindSection(page, '残胶清点').getByText('201/200 字').count()).resolves.toBe(1);
    await context.close();
  });

  test('a damaged stored value: valid records survive, the raw value is backed up, the user is told', async () => {
    const context = await tablet();
    const page = await context.newPage();
    await open(page);
    await startGumGroup(page);
    await addGumSurvey(page, {
      date: daysAgo(1),
      place: 'classroom',
      name: '一班',
      area: '50',
      count: '4',
    });
    await addGumSurvey(page, {
      date: daysAgo(1),
      place: 'shop',
      name: '小卖部',
      area: '20',
      count: '9',
    });
    const raw = await page.evaluate((k) => {
      const v = JSON.parse(localStorage.getItem(k) ?? '{}');
      v.records.survey[1].values.count = -7; // fails the schema
      v.records.survey.push({ nonsense: true });
      const text = JSON.stringify(v);
      localStorage.setItem(k, text);
      return text;
    }, gumEngineKey);
    // The durable copy gone too: with it, the store would load it instead (durability.test.ts).
    await dropDurableCopy(page, gumEngineKey);
    await reload(page);
    await page.getByRole('alert').filter({ hasText: '2 处读不出来' }).waitFor();
    await expect(surveysOf(page).count()).resolves.toBe(1);
    await expect(surveysOf(page).first().textContent()).resolves.toContain('一班');
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes(':backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual([raw]);

    // Not JSON at all.
    await page.evaluate((k) => localStorage.setItem(k, '{"group":{"id":"x","na'), gumEngineKey);
    await dropDurableCopy(page, gumEngineKey);
    await reload(page);
    await page.getByRole('alert').filter({ hasText: '1 处读不出来' }).waitFor();
    // Nothing readable: the page asks for the group again.
    await page.getByRole('button', { name: '开始记录' }).waitFor();
    await expect(surveysOf(page).count()).resolves.toBe(0);
    await context.close();
  });

  test('storage full: the user is told at once, nothing saved is lost, the data stays on the page', async () => {
    const context = await tablet();
    const page = await context.newPage();
    await open(page);
    await startGumGroup(page);
    await addGumSurvey(page, {
      date: daysAgo(2),
      place: 'classroom',
      name: '一班',
      area: '50',
      count: '4',
    });
    const saved = await page.evaluate((k) => localStorage.getItem(k), gumEngineKey);
    const junkKeys = await page.evaluate(() => {
      const chunk = 'x'.repeat(64 * 1024);
      let i = 0;
      try {
        for (; i < 10_000; i += 1) localStorage.setItem(`junk:${i}`, chunk);
      } catch {
        // Now full; fill the last bytes with smaller pieces.
        let small = 'y'.repeat(1024);
        for (let j = 0; small.length > 0 && j < 10_000; j += 1) {
          try {
            localStorage.setItem(`junk:small:${j}`, small);
          } catch {
            small = small.slice(0, Math.floor(small.length / 2));
          }
        }
      }
      return i;
    });
    expect(junkKeys).toBeGreaterThan(0);
    // IndexedDB full too: otherwise it keeps the change alone (storage-matrix.test.ts).
    await failDurableWritesNow(page);
    await fillGumSurvey(page, {
      date: daysAgo(1),
      place: 'corridor',
      name: '楼道',
      area: '30',
      count: '6',
    });
    await page.getByRole('alert').filter({ hasText: '存储空间满了' }).waitFor();
    await expect(page.locator('.eck-save-state').textContent()).resolves.toBe('未保存！');
    await expect(surveysOf(page).count()).resolves.toBe(2);
    expect(await page.evaluate((k) => localStorage.getItem(k), gumEngineKey)).toBe(saved);

    // The export button in the alert saves the unsaved data as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('alert').getByRole('button', { name: '导出文件' }).tap(),
    ]);
    expect((await parsedDownload(download)).records['survey']).toHaveLength(2);

    // Space freed: "try again" writes everything.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage))
        if (k.startsWith('junk:')) localStorage.removeItem(k);
    });
    await allowDurableWritesNow(page);
    await page.getByRole('button', { name: '再试一次保存' }).tap();
    await page.locator('.eck-save-state', { hasText: '已保存' }).waitFor();
    await reload(page);
    await expect(surveysOf(page).count()).resolves.toBe(2);
    await context.close();
  });

  test('storage refused (private mode): the user is told, records stay on the page and export', async () => {
    const context = await tablet();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await open(page);
    await page.getByRole('alert').filter({ hasText: '不让网站保存数据' }).waitFor();
    await startGumGroup(page);
    await fillGumSurvey(page, {
      date: daysAgo(0),
      place: 'classroom',
      name: '一班',
      area: '10',
      count: '2',
    });
    await surveysOf(page).first().waitFor();
    await expect(page.locator('.eck-save-state').textContent()).resolves.toBe('未保存！');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('alert').getByRole('button', { name: '导出文件' }).tap(),
    ]);
    const group = await parsedDownload(download);
    expect(group.records['survey']?.map((s) => s.values['placeName'])).toEqual(['一班']);
    await context.close();
  });

  test('two tabs on the same tablet stay consistent', async () => {
    const context = await tablet();
    const a = await context.newPage();
    await open(a);
    await startGumGroup(a);
    const b = await context.newPage();
    await open(b);
    await addGumSurvey(a, {
      date: daysAgo(0),
      place: 'classroom',
      name: '甲页面',
      area: '10',
      count: '1',
    });
    await surveysOf(b).filter({ hasText: '甲页面' }).waitFor();
    await addGumSurvey(b, {
      date: daysAgo(0),
      place: 'classroom',
      name: '乙页面',
      area: '10',
      count: '2',
    });
    await surveysOf(a).filter({ hasText: '乙页面' }).waitFor();
    await expect(surveysOf(a).count()).resolves.toBe(2);
    await reload(a);
    await expect(surveysOf(a).count()).resolves.toBe(2);
    await context.close();
  });

  test('delete can be undone; edit keeps the id', async () => {
    const context = await tablet();
    const page = await context.newPage();
    await open(page);
    await startGumGroup(page);
    await addGumSurvey(page, {
      date: daysAgo(0),
      place: 'classroom',
      name: '一班',
      area: '10',
      count: '1',
    });
    const id = (await storedGumRecord(page))?.records['survey']?.[0]?.id;
    expect(id).toEqual(expect.any(String));
    const form = kindSection(page, '残胶清点');
    await page.getByRole('button', { name: /^修改 一条清点记录/ }).tap();
    await form.getByLabel('残胶数量（块）').fill('7');
    await form.getByRole('button', { name: '保存修改' }).tap();
    await surveysOf(page).filter({ hasText: '残胶数量 7 块' }).waitFor();
    await page.getByRole('button', { name: /^删除 一条清点记录/ }).tap();
    await surveysOf(page).first().waitFor({ state: 'detached' });
    // Ten and a half seconds later, on the page's clock: the 15 s undo window is still open.
    await page.clock.runFor(10_500);
    await page.getByRole('button', { name: '撤销删除' }).tap();
    await surveysOf(page).filter({ hasText: '残胶数量 7 块' }).waitFor();
    const after = (await storedGumRecord(page))?.records['survey'] ?? [];
    expect(after.map((s) => s.id)).toEqual([id]);

    // Deleted again, the offer ends when the 15 s are up: the page's clock moves past them.
    await page.getByRole('button', { name: /^删除 一条清点记录/ }).tap();
    const undo = page.getByRole('button', { name: '撤销删除' });
    await undo.waitFor();
    await page.clock.runFor(UNDO_MS);
    await undo.waitFor({ state: 'detached' });
    await expect(surveysOf(page).count()).resolves.toBe(0);
    await context.close();
  });

  test('export downloads a file that validates', async () => {
    const context = await tablet();
    const page = await context.newPage();
    await open(page);
    await startGumGroup(page);
    await addGumSurvey(page, {
      date: daysAgo(0),
      place: 'station',
      name: '火车站',
      area: '200',
      count: '30',
    });
    const exportSection = page.locator('section[aria-labelledby="eck-export-title"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportSection.getByRole('button', { name: '导出文件' }).tap(),
    ]);
    // The engine names the file after the definition's title (口香糖残胶实验).
    expect(download.suggestedFilename()).toMatch(/^第3组-口香糖残胶实验-\d{4}-\d\d-\d\d\.json$/);
    const group = await parsedDownload(download);
    expect(group.group.name).toBe('第3组');
    expect(group.records['survey']?.map((s) => s.values['count'])).toEqual([30]);
    await exportSection
      .getByText(`已导出“${download.suggestedFilename()}”，请交给老师。`)
      .waitFor();
    await context.close();
  });

  test('version-1 data from the prototype is migrated', async () => {
    const context = await tablet();
    const page = await context.newPage();
    // Wait for the island to read the empty storage first, or it may find the old data on this
    // load (migrating before the reload below, which then has nothing to say).
    await open(page);
    await page.evaluate(
      ([k, d]) =>
        localStorage.setItem(
          k,
          JSON.stringify({
            version: 1,
            groupName: '老数据组',
            surveys: [
              { date: d, placeType: 'roadside', placeName: '人民路', area: 120, count: 15 },
            ],
          }),
        ),
      [GUM_RECORD_V1_KEY, daysAgo(3)] as const,
    );
    await page.reload();
    await gumGroupShown(page, '老数据组');
    await surveysOf(page).filter({ hasText: '人民路' }).waitFor();
    await page.getByText('已把旧版本保存的记录转换成新格式').waitFor();
    await context.close();
  });

  test('the add-to-home-screen tip is short until opened, reads as written, axe passes', async () => {
    const context = await tablet();
    const page = await context.newPage();
    await open(page);
    const tip = page.locator('details.eck-tip');
    const summary = tip.locator('summary');
    await expect(summary.textContent()).resolves.toBe('提示：把本工具箱添加到主屏幕');
    await expect(tip.locator('p').isVisible()).resolves.toBe(false);
    expect((await summary.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await summary.tap();
    await tip.locator('p').waitFor();
    // innerText: what the pupil reads (the plain-http variant of the offline line stays hidden).
    const text = (await tip.innerText()).replace(/\s+/gu, '');
    expect(text).toBe(
      '提示：把本工具箱添加到主屏幕（iPad：在 Safari 里点“分享”→“添加到主屏幕”；安卓平板：浏览器菜单→“添加到主屏幕”或“安装应用”）。从主屏幕打开，没有网络也能记录；在 iPad 上，网站若连续 7 天没被打开，Safari 可能清除它保存的记录，添加到主屏幕后就不会这样。记得每节课后导出备份。'.replace(
        /\s+/gu,
        '',
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/eck-record-tip.png' });
    await context.close();
  });

  test('fits the tablet, touch targets at least 44 px, axe passes with records on the page', async () => {
    const context = await tablet();
    const log = watchContext(context);
    const page = await context.newPage();
    await open(page);
    // The empty page's axe check is in the site sweep (site-*.test.ts); here, with records on it.
    await startGumGroup(page);
    await addGumSurvey(page, {
      date: daysAgo(0),
      place: 'other',
      other: '公园',
      name: '东门',
      area: '10',
      count: '1',
    });
    await surveysOf(page).filter({ hasText: '公园' }).waitFor();
    // Messages beside fields are part of the checked page too.
    const measurement = kindSection(page, '残胶测量');
    await measurement.getByRole('button', { name: '添加一条测量记录' }).tap();
    await measurement.getByText('请选择表面。').waitFor();
    await addGumSetup(page, { startDate: daysAgo(0), media: ['土埋'], items: ['废纸'] });
    await page.getByRole('button', { name: /^删除/ }).first().tap();
    await page.getByRole('button', { name: '撤销删除' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const small = await page
      .locator('main button, main input, main select, main textarea, main .eck-choice')
      .evaluateAll((els) =>
        els
          .filter(
            (e) =>
              !(e instanceof HTMLInputElement && (e.type === 'radio' || e.type === 'checkbox')),
          )
          .map((e) => ({ what: e.outerHTML.slice(0, 60), h: e.getBoundingClientRect().height }))
          .filter((x) => x.h < 44),
      );
    expect(small).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/eck-record-tablet.png', fullPage: true });
    expect(log.consoleErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });
});

describe('the record page on the investigation engine (issue 14)', () => {
  const fixture = (name: string) =>
    readFile(new URL(`../unit/fixtures/gum-legacy/${name}`, import.meta.url), 'utf8');

  /** Put `value` under `key` on the site's origin before the record page is first opened. */
  async function storedBefore(page: Page, key: string, value: string) {
    // The lesson page has no island: it reads no storage and writes none.
    await page.goto(`${baseURL}lessons/gum-residue/`);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
  }

  test('data stored by the previous version shows on the new page and is saved under the engine key, the old key left', async () => {
    for (const [name, key, group, survey] of [
      ['stored-record-v2.json', GUM_RECORD_KEY, '第3组', '三年级二班'],
      ['stored-record-v1.json', GUM_RECORD_V1_KEY, '第7组', '二楼楼道'],
    ] as const) {
      const context = await tablet();
      const log = watchContext(context);
      const page = await context.newPage();
      const old = await fixture(name);
      await storedBefore(page, key, old);
      await open(page);
      await page.getByText('已把旧版本保存的记录转换成新格式').waitFor();
      await expect.poll(() => page.getByLabel('小组名称').inputValue()).toBe(group);
      await surveysOf(page).filter({ hasText: survey }).waitFor();
      if (key === GUM_RECORD_KEY) {
        await listed(page, '残胶测量').filter({ hasText: '直径 2 厘米' }).waitFor();
        await listed(page, '实验准备').filter({ hasText: '土埋、自来水' }).waitFor();
        // The old observation's entries, now the engine's children of it.
        await listed(page, '观察记录').filter({ hasText: '废纸 · 自来水：明显变化' }).waitFor();
        await listed(page, '预测').filter({ hasText: '小明' }).waitFor();
      }
      const stored = await storedGumRecord(page);
      expect(stored?.group?.name).toBe(group);
      expect(stored?.records['survey']?.map((s) => s.values['placeName'])).toContain(survey);
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(old);
      // Reopened: read from the engine key (the notice is not shown again).
      await reload(page);
      await surveysOf(page).filter({ hasText: survey }).waitFor();
      await expect(page.getByText('已把旧版本保存的记录转换成新格式').count()).resolves.toBe(0);
      expect(log.pageErrors).toEqual([]);
      await context.close();
    }
  });

  test('the observation grid on a tablet: cells of at least 44 px, no sideways scroll, two filled cells saved as two entries', async () => {
    const context = await tablet();
    const log = watchContext(context);
    const page = await context.newPage();
    await open(page);
    await startGumGroup(page);
    // Every sample in every medium: the widest grid the experiment has (3 × 4 cells).
    await addGumSetup(page, {
      startDate: daysAgo(7),
      media: ['土埋', '自来水', '洗衣粉水', '食醋'],
      items: ['口香糖残胶', '废纸', '塑料'],
    });
    const form = kindSection(page, '观察记录');
    const cells = form.getByLabel(/ · .* (状态|大小（厘米）|备注)$/);
    // Polled: the grid's code loads after the setup is saved (only a kind with children needs
    // it); read once, the count was 0 beside other tests on a busy machine.
    await expect.poll(() => cells.count()).toBe(3 * 4 * 3);
    await form.getByLabel('塑料 · 食醋 状态').scrollIntoViewIfNeeded();
    const small = await cells.evaluateAll((els) =>
      els
        .map((e) => {
          const r = e.getBoundingClientRect();
          return { what: e.getAttribute('aria-label') ?? e.id, w: r.width, h: r.height };
        })
        .filter((x) => x.w < 44 || x.h < 44),
    );
    expect(small).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // An empty cell reads 不填.
    await expect(
      form.getByLabel('塑料 · 食醋 状态').locator('option:checked').textContent(),
    ).resolves.toBe('不填');

    // Tapped where a pupil taps: the select itself, then the option chosen.
    await form.getByLabel('废纸 · 自来水 状态').tap();
    await addGumObservation(page, daysAgo(0), {
      '废纸 · 自来水': { state: 'slight', size: '３。５' },
      '塑料 · 食醋': { state: 'unchanged' },
    });
    const saved = listed(page, '观察记录');
    await expect.poll(() => saved.count()).toBe(1);
    await saved.filter({ hasText: '废纸 · 自来水：略有变化' }).waitFor();
    await saved.filter({ hasText: '塑料 · 食醋：无变化' }).waitFor();
    const entries = (await storedGumRecord(page))?.records['entry'] ?? [];
    expect(entries.map((e) => [e.values['item'], e.values['medium'], e.values['state']])).toEqual(
      expect.arrayContaining([
        ['paper', 'tapWater', 'slight'],
        ['plastic', 'vinegar', 'unchanged'],
      ]),
    );
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.values['item'] === 'paper')?.values['sizeCm']).toBe(3.5);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('grades (issue 11)', () => {
  /** What pupils read in the survey and measurement sections. */
  const sectionsText = async (page: Page) =>
    (
      await page
        .locator(
          'section[aria-labelledby="eck-survey-title"], section[aria-labelledby="eck-measurement-title"]',
        )
        .allInnerTexts()
    ).join('\n');

  test('grade 2: counts and the widest part in cm, no area fields, no formula, no decimals', async () => {
    const context = await tablet();
    const log = watchContext(context);
    const page = await context.newPage();
    await open(page);
    await startGumGroup(page, '第2组', { grade: '二年级' });
    const form = kindSection(page, '残胶清点');
    await form.getByLabel('地点类型', { exact: true }).selectOption('corridor');
    await form.getByLabel(/^地点名称/).fill('一楼楼道');
    expect(await form.getByLabel(/面积|长（米）|宽（米）/).count()).toBe(0);
    await form.getByLabel('残胶数量（块）').fill('７');
    await form.getByLabel('残胶数量（块）').blur();
    await form.getByRole('button', { name: '添加一条清点记录' }).tap();
    await surveysOf(page).filter({ hasText: '残胶数量 7 块' }).waitFor();
    const measurement = kindSection(page, '残胶测量');
    expect(await measurement.getByLabel(/直径|方格数/).count()).toBe(0);
    await addGumMeasurement(page, {
      surface: 'paper',
      difficulty: 'hard',
      size: [/^最宽的地方（厘米）/, '3'],
    });
    await listed(page, '残胶测量').filter({ hasText: '最宽的地方 3 厘米' }).waitFor();
    const text = await sectionsText(page);
    for (const word of [
      '3.14',
      '半径',
      '直径',
      '平方米',
      '平方厘米',
      '面积 =',
      '长 × 宽',
      '每平方米',
    ]) {
      expect(text).not.toContain(word);
    }
    expect(text).not.toMatch(/\d[.．。]\d/);
    // Stored as counted: no area, the widest part in whole cm.
    const stored = await storedGumRecord(page);
    expect(stored?.group?.grade).toBe(2);
    expect(stored?.records['survey']?.[0]?.values).toMatchObject({
      areaSquareMetres: null,
      count: 7,
    });
    expect(stored?.records['measurement']?.[0]?.values).toMatchObject({
      widestCm: 3,
      diameterCm: null,
    });
    expect(await axeViolations(page)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('grade 6: the diameter gives the area in cm² and densities have decimals', async () => {
    const context = await tablet();
    const page = await context.newPage();
    await open(page);
    await startGumGroup(page, '第6组', { grade: '六年级' });
    await addGumSurvey(page, {
      date: daysAgo(0),
      place: 'corridor',
      name: '三楼',
      area: '48',
      count: '6',
    });
    // The engine's derived values: 6 ÷ 48 to 4 places, per 100 m² to 2.
    await surveysOf(page)
      .filter({ hasText: '每平方米残胶 0.125 块，每 100 平方米残胶 12.5 块' })
      .waitFor();
    await addGumMeasurement(page, {
      surface: 'paper',
      difficulty: 'hard',
      size: [/^直径（厘米）/, '2'],
    });
    await listed(page, '残胶测量').filter({ hasText: '直径 2 厘米，面积 3.14 平方厘米' }).waitFor();
    await context.close();
  });

  test('grade 4: the sides give whole square metres, squares for the gum; no 3.14, no decimals', async () => {
    const context = await tablet();
    const page = await context.newPage();
    await open(page);
    await startGumGroup(page, '第4组', { grade: '四年级' });
    await addGumSurvey(page, {
      date: daysAgo(0),
      place: 'corridor',
      name: '三楼',
      sides: ['8', '6'],
      count: '6',
    });
    // The area filled from the sides; the density as a whole number, as grade 4 reads it.
    await surveysOf(page)
      .filter({
        hasText:
          '面积 48 平方米，长 8 米，宽 6 米，残胶数量 6 块，长 × 宽 48 平方米，每 100 平方米残胶约 13 块',
      })
      .waitFor();
    expect(await kindSection(page, '残胶测量').getByLabel(/直径/).count()).toBe(0);
    await addGumMeasurement(page, {
      surface: 'paper',
      difficulty: 'hard',
      size: [/^方格数（格）/, '12'],
    });
    await listed(page, '残胶测量').filter({ hasText: '方格数 12 格' }).waitFor();
    const text = await sectionsText(page);
    expect(text).not.toContain('3.14');
    expect(text).not.toMatch(/\d[.．。]\d/);
    await context.close();
  });
});
