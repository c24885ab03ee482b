import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  foreignRequests,
  launchBrowser,
  pageScripts,
  viewports,
  watchContext,
} from './browser';
import { installPausedClock } from './clock';
import { fitReport, projectedText, teacherOnlyTexts } from './present-checks';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { budgetFor } from '../scripts/budgets.mjs';
import { measureDist } from '../scripts/measure-js.mjs';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const lessons = [
  { slug: 'low-carbon-living', title: '低碳生活，从我做起', slides: 22 },
  { slug: 'gum-residue', title: '口香糖残胶去哪儿了', slides: 17 },
  { slug: 'campus-litter', title: '校园垃圾大调查', slides: 19 },
] as const;

const presentURL = (slug: string, hash = '') => `${baseURL}lessons/${slug}/present/${hash}`;

async function open(
  slug: string,
  hash = '#1',
  viewport: { width: number; height: number } = viewports.projector,
): Promise<{ context: BrowserContext; page: Page }> {
  // Touch on, as on a classroom panel.
  const context = await browser.newContext({ viewport, hasTouch: true });
  const page = await context.newPage();
  await page.goto(presentURL(slug, hash));
  await page.locator('[data-projected].is-current').waitFor();
  return { context, page };
}

const hashOf = (page: Page) => page.evaluate(() => location.hash);
const currentHeading = (page: Page) =>
  page
    .locator('[data-projected].is-current')
    .locator('.eck-title-name, .eck-slide-card-title, h2')
    .first()
    .textContent();

describe.each(lessons)('present view of $slug', (lesson) => {
  test('opens on the title slide with the lesson facts, no errors, no outside requests', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await context.newPage();
    const response = await page.goto(presentURL(lesson.slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator('[data-projected]').count()).resolves.toBe(lesson.slides);
    await expect(
      page.locator('[data-projected].is-current .eck-title-name').textContent(),
    ).resolves.toBe(lesson.title);
    await expect(page.locator('[data-projected]:visible').count()).resolves.toBe(1);
    await expect(page.locator('[data-position]').textContent()).resolves.toBe(
      `1 / ${lesson.slides}`,
    );
    expect(await hashOf(page)).toBe('#1');
    // Every request the page starts on its own has ended (its island too) before errors are read.
    await page.waitForLoadState('networkidle');
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('every key steps forward and back', async () => {
    const { context, page } = await open(lesson.slug);
    for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n', 'N']) {
      await page.keyboard.press('Home');
      expect(await hashOf(page)).toBe('#1');
      await page.keyboard.press(key);
      expect(await hashOf(page), key).toBe('#2');
    }
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Shift+Space']) {
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      expect(await hashOf(page)).toBe('#2');
      await page.keyboard.press(key);
      expect(await hashOf(page), key).toBe('#1');
    }
    await page.keyboard.press('End');
    expect(await hashOf(page)).toBe(`#${lesson.slides}`);
    await page.keyboard.press('Home');
    await expect(currentHeading(page)).resolves.toBe(lesson.title);
    await context.close();
  });

  test('on-screen buttons step forward and back and are large enough to tap', async () => {
    const { context, page } = await open(lesson.slug);
    const bar = page.locator('.eck-bar');
    await bar.getByRole('button', { name: '下一张' }).click();
    expect(await hashOf(page)).toBe('#2');
    await bar.getByRole('button', { name: '上一张' }).click();
    expect(await hashOf(page)).toBe('#1');
    // The same on both side edges, at mid-height, for a teacher standing beside the panel.
    await page.getByRole('button', { name: '下一张（侧边按钮）' }).tap();
    expect(await hashOf(page)).toBe('#2');
    await page.getByRole('button', { name: '上一张（侧边按钮）' }).tap();
    expect(await hashOf(page)).toBe('#1');
    for (const name of ['上一张（侧边按钮）', '下一张（侧边按钮）']) {
      const r = await page.getByRole('button', { name }).boundingBox();
      expect(r && Math.abs(r.y + r.height / 2 - 1080 / 2)).toBeLessThan(1080 * 0.1);
      expect(r && Math.min(r.width, r.height)).toBeGreaterThanOrEqual(44);
    }
    const sizes = await page
      .locator('.eck-bar button:visible, .eck-bar a, .eck-bar input')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    for (const r of sizes) {
      expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  });

  test('body text is at least 28 px on every slide at 1920×1080', async () => {
    const { context, page } = await open(lesson.slug);
    for (let i = 1; i <= lesson.slides; i++) {
      await page.keyboard.press('End');
      await page.keyboard.type(String(i));
      await page.keyboard.press('Enter');
      const sizes = await page
        .locator('[data-projected].is-current')
        .locator('p, li, td, blockquote')
        .evaluateAll((els) =>
          els
            .filter((e) => e.checkVisibility())
            .map((e) => parseFloat(getComputedStyle(e).fontSize)),
        );
      if (sizes.length) expect(Math.min(...sizes), `slide ${i}`).toBeGreaterThanOrEqual(28);
    }
    await context.close();
  });

  test.each([
    ['1920×1080', viewports.projector],
    ['1536×864', { width: 1536, height: 864 }],
    ['1280×720', { width: 1280, height: 720 }],
    ['1024×768', { width: 1024, height: 768 }],
  ])('every slide fits the screen without scrolling at %s', async (_, viewport) => {
    const { context, page } = await open(lesson.slug, '#1', viewport);
    for (let i = 1; i <= lesson.slides; i++) {
      await page.goto(presentURL(lesson.slug, `#${i}`));
      await page.locator('[data-projected].is-current').waitFor();
      expect((await fitReport(page)).problems, `slide ${i}`).toEqual([]);
    }
    await context.close();
  });

  test('no slide shows teacher-only text', async () => {
    const { context, page } = await open(lesson.slug);
    const teacher = await teacherOnlyTexts(page);
    expect(teacher.length).toBeGreaterThan(0);
    for (let i = 1; i <= lesson.slides; i++) {
      await page.goto(presentURL(lesson.slug, `#${i}`));
      await page.locator('[data-projected].is-current').waitFor();
      const seen = await projectedText(page);
      for (const t of teacher) expect(seen, `slide ${i}`).not.toContain(t);
    }
    await context.close();
  });

  test('axe finds no violations on any slide, at 1920×1080 and 1024×768', async () => {
    for (const viewport of [viewports.projector, { width: 1024, height: 768 }]) {
      const { context, page } = await open(lesson.slug, '#1', viewport);
      for (let i = 1; i <= lesson.slides; i++) {
        // The whole page each time but the other slides: each is checked when it is shown.
        const hidden = '[data-projected]:not(.is-current)';
        expect(await axeViolations(page, [hidden]), `slide ${i}`).toEqual([]);
        await page.keyboard.press('End');
        await page.keyboard.type(String(i + 1));
        await page.keyboard.press('Enter');
      }
      await context.close();
    }
  });

  test('the lesson page links to its present view and back', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${lesson.slug}/`);
    await page.getByRole('link', { name: '投影上课：全屏幻灯片' }).click();
    await page.waitForURL(`**/lessons/${lesson.slug}/present/**`);
    await page.getByRole('link', { name: '返回课程页' }).click();
    await page.waitForURL(`**/lessons/${lesson.slug}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(lesson.title);
    await context.close();
  });
});

describe('moving around', () => {
  test('number + Enter, number + G and the jump field go to a slide; bad input is explained', async () => {
    const { context, page } = await open('gum-residue');
    await page.keyboard.type('12');
    await expect(page.locator('[data-typed]').textContent()).resolves.toContain('12');
    await page.keyboard.press('Enter');
    expect(await hashOf(page)).toBe('#12');
    await expect(page.locator('[data-typed]').isVisible()).resolves.toBe(false);
    await page.keyboard.type('3g');
    expect(await hashOf(page)).toBe('#3');
    await page.keyboard.press('G');
    const field = page.getByRole('textbox', { name: '跳到第' });
    await expect(field.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await field.fill('９９');
    await field.press('Enter');
    expect(await hashOf(page)).toBe('#3');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#eck-jump-error').textContent()).resolves.toBe('页码不能超过 17。');
    await field.fill('５');
    await field.press('Enter');
    expect(await hashOf(page)).toBe('#5');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('false');
    await context.close();
  });

  test('reload keeps the slide; back and forward go through the slides seen', async () => {
    const { context, page } = await open('low-carbon-living');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await hashOf(page)).toBe('#3');
    await page.reload();
    await page.locator('[data-projected].is-current').waitFor();
    expect(await hashOf(page)).toBe('#3');
    await expect(currentHeading(page)).resolves.toBe('天空变蓝了');
    await page.goBack();
    expect(await hashOf(page)).toBe('#2');
    await expect(currentHeading(page)).resolves.toBe('你看到了什么？');
    await page.goForward();
    await expect(currentHeading(page)).resolves.toBe('天空变蓝了');
    await context.close();
  });

  test('keys typed into a form field inside a slide stay in the field', async () => {
    const { context, page } = await open('low-carbon-living', '#5');
    // The lesson has no field of its own yet (the calculator comes later): add one.
    await page.locator('[data-projected].is-current').evaluate((slide) => {
      const label = document.createElement('label');
      label.textContent = '测试输入';
      const input = document.createElement('input');
      input.type = 'text';
      label.append(input);
      slide.append(label);
    });
    const field = page.getByRole('textbox', { name: '测试输入' });
    await field.click();
    await field.pressSequentially('12 np bfg.');
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'Home', 'End', 'Enter']) {
      await field.press(key);
    }
    await expect(field.inputValue()).resolves.toBe('12 np bfg.');
    expect(await hashOf(page)).toBe('#5');
    await expect(page.locator('[data-blank]').isVisible()).resolves.toBe(false);
    // Escape leaves the field; the clicker works again.
    await field.press('Escape');
    await page.keyboard.press('PageDown');
    expect(await hashOf(page)).toBe('#6');
    await context.close();
  });
});

describe('projector controls', () => {
  test('B blanks and unblanks the screen; a click unblanks too', async () => {
    const { context, page } = await open('low-carbon-living', '#2');
    const blank = page.locator('[data-blank]');
    await page.keyboard.press('b');
    await expect(blank.isVisible()).resolves.toBe(true);
    const cover = await blank.boundingBox();
    expect(cover).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
    await page.keyboard.press('B');
    await expect(blank.isVisible()).resolves.toBe(false);
    expect(await hashOf(page)).toBe('#2');
    await page.getByRole('button', { name: '黑屏' }).click();
    await expect(blank.isVisible()).resolves.toBe(true);
    await blank.click();
    await expect(blank.isVisible()).resolves.toBe(false);
    await page.keyboard.press('b');
    await page.keyboard.press('Escape');
    await expect(blank.isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('F requests full screen, Esc and F leave it', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    await context.addInitScript(() => {
      const w = window as unknown as { fullscreenCalls: string[] };
      w.fullscreenCalls = [];
      let on = false;
      Object.defineProperty(Document.prototype, 'fullscreenElement', {
        get: () => (on ? document.documentElement : null),
      });
      Element.prototype.requestFullscreen = function () {
        w.fullscreenCalls.push(`request ${this.tagName}`);
        on = true;
        return Promise.resolve();
      };
      Document.prototype.exitFullscreen = function () {
        w.fullscreenCalls.push('exit');
        on = false;
        return Promise.resolve();
      };
    });
    const page = await context.newPage();
    await page.goto(presentURL('gum-residue'));
    await page.locator('[data-projected].is-current').waitFor();
    const calls = () =>
      page.evaluate(() => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls);
    await page.keyboard.press('f');
    expect(await calls()).toEqual(['request HTML']);
    await page.keyboard.press('Escape');
    expect(await calls()).toEqual(['request HTML', 'exit']);
    await page.keyboard.press('F');
    await page.getByRole('button', { name: '全屏' }).click();
    expect(await calls()).toEqual(['request HTML', 'exit', 'request HTML', 'exit']);
    await context.close();
  });

  test('the timer counts the step and the lesson, pauses and resets', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    // A paused clock from the start: it moves only when the test says so.
    await installPausedClock(context);
    const page = await context.newPage();
    await page.goto(presentURL('low-carbon-living'));
    await page.locator('[data-projected].is-current').waitFor();
    const step = page.locator('[data-step-time]');
    const lesson = page.locator('[data-lesson-time]');
    const toggle = page.locator('[data-action="toggleTimer"]');
    await expect(toggle.textContent()).resolves.toContain('开始计时');
    await page.clock.runFor(10_000);
    await expect(lesson.textContent()).resolves.toBe('0:00');
    // The first step forward starts the timer.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(65_000);
    await expect(step.textContent()).resolves.toBe('1:05');
    await expect(page.locator('[data-step-plan]').textContent()).resolves.toBe(' / 5 分钟');
    // The opening step has several slides; the step clock goes on across them (no time passes
    // on the paused clock) and starts again at the next step.
    const plan = page.locator('[data-step-plan]');
    for (let i = 0; i < 30 && (await plan.textContent()) === ' / 5 分钟'; i++) {
      await page.keyboard.press('ArrowRight');
    }
    await expect(plan.textContent()).resolves.not.toBe(' / 5 分钟');
    await page.clock.runFor(5_000);
    await expect(step.textContent()).resolves.toBe('0:05');
    await expect(lesson.textContent()).resolves.toBe('1:10');
    await page.keyboard.press('t');
    await expect(toggle.textContent()).resolves.toContain('继续计时');
    await page.clock.runFor(60_000);
    await expect(lesson.textContent()).resolves.toBe('1:10');
    await toggle.click();
    await page.clock.runFor(2_000);
    await expect(lesson.textContent()).resolves.toBe('1:12');
    await page.clock.runFor(10 * 60_000);
    await expect(page.locator('[data-timer]').getAttribute('class')).resolves.toContain('is-over');
    await page.getByRole('button', { name: '归零' }).click();
    await expect(lesson.textContent()).resolves.toBe('0:00');
    await expect(toggle.textContent()).resolves.toContain('开始计时');
    await context.close();
  });
});

describe('presenter view', () => {
  test('S opens the presenter window; it shows notes, the next slide and follows the main window', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const main = await context.newPage();
    await main.goto(presentURL('low-carbon-living', '#3'));
    await main.locator('[data-projected].is-current').waitFor();
    const opened = context.waitForEvent('page');
    await main.keyboard.press('s');
    const presenter = await opened;
    await presenter.waitForLoadState();
    await presenter.locator('[data-projected].is-current').waitFor();
    expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
    expect(await hashOf(presenter)).toBe('#3');

    // Notes: hidden on the projector, shown to the teacher.
    const note = '.is-current-step [data-teacher-note]';
    await expect(main.locator(note).first().isVisible()).resolves.toBe(false);
    await expect(presenter.locator(note).first().isVisible()).resolves.toBe(true);
    await expect(presenter.locator(note).first().textContent()).resolves.toContain('地震');
    await expect(
      presenter.locator('[data-next-preview] .eck-slide-card-title').first().textContent(),
    ).resolves.toBe('还有这些变化');
    await expect(presenter.locator('[data-timer]').isVisible()).resolves.toBe(true);

    // The presenter follows the main window …
    await main.keyboard.press('PageDown');
    await expect.poll(() => hashOf(presenter)).toBe('#4');
    await expect(currentHeading(presenter)).resolves.toBe('还有这些变化');
    await main.keyboard.press('End');
    await expect.poll(() => hashOf(presenter)).toBe('#22');
    // … and the main window follows the presenter (the teacher may click there).
    await presenter.keyboard.press('Home');
    await expect.poll(() => hashOf(main)).toBe('#1');
    // B in the presenter window blanks the projector, not the presenter.
    await presenter.keyboard.press('b');
    await expect.poll(() => main.locator('[data-blank]').isVisible()).toBe(true);
    await expect(presenter.locator('[data-blank]').isVisible()).resolves.toBe(false);
    await presenter.keyboard.press('b');
    await expect.poll(() => main.locator('[data-blank]').isVisible()).toBe(false);
    // The timer is shared: started by the first step forward in the main window, paused there.
    const running = (page: Page) =>
      page.locator('[data-timer]').evaluate((e) => e.classList.contains('is-running'));
    await expect(running(presenter)).resolves.toBe(true);
    await main.getByRole('button', { name: '暂停计时' }).click();
    await expect.poll(() => running(presenter)).toBe(false);
    await expect(presenter.locator('[data-action="toggleTimer"]').textContent()).resolves.toContain(
      '继续计时',
    );
    expect(await axeViolations(presenter)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a presenter window opened by address joins the main window at its slide', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const main = await context.newPage();
    await main.goto(presentURL('gum-residue', '#4'));
    await main.locator('[data-projected].is-current').waitFor();
    const presenter = await context.newPage();
    await presenter.goto(`${baseURL}lessons/gum-residue/present/?view=presenter#1`);
    await expect.poll(() => hashOf(presenter)).toBe('#4');
    await context.close();
  });
});

describe('join by QR', () => {
  test.each([
    ['gum-residue', '#5'],
    ['campus-litter', '#9'],
  ])('%s shows a QR code that decodes to the record page of this site', async (slug, hash) => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(presentURL(slug, hash));
    const figure = page.locator('[data-projected].is-current [data-join-qr]');
    await figure.waitFor();
    const expected = `${baseURL}lessons/${slug}/record/`;
    await page.locator('[data-join-qr][data-state="ready"]').waitFor();
    await expect(figure.locator('[data-join-url]').textContent()).resolves.toBe(
      expected.replace(/^https?:\/\//, ''),
    );
    const size = 400;
    const pixels = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement, n) => {
      const copy = document.createElement('canvas');
      copy.width = n;
      copy.height = n;
      const ctx = copy.getContext('2d');
      if (!ctx) return '';
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(canvas, 0, 0, n, n);
      // As one base64 string: an array of 640 000 numbers takes seconds to cross the debugger
      // protocol (as in class.test.ts).
      const data = ctx.getImageData(0, 0, n, n).data;
      let bytes = '';
      for (let i = 0; i < data.length; i += 0x8000) {
        bytes += String.fromCharCode(...data.subarray(i, i + 0x8000));
      }
      return btoa(bytes);
    }, size);
    const code = jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), size, size);
    expect(code?.data).toBe(expected);
    // Large on the projector: at least a third of the screen's height.
    const box = await figure.locator('canvas').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(1080 / 3);
    expect(foreignRequests(log, baseURL)).toEqual([]);
    await context.close();
  });

  test('the lesson page links to the record page instead, and ships no JavaScript', async () => {
    const context = await browser.newContext({ viewport: viewports.projector });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/gum-residue/`);
    await expect(
      page.getByRole('link', { name: '记录页', exact: true }).getAttribute('href'),
    ).resolves.toBe(new URL(`${baseURL}lessons/gum-residue/record/`).pathname);
    await expect(page.locator('canvas').count()).resolves.toBe(0);
    expect(pageScripts(log)).toEqual([]);
    await context.close();
  });
});

describe('what the present view loads before a tool is opened', () => {
  const decks = [...lessons.map((l) => l.slug), 'waste-sorting'];
  test.each(decks)(
    '%s: the scripts opening the view loads fit its budget and the static measure',
    async (slug) => {
      const path = `/lessons/${slug}/present/`;
      const context = await browser.newContext({ viewport: viewports.panel, hasTouch: true });
      const log = watchContext(context);
      const page = await context.newPage();
      await page.goto(presentURL(slug));
      await page.locator('[data-projected].is-current').waitFor();
      await page.waitForLoadState('networkidle');
      // Bytes as the budgets count them: each file's gzip size, read from dist/.
      const loaded = pageScripts(log).reduce((n, url) => {
        const file = new URL(url).pathname.slice(new URL(baseURL).pathname.length);
        return n + gzipSync(readFileSync(`dist/${file}`)).length;
      }, 0);
      const row = (
        measureDist('dist') as { page: string; initial: number; islands: number }[]
      ).find((r) => r.page === path);
      expect(row).toBeDefined();
      // The measure counts the islands on slides as loaded when their slide is shown: opening
      // the view loads no more than it counts as "before" (inline scripts are counted there too).
      expect(loaded).toBeGreaterThan(0);
      expect(loaded).toBeLessThanOrEqual((row?.initial ?? 0) + (row?.islands ?? 0));
      expect(loaded).toBeLessThanOrEqual(budgetFor(path).js);
      await context.close();
    },
  );
});
