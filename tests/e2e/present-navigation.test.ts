// Moving through the present views of the real lessons: keys, buttons, the jump field, history,
// the black screen, full screen, the timer and the presenter window.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, viewports, useBrowser, watchContext } from './browser';
import { installPausedClock } from './clock';
import { currentHeading, hashOf, lessons, openLesson, presentURL } from './present-view';

const baseURL = inject('baseURL');
const browser = useBrowser();
const open = (slug: string, hash?: string) => openLesson(browser(), slug, hash);

describe.each(lessons)('present view of $slug', (lesson) => {
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
    const context = await browser().newContext({ viewport: viewports.projector });
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
    const context = await browser().newContext({ viewport: viewports.projector });
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
    const context = await browser().newContext({ viewport: viewports.projector });
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
    const context = await browser().newContext({ viewport: viewports.projector });
    const main = await context.newPage();
    await main.goto(presentURL('gum-residue', '#4'));
    await main.locator('[data-projected].is-current').waitFor();
    const presenter = await context.newPage();
    await presenter.goto(`${baseURL}lessons/gum-residue/present/?view=presenter#1`);
    await expect.poll(() => hashOf(presenter)).toBe('#4');
    await context.close();
  });
});
