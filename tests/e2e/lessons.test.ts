import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  foreignRequests,
  launchBrowser,
  pageScripts,
  viewports,
  watchContext,
} from './browser';
import { resultStatements } from '../support/result-phrases';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * What pupils may see before they have observed anything: the slides of every ## step (each a
 * section) before the one whose heading says 讨论.
 */
function pupilTextBeforeDiscussion(page: Page): Promise<string[]> {
  return page.locator('section[data-slide]').evaluateAll((sections) => {
    const before: string[] = [];
    for (const s of sections) {
      if (/讨论/.test(s.querySelector('h2')?.textContent ?? '')) break;
      for (const card of s.querySelectorAll('[data-slide-card]'))
        before.push(card.textContent ?? '');
    }
    return before;
  });
}

/** What each lesson page must show: headings and facts that must be there (and must not). */
const lessons = [
  {
    slug: 'low-carbon-living',
    title: '低碳生活，从我做起',
    headings: [
      '课程概览',
      '学习目标',
      '对应的课程标准和文件',
      '准备材料',
      '教师须知：要纠正的说法',
      '开场：地球给我们的提醒（约 5 分钟）',
      '第一篇章：什么是低碳生活（约 8 分钟）',
      '算一算：五件小事能少排多少（约 12 分钟）',
      '第二篇章：我的低碳我做主（约 10 分钟）',
      '班级倡议与宣誓（约 3 分钟）',
      '结束语（约 2 分钟）',
      '课后延伸',
      '查一查：原教案的数字对吗？',
      '数字从哪里来',
    ],
    mustContain: [
      '0.218',
      '0.621',
      '0.045',
      '0.096',
      '0.041',
      '1.021 千克',
      '1021 克',
      '14.3 亿千克',
      '140489 万人（2025 年末）',
      '0.5306 千克/千瓦时',
      '每走 1 层楼',
      '排放发生在发电的时候',
      '冰川在后退、变小',
      '世界环境日（6 月 5 日）',
      '全国节能宣传周和全国低碳日',
      '节约一张纸、节约一粒米',
      '地震是地壳运动造成的',
      '《绿色低碳发展国民教育体系建设实施方案》',
      '《中小学综合实践活动课程指导纲要》',
    ],
    mustNotContain: ['冷气', '140967', '14.1 亿', '一年比一年短', '0.54～0.57'],
    corrections: 2,
    minutes: 40,
    figures: 1,
    bands: ['carbon-one-person', 'carbon-class-country', 'carbon-estimate'],
    // The calculator and the number-check exercise are islands.
    islands: ['CarbonCalculator', 'CarbonCheckExercise'],
  },
  {
    slug: 'gum-residue',
    title: '口香糖残胶去哪儿了',
    headings: [
      '课程概览',
      '学习目标',
      '活动安排',
      '对应的课程标准和文件',
      '活动准备',
      '准备材料',
      '安全与卫生',
      '课前准备',
      '第一步：嚼一嚼，想一想（约 5 分钟）',
      '第二步：残胶怎么处理（约 5 分钟）',
      '第三步：粘在地上试试看（约 10 分钟）',
      '第四步：哪种表面最容易取下（约 15 分钟）',
      '第五步：埋一埋，泡一泡（约 25 分钟）',
      '开始之前：先预测',
      '怎样做才公平',
      '第六步：数一数，哪里残胶多（约 30 分钟）',
      '第七步：按时观察，第 1、3、7、10、14 天（约 50 分钟）',
      '第八步：讨论（约 20 分钟）',
      '第九步：向全校发出倡议（约 10 分钟）',
      '延伸：和别的地方比一比',
      '数字从哪里来',
    ],
    mustContain: [
      '一至六年级',
      '约 8 次：第一次 60 分钟（连堂或课后服务），以后每次 10～30 分钟',
      '合计约 170 分钟',
      '商店门口、火车站、饭店门口、马路旁',
      '无变化 / 略有变化 / 明显变化 / 几乎消失',
      '请勿饮用',
      '老师或家长陪同',
      '苯丙酮尿症患者不宜使用',
      '每 500 毫升自来水放一小勺洗衣粉',
      '干燥对照',
      '一块小木板或瓷砖',
      '氯气',
      '预期结果（你们的结果可能不同）',
      '每组需要 7 块残胶',
      '1 厘米方格纸',
      '3.14 × 半径 × 半径',
      '55%',
      '99%',
      '64%',
      '知道自然物和人造物存在区别',
    ],
    mustNotContain: ['无动于衷', '塑料板', '有些城市报告 77%'],
    corrections: 0,
    minutes: 170,
    figures: 1,
    bands: ['gum-size', 'gum-survey', 'gum-observe'],
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
    mustNotContain: [],
    minutes: 40,
    bands: [],
    // Its dates and counts are sourced in the text; no registry figure yet.
    figures: 0,
    corrections: 1,
    islands: ['WasteSorter'],
  },
  {
    slug: 'campus-litter',
    title: '校园垃圾大调查',
    headings: [
      '课程概览',
      '学习目标',
      '活动安排',
      '对应的课程标准和文件',
      '活动准备',
      '准备材料',
      '课前准备',
      '共谋：分区域，定计划（约 40 分钟）',
      '共建：捡一捡，分一分，数一数（约 40 分钟）',
      '算一算：我们找到了多少（约 20 分钟）',
      '共管：选一个办法，做起来（约 30 分钟）',
      '共评：再查一次，比一比（约 40 分钟）',
      '共享：讨论我们的发现，向学校提建议（约 40 分钟）',
      '数字从哪里来',
    ],
    mustContain: [
      '三至六年级',
      'GB/T 19095-2019',
      '2019 年 12 月 1 日起实施',
      '可回收物',
      '有害垃圾',
      '厨余垃圾',
      '其他垃圾',
      '只数不捡',
      '插一面小旗',
      '用肥皂洗手',
      '不翻垃圾桶',
      '同一个时间段',
      '写在黑板上或打印的全班汇总表上',
      '82.5%（2022 年底）',
      '百分数（六年级上册）',
    ],
    // The source's placeholders and its adults' street litter picking, as an activity.
    mustNotContain: ['20xx', '上街捡拾垃圾行动'],
    corrections: 1,
    minutes: 210,
    figures: 1,
    bands: ['litter-count', 'litter-compare'],
    islands: [],
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
    for (const wrong of lesson.mustNotContain) expect(text).not.toContain(wrong);
    for (const id of lesson.bands) {
      await expect(page.locator(`[data-grade-bands="${id}"] dt`).count()).resolves.toBeGreaterThan(
        1,
      );
    }
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

  // axe runs once per page and viewport in the site sweep (site-*.test.ts), this page included.

  test('every figure links to its entry in 数字从哪里来, which names its publisher', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    const targets = await page
      .locator('a.eck-fact')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThanOrEqual(lesson.figures);
    for (const href of new Set(targets)) {
      const entry = page.locator(`.eck-fact-sources ${href}`);
      await expect(entry.count(), href).resolves.toBe(1);
      await expect(entry.locator('.eck-fact-meta').textContent()).resolves.toMatch(/。/);
    }
    await context.close();
  });

  test('the steps’ minutes, the session plan and the present view’s timer agree', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    const steps = await page
      .locator('section[data-slide][data-minutes]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-minutes'))));
    expect(steps.reduce((a, b) => a + b, 0)).toBe(lesson.minutes);
    await page.goto(`${baseURL}lessons/${lesson.slug}/present/`);
    await expect(page.locator('[data-present]').getAttribute('data-lesson-minutes')).resolves.toBe(
      String(lesson.minutes),
    );
    await context.close();
  });

  test('pupil-facing text before the discussion step states no result', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    const pupilTexts = await pupilTextBeforeDiscussion(page);
    expect(pupilTexts.length).toBeGreaterThan(3);
    const card = (await page.locator('.eck-misconceptions').textContent()) ?? '';
    expect(pupilTexts.flatMap(resultStatements)).toEqual([]);
    expect(resultStatements(card)).toEqual([]);
    await context.close();
  });

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

// The home page's axe check is in the site sweep (site-*.test.ts), like every page's.

test('the result check can fail: it catches the old “你会发现…无动于衷” on a slide', async () => {
  const context = await browser.newContext({ viewport: viewports.projector });
  const page = await context.newPage();
  await page.goto(`${baseURL}lessons/gum-residue/`);
  await page.evaluate(() => {
    const card = document.querySelector('section[data-slide] [data-slide-card]');
    card?.append('你会发现，“顽固”的口香糖残胶几乎无动于衷。');
  });
  const found = (await pupilTextBeforeDiscussion(page)).flatMap(resultStatements);
  expect(found.map((f) => f.phrase)).toEqual(['无动于衷', '你会发现']);
  await context.close();
});

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
