import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  foreignRequests,
  launchBrowser,
  pageScripts,
  viewports,
  watchContext,
} from './browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What each lesson page must show: headings and facts that must be there (and must not). */
const lessons = [
  {
    slug: 'low-carbon-living',
    title: '低碳生活，从我做起',
    headings: [
      '课程概览',
      '学习目标',
      '准备材料',
      '教师须知：要纠正的说法',
      '开场：地球给我们的提醒（约 5 分钟）',
      '第一篇章：什么是低碳生活（约 10 分钟）',
      '算一算：小行动能减多少碳（约 10 分钟）',
      '查一查：这些数字对吗？',
      '第二篇章：我的低碳我做主（约 10 分钟）',
      '班级倡议与宣誓（约 3 分钟）',
      '结束语（约 2 分钟）',
    ],
    mustContain: [
      '0.218',
      '0.621',
      '0.045',
      '0.096',
      '0.041',
      '1.021 千克',
      '14.4 亿千克',
      '140967 万人',
      '每走 1 层楼',
      '节约一滴水、节约一度电、节约一张纸、节约一粒米',
      '地震是地壳运动造成的',
    ],
    corrections: 2,
    // The calculator and the number-check exercise are islands.
    islands: ['CarbonCalculator', 'CarbonCheckExercise'],
  },
  {
    slug: 'gum-residue',
    title: '口香糖残胶去哪儿了',
    headings: [
      '课程概览',
      '学习目标',
      '准备材料',
      '安全与卫生',
      '第一步：嚼一嚼，想一想',
      '第二步：残胶怎么处理',
      '第三步：粘在地上试试看',
      '第四步：哪种表面最容易取下',
      '第五步：数一数，哪里残胶多',
      '第六步：埋一埋，泡一泡',
      '开始之前：先预测',
      '每次观察记录什么',
      '第七步：讨论',
      '第八步：向全校发出倡议',
      '教师提示',
    ],
    mustContain: [
      '一至六年级',
      '第一次 60 分钟，以后每次 30 分钟',
      '先测量要考察的面积，再清点残胶的数量',
      '商店、火车站、饭店、马路旁',
      '无变化 / 略有变化 / 明显变化 / 几乎消失',
      '请勿饮用',
      '老师或家长陪同',
    ],
    corrections: 0,
    islands: [],
  },
  {
    slug: 'waste-sorting',
    title: '垃圾分类，从我做起',
    headings: [
      '课程概览',
      '学习目标',
      '开场：垃圾去哪儿了（约 5 分钟）',
      '认识四类垃圾（约 10 分钟）',
      '各地的叫法不一样',
      '易错大挑战（约 8 分钟）',
      '分类小游戏（约 10 分钟）',
      '小结与家庭任务：小手拉大手（约 5 分钟）',
      '出处',
    ],
    mustContain: [
      'GB/T 19095-2019',
      '2019 年 12 月 1 日起实施',
      '湿垃圾',
      '干垃圾',
      '《上海市生活垃圾管理条例》（2019 年 7 月 1 日起施行）',
      '普通干电池',
      '小手拉大手',
      '家长签字',
    ],
    corrections: 1,
    islands: ['WasteSorter'],
  },
] as const;

describe('home page', () => {
  test('lists both lessons as cards whose links open the lessons', async () => {
    const context = await browser.newContext({ viewport: viewports.tablet });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(baseURL);
    await expect(page.title()).resolves.toBe('环保课堂工具箱');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const cards = page.locator('.eck-card h2 a');
    await expect(cards.allTextContents()).resolves.toEqual(lessons.map((l) => l.title));
    for (const lesson of lessons) {
      await page.goto(baseURL);
      await page.getByRole('link', { name: lesson.title }).click();
      await page.waitForURL(`**/lessons/${lesson.slug}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(lesson.title);
    }
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });
});

describe.each(lessons)('lesson page $slug', (lesson) => {
  test('shows every required section and fact, with no errors and no outside requests', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await context.newPage();
    const response = await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    expect(response?.status()).toBe(200);
    const headings = (await page.locator('main h2, main h3').allTextContents()).map((h) =>
      h.trim(),
    );
    for (const h of lesson.headings) expect(headings).toContain(h);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const fact of lesson.mustContain) expect(text).toContain(fact);
    // The source's wrong figures appear only where the lesson corrects them.
    expect(await page.locator('.eck-note--correction').count()).toBe(lesson.corrections);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    // A page without islands ships no JavaScript but the offline shell (service worker
    // registration and update prompt, budgeted apart in tests/scripts/budgets.mjs);
    // one with islands only its own bundles.
    const islandUrls = await page
      .locator('astro-island')
      .evaluateAll((els) => els.map((e) => e.getAttribute('component-url') ?? ''));
    expect(islandUrls.map((u) => u.replace(/^.*\/(\w+)\.[\w-]+\.js$/, '$1'))).toEqual(
      lesson.islands,
    );
    const scripts = pageScripts(log);
    if (lesson.islands.length === 0) expect(scripts).toEqual([]);
    else for (const u of scripts) expect(new URL(u).pathname).toMatch(/\/_astro\/[\w.-]+\.js$/);
    await context.close();
  });

  // axe runs once per page and viewport in the site sweep (site.test.ts), this page included.

  test('reads from the back row on a projector: body text at least 20 px', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    const sizes = await page
      .locator('main p, main li, main td')
      .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
    await context.close();
  });

  test('fits an 800×1280 tablet: no horizontal scroll, touch targets at least 44 px', async () => {
    const context = await browser.newContext({
      viewport: viewports.tablet,
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const heights = await page
      .locator('header a')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  test('prints black on white without navigation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.eck-site-header nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.eck-site-footer').isVisible()).resolves.toBe(false);
    const colors = {
      ink: await page
        .locator('main p')
        .first()
        .evaluate((p) => getComputedStyle(p).color),
      page: await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    };
    expect(colors).toEqual({ ink: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
    await context.close();
  });
});

// The home page's axe check is in the site sweep (site.test.ts), like every page's.

test('the axe and request checks can fail: they catch a bad page', async () => {
  const context = await browser.newContext();
  const log = watchContext(context);
  const page = await context.newPage();
  await page.goto(baseURL);
  const requested = page.waitForEvent('request', (r) => r.url().includes('example.invalid'));
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'http://example.invalid/x.png';
    document.querySelector('main')?.append(img);
  });
  await requested;
  expect(await axeViolations(page)).toEqual([expect.stringContaining('image-alt')]);
  expect(foreignRequests(log, baseURL)).toEqual(['http://example.invalid/x.png']);
  await context.close();
});
