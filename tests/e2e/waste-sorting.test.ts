// The 垃圾分类 sorting game as pupils and teachers use it: drag by mouse and by two fingers at
// once, keyboard, the summary, a timed round under a fake clock, the size of every screen it is
// played on, inside the present view and offline; and its printables.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import json from '../../content/data/waste-sorting.json';
import { foreignRequests, launchBrowser, viewports, watchContext, type PageLog } from './browser';
import { installPausedClock } from './clock';
import { A4_POINTS, readPdf, textOutside, type PdfPage } from './pdf';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Bin = 'recyclable' | 'hazardous' | 'kitchen' | 'other';
const bins: Bin[] = ['recyclable', 'hazardous', 'kitchen', 'other'];
const answer = new Map(json.items.map((i) => [i.id, i.category as Bin]));
const nameOf = new Map(json.items.map((i) => [i.id, i.name]));
const wrongFor = (id: string): Bin => bins.find((b) => b !== answer.get(id)) ?? 'other';

const screens = {
  projector: { viewport: viewports.projector, mode: 'panel' },
  panel: { viewport: { width: 1536, height: 864 }, mode: 'panel' },
  tablet: { viewport: viewports.tablet, mode: 'tablet' },
} as const;

/**
 * The game page, ready to play. `pausedClock`: the page's clock stands still at testNow from the
 * start (installPausedClock); the game's effects wait on its animation frames, so once the island
 * has hydrated the clock is stepped 200 ms to let them run (less than the round's first 250 ms tick).
 */
async function openGame(
  query = '',
  viewport: { width: number; height: number } = viewports.projector,
  { pausedClock = false } = {},
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const log = watchContext(context);
  if (pausedClock) await installPausedClock(context);
  const page = await context.newPage();
  await page.goto(`${baseURL}lessons/waste-sorting/sort/${query}`);
  if (pausedClock) {
    await page.locator('astro-island:not([ssr]) [data-waste-sorter]').waitFor();
    await page.clock.runFor(200);
  }
  await page.locator('[data-waste-sorter][data-ready]').waitFor();
  return { context, page, log };
}

const cardsOnTable = (page: Page) =>
  page
    .locator('[data-card]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-card') ?? ''));
const centre = async (page: Page, selector: string) => {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
const binCount = (page: Page, bin: Bin) =>
  page.locator(`[data-bin="${bin}"] .eck-ws-bin-count`).textContent();
const feedback = (page: Page) => page.locator('[data-feedback]').textContent();

/** Drag a card with the mouse onto a bin, moving in steps as a hand does. */
async function mouseDrag(page: Page, id: string, bin: Bin) {
  const from = await centre(page, `[data-card="${id}"]`);
  const to = await centre(page, `[data-bin="${bin}"]`);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

function expectClean(log: PageLog) {
  expect(log.consoleErrors).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(foreignRequests(log, baseURL)).toEqual([]);
}

describe('the sorting game /lessons/waste-sorting/sort/', () => {
  test('a card dragged by mouse into the wrong bin bounces back with the reason; into the right one it is absorbed', async () => {
    const { context, page, log } = await openGame();
    const [id] = await cardsOnTable(page);
    if (!id) throw new Error('no cards dealt');
    await mouseDrag(page, id, wrongFor(id));
    // It slides back to its place on the table (a short transition) before a hand grabs it again.
    await page.waitForFunction((cardId) => {
      const card = document.querySelector<HTMLElement>(`[data-card="${cardId}"]`);
      const slot = card?.parentElement?.getBoundingClientRect();
      const at = card?.getBoundingClientRect();
      return (
        card?.classList.contains('is-wrong') &&
        card.style.transform === '' &&
        Math.abs((at?.top ?? -1) - (slot?.top ?? -2)) < 1
      );
    }, id);
    await expect(feedback(page)).resolves.toContain(`${nameOf.get(id)}不是`);
    await expect(binCount(page, wrongFor(id))).resolves.toBe('0');
    await mouseDrag(page, id, answer.get(id) as Bin);
    await page.locator(`[data-card="${id}"]`).waitFor({ state: 'detached' });
    await expect(feedback(page)).resolves.toContain(`${nameOf.get(id)}：放对了`);
    await expect(binCount(page, answer.get(id) as Bin)).resolves.toBe('1');
    await expect(page.getByText('还剩 11 张').count()).resolves.toBe(1);
    expectClean(log);
    await context.close();
  });

  test('two fingers drag two cards at the same time (two touch points)', async () => {
    const { context, page } = await openGame();
    const [a, b] = await cardsOnTable(page);
    if (!a || !b) throw new Error('two cards needed');
    const fromA = await centre(page, `[data-card="${a}"]`);
    const fromB = await centre(page, `[data-card="${b}"]`);
    const toA = await centre(page, `[data-bin="${answer.get(a)}"]`);
    const toB = await centre(page, `[data-bin="${wrongFor(b)}"]`);
    const cdp = await context.newCDPSession(page);
    const at = (p: { x: number; y: number }, q: { x: number; y: number }, t: number) => ({
      x: Math.round(p.x + (q.x - p.x) * t),
      y: Math.round(p.y + (q.y - p.y) * t),
    });
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [
        { ...fromA, id: 1 },
        { ...fromB, id: 2 },
      ],
    });
    for (let i = 1; i <= 8; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { ...at(fromA, toA, i / 8), id: 1 },
          { ...at(fromB, toB, i / 8), id: 2 },
        ],
      });
    }
    // Both cards are being dragged at once.
    await expect(page.locator('.eck-ws-card.is-dragging').count()).resolves.toBe(2);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.locator(`[data-card="${a}"]`).waitFor({ state: 'detached' });
    await page.waitForFunction(
      (id) => document.querySelector(`[data-card="${id}"]`)?.classList.contains('is-wrong'),
      b,
    );
    await expect(binCount(page, answer.get(a) as Bin)).resolves.toBe('1');
    await expect(
      page.locator(`[data-card="${b}"]`).evaluate((e) => (e as HTMLElement).style.transform),
    ).resolves.toBe('');
    await context.close();
  });

  test('keyboard: 1–4 on a card; Enter on a card, arrows to a bin, Enter; results are announced', async () => {
    const { context, page } = await openGame();
    const [a, b] = await cardsOnTable(page);
    if (!a || !b) throw new Error('two cards needed');
    await page.locator(`[data-card="${a}"]`).focus();
    await page.keyboard.press(String(bins.indexOf(answer.get(a) as Bin) + 1));
    await page.locator(`[data-card="${a}"]`).waitFor({ state: 'detached' });
    // Focus goes on to the next card (moved after the card's removal renders: wait for it).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-card')))
      .toBe(b);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(`[data-card="${b}"]`).getAttribute('aria-pressed'))
      .toBe('true');
    await page.locator('[data-bin="recyclable"]').focus();
    for (let i = 0; i < bins.indexOf(answer.get(b) as Bin); i++)
      await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-bin')))
      .toBe(answer.get(b));
    await page.keyboard.press('Enter');
    await page.locator(`[data-card="${b}"]`).waitFor({ state: 'detached' });
    const live = page.locator('[aria-live="polite"]');
    await expect.poll(() => live.textContent()).toContain(`${nameOf.get(b)}：放对了`);
    await context.close();
  });

  test('a whole round by keyboard ends with the summary of what was missed most', async () => {
    const { context, page } = await openGame('?cards=12&band=3-4');
    const missed: string[] = [];
    let wrong = 0;
    for (let turn = 0; turn < 12; turn++) {
      const [id] = await cardsOnTable(page);
      if (!id) throw new Error(`no card at turn ${turn}`);
      const card = page.locator(`[data-card="${id}"]`);
      await card.focus();
      // Two cards missed: the first twice, the third once.
      const misses = turn === 0 ? 2 : turn === 2 ? 1 : 0;
      for (let m = 0; m < misses; m++) {
        await page.keyboard.press(String(bins.indexOf(wrongFor(id)) + 1));
        wrong++;
        await page.waitForFunction(
          ([cardId, n]) =>
            document.querySelector('[data-feedback]')?.textContent?.includes(`${n}不是`) &&
            !!document.querySelector(`[data-card="${cardId}"]`),
          [id, nameOf.get(id) ?? ''] as const,
        );
      }
      if (misses) missed.push(id);
      await card.focus();
      await page.keyboard.press(String(bins.indexOf(answer.get(id) as Bin) + 1));
      await card.waitFor({ state: 'detached' });
    }
    const summary = page.locator('[data-summary]');
    await summary.waitFor();
    await expect(page.locator('[data-summary-counts]').textContent()).resolves.toBe(
      `共 12 张：放对 12 张，其中一次就放对 10 张；放错 ${wrong} 次。`.replace(/\s/g, ' '),
    );
    await expect(
      page
        .locator('[data-missed]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-missed'))),
    ).resolves.toEqual(missed);
    await context.close();
  });

  test('a timed round ends by itself when the (fake) clock runs out', async () => {
    // A paused clock: the time shown moves only with runFor, whatever the machine's load.
    const { context, page } = await openGame('?time=60', viewports.projector, {
      pausedClock: true,
    });
    const status = page.locator('[data-status]');
    await expect(status.textContent()).resolves.toContain('剩余时间 1:00');
    await page.clock.runFor(30_000);
    await expect(status.textContent()).resolves.toContain('剩余时间 0:30');
    // Past the minute (the round checks the clock every 250 ms).
    await page.clock.runFor(30_500);
    await page.getByText('时间到！').waitFor();
    await expect(page.locator('[data-summary-counts]').textContent()).resolves.toContain(
      '还有 12 张没有分完',
    );
    await context.close();
  });

  test('city rules rename the bins and stay in the address and on the device', async () => {
    const { context, page } = await openGame();
    await page.getByLabel('规则').selectOption('shanghai');
    await expect(page.locator('[data-bin="kitchen"]').textContent()).resolves.toContain('湿垃圾');
    await expect(page.locator('[data-bin="other"]').textContent()).resolves.toContain('干垃圾');
    expect(new URL(page.url()).searchParams.get('city')).toBe('shanghai');
    // The lesson page's game uses the same choice.
    await page.goto(`${baseURL}lessons/waste-sorting/`);
    const game = page.locator('[data-waste-sorter]');
    await game.scrollIntoViewIfNeeded();
    await page.locator('[data-waste-sorter][data-ready]').waitFor();
    await expect(game.locator('[data-bin="other"]').textContent()).resolves.toContain('干垃圾');
    await context.close();
  });

  describe.each(Object.entries(screens))('fits the %s screen without scrolling', (_, s) => {
    test(`${s.viewport.width}×${s.viewport.height}, during play and after a wrong answer`, async () => {
      const { context, page, log } = await openGame(`?mode=${s.mode}`, s.viewport);
      const fits = () =>
        page.evaluate(() => {
          const root = document.querySelector('[data-waste-sorter]') as HTMLElement;
          const parts = [
            root.querySelector('.eck-ws-bar'),
            ...root.querySelectorAll('[data-card]'),
            ...root.querySelectorAll('[data-bin]'),
            root.querySelector('[data-feedback]'),
          ] as HTMLElement[];
          return {
            scrollY: window.scrollY,
            outside: parts
              .filter((e) => {
                const r = e.getBoundingClientRect();
                return r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth;
              })
              .map((e) => e.className),
            pageWidth: document.documentElement.scrollWidth <= innerWidth,
          };
        });
      await expect(fits()).resolves.toEqual({ scrollY: 0, outside: [], pageWidth: true });
      // The longest reason, shown after a wrong answer, still fits.
      const [id] = await cardsOnTable(page);
      await page.locator(`[data-card="${id}"]`).focus();
      await page.keyboard.press(String(bins.indexOf(wrongFor(id ?? '')) + 1));
      await page.waitForFunction(() =>
        document.querySelector('[data-feedback]')?.classList.contains('is-wrong'),
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(fits()).resolves.toEqual({ scrollY: 0, outside: [], pageWidth: true });
      const minFont = await page
        .locator('.eck-ws-name')
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      // The summary for the class discussion fits the same screen, with five items missed.
      for (let turn = 0; turn < 5; turn++) {
        const [next] = await cardsOnTable(page);
        await page.locator(`[data-card="${next}"]`).focus();
        await page.keyboard.press(String(bins.indexOf(wrongFor(next ?? '')) + 1));
        await page.keyboard.press(String(bins.indexOf(answer.get(next ?? '') as Bin) + 1));
        await page.locator(`[data-card="${next}"]`).waitFor({ state: 'detached' });
      }
      await page.getByRole('button', { name: '结束本轮' }).click();
      const summaryBottom = await page
        .locator('[data-new-round]')
        .evaluate((e) => e.getBoundingClientRect().bottom - innerHeight);
      await expect(page.locator('[data-missed]').count()).resolves.toBe(5);
      expect(summaryBottom).toBeLessThanOrEqual(0);
      await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
      // Projected: at least 28 px; on a tablet held by the pupil, 20 px.
      expect(minFont).toBeGreaterThanOrEqual(s.mode === 'panel' ? 28 : 20);
      expectClean(log);
      await context.close();
    });
  });
});

describe('the game as a slide in the present view', () => {
  test.each([viewports.projector, { width: 1536, height: 864 }])(
    'hydrates on its slide, fits %o, and its number keys do not change the slide',
    async (viewport) => {
      const context = await browser.newContext({ viewport });
      const log = watchContext(context);
      const page = await context.newPage();
      await page.goto(`${baseURL}lessons/waste-sorting/present/#1`);
      // Projected slides are the <Slide> blocks, after the title slide.
      await page.locator('[data-projected].is-current').waitFor();
      const n = await page
        .locator('[data-projected]')
        .evaluateAll((els) => els.findIndex((e) => e.querySelector('[data-waste-sorter]')) + 1);
      expect(n).toBeGreaterThan(1);
      await page.goto(`${baseURL}lessons/waste-sorting/present/#${n}`);
      await page.locator('[data-projected].is-current [data-waste-sorter][data-ready]').waitFor();
      const size = await page
        .locator('[data-projected].is-current')
        .evaluate((e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
      expect(size.scroll).toBeLessThanOrEqual(size.client + 1);
      const [id] = await cardsOnTable(page);
      await page.locator(`[data-card="${id}"]`).focus();
      await page.keyboard.press(String(bins.indexOf(answer.get(id ?? '') as Bin) + 1));
      await page.locator(`[data-card="${id}"]`).waitFor({ state: 'detached' });
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${n}`);
      expectClean(log);
      await context.close();
    },
  );

  test('the QR slide points pupils to the standalone game', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/waste-sorting/present/#1`);
    await expect(page.locator('[data-join-qr]').getAttribute('data-path')).resolves.toBe(
      '/lessons/waste-sorting/sort/',
    );
    await context.close();
  });
});

test('the game works offline after one visit', async () => {
  const context = await browser.newContext({ viewport: viewports.tablet, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${baseURL}lessons/waste-sorting/sort/?mode=tablet`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await page.locator('[data-waste-sorter][data-ready]').waitFor();
  const [id] = await cardsOnTable(page);
  await page.locator(`[data-card="${id}"]`).focus();
  await page.keyboard.press(String(bins.indexOf(answer.get(id ?? '') as Bin) + 1));
  await page.locator(`[data-card="${id}"]`).waitFor({ state: 'detached' });
  await context.close();
});

describe('printables', () => {
  /** The @page margins of the printables (src/styles/sheet.css). */
  const margin = { x: 12, y: 13 };
  /** Chromium's PDF maps some glyphs to look-alike radicals (⻥ for 鱼); fold them back. */
  const lookalikes: Record<string, string> = {
    '⻓': '长',
    '⻥': '鱼',
    '⻣': '骨',
    '⻉': '贝',
    '⻝': '食',
    '⻚': '页',
    㬵: '胶',
  };
  const text = (p: PdfPage) =>
    p.texts
      .map((t) => t.text)
      .join('')
      .replace(/[\u2F00-\u2FDF]/gu, (c) => c.normalize('NFKC'))
      .replace(/[\u2E80-\u2EFF㬵]/gu, (c) => lookalikes[c] ?? c)
      .replace(/\s+/gu, '');

  async function print(path: string) {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${baseURL}${path}`);
    const pages = await readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
    for (const [i, p] of pages.entries()) {
      expect(p.width, `page ${i + 1}`).toBeCloseTo(A4_POINTS.width, 0);
      expect(p.height, `page ${i + 1}`).toBeCloseTo(A4_POINTS.height, 0);
      expect(textOutside(p, margin), `page ${i + 1}`).toEqual([]);
    }
    await page.emulateMedia({ media: 'print' });
    const clipped = await page
      .locator('.eck-sheet-body')
      .evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).length);
    expect(clipped).toBe(0);
    expectClean(log);
    return { context, page, pages };
  }

  test('sorting cards: A4 pages with dashed cut lines round every card, then the answer key', async () => {
    const { context, page, pages } = await print('print/waste-sorting/cards/');
    expect(pages).toHaveLength(3);
    const cut = await page.locator('[data-cut-cards] > li').evaluateAll((els) =>
      els.map((e) => {
        const s = getComputedStyle(e);
        return [
          s.borderTopStyle,
          s.borderRightStyle,
          s.borderBottomStyle,
          s.borderLeftStyle,
          parseFloat(s.borderTopWidth) > 0,
        ].join();
      }),
    );
    expect(cut).toHaveLength(4 + json.items.length);
    expect(new Set(cut)).toEqual(new Set(['dashed,dashed,dashed,dashed,true']));
    // Every item is on a card, with its picture drawn.
    const all = pages.map(text).join('');
    for (const i of json.items) expect(all).toContain(i.name.replace(/\s/g, ''));
    expect(text(pages[2] as PdfPage)).toContain('分类卡片答案');
    const pictures = await page
      .locator('.eck-ws-ppic')
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 40).length);
    expect(pictures).toBe(json.items.length);
    await context.close();
  });

  test('学习任务单 and the home checklist with 家长签字 print on two A4 pages', async () => {
    const { context, pages } = await print('print/waste-sorting/');
    expect(pages).toHaveLength(2);
    expect(text(pages[0] as PdfPage)).toContain('学习任务单');
    expect(text(pages[1] as PdfPage)).toContain('家庭垃圾分类打卡表');
    expect(text(pages[1] as PdfPage)).toContain('家长签字');
    expect(text(pages[1] as PdfPage)).toContain('第7天');
    await context.close();
  });
});
