/**
 * The present view built from <Slide> blocks, on a site built from fixture lessons
 * (tests/fixtures/lessons/present-*.mdx): which parts are projected, that every slide fits the
 * screen (and that the check catches one that does not), the presenter's teacher text, the
 * black screen and the teacher's photo slots.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, watchContext } from './browser';
import { installPausedClock } from './clock';
import { serveFixtureSite } from './fixture-site';
import { fitReport, hashOf, openDeck, projectedText, teacherOnlyTexts } from './present-checks';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveFixtureSite>>;

beforeAll(async () => {
  site = await serveFixtureSite(['present-cards.mdx', 'present-too-tall.mdx']);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const sizes = [
  { width: 1920, height: 1080 },
  { width: 1536, height: 864 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;
const url = (slug: string, hash = '#1', query = '') =>
  `${site.url}lessons/${slug}/present/${query}${hash}`;

const open = (slug: string, hash = '#1', viewport: { width: number; height: number } = sizes[0]) =>
  openDeck(browser, url(slug, hash), viewport);
const current = (page: Page) => page.locator('[data-projected].is-current');

describe('slides from <Slide> blocks', () => {
  test('the title slide, then each block in order; steps without a block are not projected', async () => {
    const { context, page } = await open('present-cards');
    const log = watchContext(context);
    await expect(page.locator('[data-projected]').count()).resolves.toBe(7);
    await expect(page.locator('[data-position]').textContent()).resolves.toBe('1 / 7');
    const titles: string[] = [];
    for (let i = 1; i <= 7; i++) {
      titles.push(
        (await current(page)
          .locator('.eck-title-name, .eck-slide-card-title')
          .first()
          .textContent()) ?? '',
      );
      await page.keyboard.press('PageDown');
    }
    expect(titles).toEqual([
      '幻灯片测试课',
      '你看到了什么？',
      '想一想',
      '一张表',
      '长一点的一页',
      '算一算',
      '我学到了',
    ]);
    expect(await hashOf(page)).toBe('#7');
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  test('no slide shows the teacher text of its step, the notes or the frontmatter corrections', async () => {
    const { context, page } = await open('present-cards');
    const teacher = await teacherOnlyTexts(page);
    // The fixture's teacher-only parts, as the check found them (so the check has something to find).
    expect(teacher).toEqual(
      expect.arrayContaining([
        expect.stringContaining('教师专用引导'),
        expect.stringContaining('教师专用提醒'),
        expect.stringContaining('教师专用误区甲'),
        expect.stringContaining('教师专用安全提示丙'),
        expect.stringContaining('教师专用准备'),
      ]),
    );
    for (let i = 1; i <= 7; i++) {
      const seen = await projectedText(page);
      expect(seen.length, `slide ${i}`).toBeGreaterThan(0);
      for (const t of teacher) expect(seen, `slide ${i}`).not.toContain(t);
      expect(seen, `slide ${i}`).not.toContain('教师专用');
      await page.keyboard.press('PageDown');
    }
    await context.close();
  });

  test('the step timer follows steps, not slides', async () => {
    const context = await browser.newContext({ viewport: sizes[0], hasTouch: true });
    // Paused at a whole second from the start: only runFor moves the step clock.
    await installPausedClock(context);
    const page = await context.newPage();
    await page.goto(url('present-cards'));
    await current(page).waitFor();
    const step = page.locator('[data-step-time]');
    await page.keyboard.press('PageDown');
    await page.clock.runFor(30_000);
    await expect(step.textContent()).resolves.toBe('0:30');
    await expect(page.locator('[data-step-plan]').textContent()).resolves.toBe(' / 5 分钟');
    // The second slide of the same step: the step's time goes on.
    await page.keyboard.press('PageDown');
    await page.clock.runFor(10_000);
    await expect(step.textContent()).resolves.toBe('0:40');
    // The next step starts from zero.
    await page.keyboard.press('PageDown');
    await page.clock.runFor(5_000);
    await expect(step.textContent()).resolves.toBe('0:05');
    await expect(page.locator('[data-step-plan]').textContent()).resolves.toBe(' / 10 分钟');
    await expect(page.locator('[data-lesson-time]').textContent()).resolves.toBe('0:45');
    await context.close();
  });
});

describe('every slide fits the screen', () => {
  test.each(sizes)(
    'at $width×$height, without scrolling, text at least 28 px at 1080p',
    async (viewport) => {
      const { context, page } = await open('present-cards', '#1', viewport);
      for (let i = 1; i <= 7; i++) {
        const r = await fitReport(page);
        expect(r.problems, `slide ${i} at ${viewport.width}×${viewport.height}`).toEqual([]);
        if (viewport.width === 1920) {
          expect(r.smallestText, `slide ${i}`).toBeGreaterThanOrEqual(28);
        }
        await page.keyboard.press('PageDown');
      }
      await context.close();
    },
  );

  test('a long slide is fitted by smaller type, down to the floor', async () => {
    const { context, page } = await open('present-cards', '#5', sizes[2]);
    const fit = Number(await current(page).getAttribute('data-fit'));
    expect(fit).toBeLessThan(1);
    expect((await fitReport(page)).problems).toEqual([]);
    await context.close();
  });

  test('the check fails on a slide that does not fit even at the floor', async () => {
    const { context, page } = await open('present-too-tall', '#2');
    const r = await fitReport(page);
    expect(r.problems.length).toBeGreaterThan(0);
    await expect(current(page).getAttribute('data-overflow')).resolves.toBe('');
    await expect(current(page).getAttribute('data-fit')).resolves.toBe('0.77');
    await context.close();
  });
});

describe('presenter window', () => {
  test('shows the step teacher text for the current slide, the next slide and the timer', async () => {
    const context = await browser.newContext({ viewport: sizes[1], hasTouch: true });
    const main = await context.newPage();
    await main.goto(url('present-cards', '#2'));
    await current(main).waitFor();
    const presenter = await context.newPage();
    await presenter.goto(url('present-cards', '#2', '?view=presenter'));
    await current(presenter).waitFor();
    const step = presenter.locator('.eck-slide.is-current-step');
    await expect(step.getByText('教师专用引导').isVisible()).resolves.toBe(true);
    await expect(step.getByText('教师专用提醒').isVisible()).resolves.toBe(true);
    await expect(
      presenter.locator('[data-next-preview] .eck-slide-card-title').textContent(),
    ).resolves.toBe('想一想');
    await expect(presenter.locator('[data-timer]').isVisible()).resolves.toBe(true);
    await expect(
      presenter.getByText('教师专用误区甲', { exact: false }).first().isVisible(),
    ).resolves.toBe(false);
    const lessonNotes = presenter.locator('.eck-presenter-lesson-notes');
    await lessonNotes.getByText('本课安全提示与要纠正的说法').click();
    await expect(lessonNotes.getByText('教师专用误区甲').isVisible()).resolves.toBe(true);
    // The main window moves to the next step: the presenter follows with that step's text.
    await main.keyboard.press('PageDown');
    await main.keyboard.press('PageDown');
    await expect.poll(() => hashOf(presenter)).toBe('#4');
    await expect(step.getByText('教师专用步骤').isVisible()).resolves.toBe(true);
    expect(await axeViolations(presenter)).toEqual([]);
    await context.close();
  });
});

describe('black screen', () => {
  test.each(['PageDown', 'ArrowRight', 'a', 'Enter', 'PageUp'])(
    'B, then %s: the picture comes back and the slide does not change',
    async (key) => {
      const { context, page } = await open('present-cards', '#3');
      const blank = page.locator('[data-blank]');
      await page.keyboard.press('b');
      await expect(blank.isVisible()).resolves.toBe(true);
      await page.keyboard.press(key);
      await expect(blank.isVisible()).resolves.toBe(false);
      expect(await hashOf(page)).toBe('#3');
      // The next key works as usual again.
      await page.keyboard.press('PageDown');
      expect(await hashOf(page)).toBe('#4');
      await context.close();
    },
  );

  test('a tap on the black screen restores it without moving', async () => {
    const { context, page } = await open('present-cards', '#3');
    await page.keyboard.press('b');
    await page.locator('[data-blank]').tap();
    await expect(page.locator('[data-blank]').isVisible()).resolves.toBe(false);
    expect(await hashOf(page)).toBe('#3');
    await context.close();
  });
});

describe('photo slots', () => {
  /** Drop a file made in the page (a real PNG from a canvas, or any bytes) on the slot. */
  async function drop(page: Page, file: { name: string; type: string; png?: boolean }) {
    await page.locator('[data-photo-slot="haze"].is-live').waitFor();
    await page.evaluate(async ({ name, type, png }) => {
      let blob: Blob;
      if (png) {
        const canvas = document.createElement('canvas');
        canvas.width = 320;
        canvas.height = 200;
        const ctx = canvas.getContext('2d');
        if (ctx) {
          ctx.fillStyle = '#888';
          ctx.fillRect(0, 0, 320, 200);
        }
        blob = await new Promise<Blob>((r) =>
          canvas.toBlob((b) => r(b ?? new Blob()), 'image/png'),
        );
      } else blob = new Blob(['%PDF-1.4 not a photo'], { type });
      const data = new DataTransfer();
      data.items.add(new File([blob], name, { type }));
      const slot = document.querySelector('[data-photo-slot="haze"]');
      slot?.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      slot?.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, file);
  }

  test('a dropped photo is shown, kept after a reload and offline, and can be removed', async () => {
    const context = await browser.newContext({
      viewport: sizes[1],
      hasTouch: true,
      serviceWorkers: 'allow',
    });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(url('present-cards', '#2'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const slot = page.locator('[data-photo-slot="haze"]');
    await drop(page, { name: 'haze.png', type: 'image/png', png: true });
    // Shown at once, kept once IndexedDB's transaction completes: the reload waits for that.
    await page.locator('[data-photo-slot="haze"][data-state="photo"][data-saved="yes"]').waitFor();
    await expect(slot.getByRole('img', { name: '雾霾天的城市' }).isVisible()).resolves.toBe(true);
    expect((await fitReport(page)).problems).toEqual([]);

    await page.reload();
    await page.locator('[data-photo-slot="haze"][data-state="photo"]').waitFor();
    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.locator('[data-photo-slot="haze"][data-state="photo"]').waitFor();
    const shown = await slot.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(shown).toBe(320);
    // Nothing was sent anywhere: the only requests are the site's own files.
    expect(
      log.pageRequests.filter((u) => !u.startsWith(site.url) && !u.startsWith('blob:')),
    ).toEqual([]);

    await slot.getByRole('button', { name: '移除照片' }).click();
    await page.locator('[data-photo-slot="haze"][data-state="empty"][data-saved="yes"]').waitFor();
    await context.setOffline(false);
    await page.reload();
    await page.locator('[data-photo-slot="haze"][data-state="empty"]').waitFor();
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  test('a file that is not a photo is refused with a message, and nothing is kept', async () => {
    const { context, page } = await open('present-cards', '#2');
    await drop(page, { name: '教案.pdf', type: 'application/pdf' });
    const message = page.locator('[data-photo-slot="haze"] [role="alert"]');
    await expect.poll(() => message.textContent()).toContain('“教案.pdf”不是照片');
    // The refused file changes nothing: the slot, once loaded, is still empty.
    await page.locator('[data-photo-slot="haze"][data-state="empty"]').waitFor();
    // A file named like a photo that is not one cannot be shown: it is refused too.
    await drop(page, { name: 'fake.png', type: 'image/png' });
    await expect.poll(() => message.textContent()).toContain('打不开');
    await page.reload();
    await page.locator('[data-photo-slot="haze"][data-state="empty"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
