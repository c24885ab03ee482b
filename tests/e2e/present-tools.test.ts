/**
 * The classroom tools of the present view (pen, countdown, name picker, spotlight, curtain) on
 * the built site, at 1920×1080 and 1536×864 with touch on: each opens from the toolbar and its
 * key, loads only then, works by pointer and key, keeps the clicker working, passes axe.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, watchContext } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slug = 'gum-residue';
const presentURL = (hash = '#2', query = '') => `${baseURL}lessons/${slug}/present/${query}${hash}`;
const viewports = [
  { width: 1920, height: 1080 },
  { width: 1536, height: 864 },
] as const;

async function open(
  viewport: { width: number; height: number } = viewports[0],
  hash = '#2',
  clock = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const page = await context.newPage();
  if (clock) await page.clock.install({ time: new Date('2026-09-01T08:00:00Z') });
  await page.goto(presentURL(hash));
  await page.locator('[data-projected].is-current').waitFor();
  return { context, page };
}

const hashOf = (page: Page) => page.evaluate(() => location.hash);
const toolButton = (page: Page, tool: string) =>
  page.locator(`.eck-bar [data-action="tool"][data-tool="${tool}"]`);
const pressed = (page: Page, tool: string) => toolButton(page, tool).getAttribute('aria-pressed');

/** Ink pixels (alpha > 0) of the pen's canvas inside a box given in CSS pixels of the page. */
function inkIn(page: Page, box: { x: number; y: number; w: number; h: number }) {
  return page.locator('canvas.eck-ink').evaluate((c: HTMLCanvasElement, b) => {
    const r = c.getBoundingClientRect();
    const sx = c.width / r.width;
    const sy = c.height / r.height;
    const data = c
      .getContext('2d')
      ?.getImageData((b.x - r.left) * sx, (b.y - r.top) * sy, b.w * sx, b.h * sy).data;
    let n = 0;
    for (let i = 3; i < (data?.length ?? 0); i += 4) if ((data?.[i] ?? 0) > 0) n++;
    return n;
  }, box);
}

/** Two fingers drawing at once: one touch sequence with two points (CDP), as on a panel. */
async function twoFingerStroke(page: Page, a: [number, number], b: [number, number]) {
  const cdp = await page.context().newCDPSession(page);
  const points = (dx: number) => [
    { x: a[0] + dx, y: a[1], id: 1 },
    { x: b[0] + dx, y: b[1] + dx / 2, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let dx = 20; dx <= 200; dx += 20) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(dx) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const strokes = (page: Page) => page.locator('canvas.eck-ink').getAttribute('data-strokes');

describe.each(viewports)('tools at $width×$height', (viewport) => {
  test('tools load only when opened; each opens from its button and its key', async () => {
    const context = await browser.newContext({ viewport, hasTouch: true });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(presentURL());
    await page.locator('[data-projected].is-current').waitFor();
    const toolChunks = () =>
      log.pageRequests.filter((u) =>
        /\/(pen|countdown|picker|spotlight|curtain)\.[^/]*\.js$/.test(u),
      );
    expect(toolChunks()).toEqual([]);
    for (const [tool, key] of [
      ['pen', 'd'],
      ['countdown', 'c'],
      ['picker', 'r'],
      ['spotlight', 'l'],
      ['curtain', 'm'],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => pressed(page, tool)).toBe('true');
      expect(
        toolChunks().some((u) => u.includes(`/${tool}.`)),
        tool,
      ).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => pressed(page, tool)).toBe('false');
      await toolButton(page, tool).click();
      await expect.poll(() => pressed(page, tool)).toBe('true');
      await toolButton(page, tool).click();
      await expect.poll(() => pressed(page, tool)).toBe('false');
    }
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  test('pen: two fingers at once leave ink; ink stays with its slide; eraser and clear', async () => {
    const { context, page } = await open(viewport);
    await page.keyboard.press('d');
    await page.locator('canvas.eck-ink.is-on').waitFor();
    const y1 = viewport.height * 0.3;
    const y2 = viewport.height * 0.55;
    await twoFingerStroke(page, [300, y1], [300, y2]);
    await expect.poll(() => strokes(page)).toBe('2');
    expect(await inkIn(page, { x: 280, y: y1 - 30, w: 240, h: 60 })).toBeGreaterThan(50);
    expect(await inkIn(page, { x: 280, y: y2 - 30, w: 240, h: 160 })).toBeGreaterThan(50);

    // The clicker still works with the pen on; the next slide has no ink, the ink comes back.
    await page.keyboard.press('PageDown');
    expect(await hashOf(page)).toBe('#3');
    await expect.poll(() => strokes(page)).toBe('0');
    expect(await inkIn(page, { x: 280, y: y1 - 30, w: 240, h: 60 })).toBe(0);
    await page.keyboard.press('PageUp');
    expect(await hashOf(page)).toBe('#2');
    await expect.poll(() => strokes(page)).toBe('2');
    expect(await inkIn(page, { x: 280, y: y1 - 30, w: 240, h: 60 })).toBeGreaterThan(50);

    // A mouse draws too, in another colour and width.
    await page.getByRole('button', { name: '蓝' }).click();
    await page.getByRole('button', { name: '粗', exact: true }).click();
    await page.mouse.move(900, y1);
    await page.mouse.down();
    await page.mouse.move(1000, y1 + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => strokes(page)).toBe('3');

    // The eraser removes the stroke it passes over, and only that one.
    await page.getByRole('button', { name: '橡皮' }).click();
    await page.mouse.move(400, y1 - 15);
    await page.mouse.down();
    await page.mouse.move(400, y1 + 15, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => strokes(page)).toBe('2');
    expect(await inkIn(page, { x: 280, y: y1 - 30, w: 240, h: 60 })).toBe(0);

    await page.getByRole('button', { name: '清除本页' }).click();
    await expect.poll(() => strokes(page)).toBe('0');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('countdown: presets, custom length, "时间到" at zero under a fake clock', async () => {
    const { context, page } = await open(viewport, '#2', true);
    await page.keyboard.press('c');
    const panel = page.getByRole('region', { name: '倒计时' });
    await panel.waitFor();
    await panel.getByRole('button', { name: '1 分钟' }).click();
    await expect(panel.locator('[data-countdown-time]').textContent()).resolves.toBe('1:00');
    await panel.getByRole('button', { name: '开始' }).click();
    await page.clock.runFor(30_000);
    await expect(panel.locator('[data-countdown-time]').textContent()).resolves.toBe('0:30');
    // The numerals are big: readable from the back of the room.
    const size = await panel
      .locator('[data-countdown-time]')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(viewport.height * 0.15);
    // The clicker still changes slide with the countdown over it.
    await page.keyboard.press('PageDown');
    expect(await hashOf(page)).toBe('#3');
    await page.clock.runFor(31_000);
    await expect(panel.locator('[data-countdown-done]').textContent()).resolves.toBe('时间到');
    await expect(panel.locator('[data-countdown-time]').textContent()).resolves.toBe('0:00');
    expect(await axeViolations(page)).toEqual([]);

    // A custom length; bad input is explained next to the field.
    const field = panel.getByRole('textbox', { name: '自定义' });
    await field.fill('abc');
    await panel.getByRole('button', { name: '设定' }).click();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(panel.locator('[data-countdown-error]').textContent()).resolves.not.toBe('');
    await field.fill('２.５');
    await panel.getByRole('button', { name: '设定' }).click();
    await expect(panel.locator('[data-countdown-time]').textContent()).resolves.toBe('2:30');
    await expect(panel.locator('[data-countdown-done]').textContent()).resolves.toBe('');
    await context.close();
  });

  test('name picker: the pledge sheet roster, everyone once per round, groups', async () => {
    const { context, page } = await open(viewport);
    await page.keyboard.press('r');
    const panel = page.getByRole('region', { name: '随机点名' });
    await panel.waitFor();
    await expect(panel.locator('[data-picker-count]').textContent()).resolves.toContain(
      '还没有名单',
    );
    await panel.locator('summary', { hasText: '全班名单' }).click();
    await panel.getByRole('textbox', { name: /每行一个名字/ }).fill('1. 王芳\n2、李雷，韩梅梅');
    await panel.getByRole('button', { name: '保存名单' }).click();
    await expect(panel.locator('[data-picker-count]').textContent()).resolves.toBe(
      '本轮已点 0 / 3 人',
    );
    const result = panel.locator('[data-picker-result]');
    const drawn: string[] = [];
    for (let i = 0; i < 3; i++) {
      await panel.getByRole('button', { name: '抽一个' }).click();
      drawn.push((await result.textContent()) ?? '');
    }
    expect(drawn.sort()).toEqual(['李雷', '王芳', '韩梅梅'].sort());
    await panel.getByRole('button', { name: '抽一个' }).click();
    await expect(panel.locator('[data-picker-count]').textContent()).resolves.toBe(
      '本轮已点 1 / 3 人',
    );

    // The roster is the pledge sheet's, kept on the device.
    const saved = await page.evaluate(() => localStorage.getItem('eck:pledge-settings:v1') ?? '');
    expect(saved).toContain('韩梅梅');

    await panel.getByRole('button', { name: '点小组' }).click();
    await panel.getByRole('textbox', { name: '组数' }).fill('3');
    const groups: string[] = [];
    for (let i = 0; i < 3; i++) {
      await panel.getByRole('button', { name: '抽一个' }).click();
      groups.push((await result.textContent()) ?? '');
    }
    expect(groups.sort()).toEqual(['第 1 组', '第 2 组', '第 3 组']);
    await panel.getByRole('textbox', { name: '组数' }).fill('99');
    await panel.getByRole('button', { name: '抽一个' }).click();
    await expect(panel.locator('[data-picker-error]').textContent()).resolves.not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('spotlight: moves by pointer and by keys, and the clicker still works', async () => {
    const { context, page } = await open(viewport);
    await page.keyboard.press('l');
    const hole = page.locator('.eck-spotlight-hole');
    await hole.waitFor();
    await expect(hole.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await expect(hole.getAttribute('data-x')).resolves.toBe('0.500');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(hole.getAttribute('data-x')).resolves.toBe('0.550');
    await expect(hole.getAttribute('data-y')).resolves.toBe('0.500');
    expect(await hashOf(page)).toBe('#2');
    const layer = await page.locator('[data-tool-layer]').boundingBox();
    if (!layer) throw new Error('no tool layer');
    await page.touchscreen.tap(layer.x + layer.width * 0.25, layer.y + layer.height * 0.75);
    await expect.poll(async () => Number(await hole.getAttribute('data-x'))).toBeCloseTo(0.25, 2);
    await expect.poll(async () => Number(await hole.getAttribute('data-y'))).toBeCloseTo(0.75, 2);
    // The area outside the circle is dark.
    const shadow = await hole.evaluate((e) => getComputedStyle(e).boxShadow);
    expect(shadow).toMatch(/rgba\(0, 0, 0, 0\.8/);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('PageDown');
    expect(await hashOf(page)).toBe('#3');
    await context.close();
  });

  test('curtain: pulled away by dragging and by keys', async () => {
    const { context, page } = await open(viewport);
    await page.keyboard.press('m');
    const handle = page.getByRole('slider', { name: /遮罩/ });
    await handle.waitFor();
    await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('20');
    expect(await hashOf(page)).toBe('#2');
    const layer = await page.locator('[data-tool-layer]').boundingBox();
    const h = await handle.boundingBox();
    if (!layer || !h) throw new Error('no curtain');
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2, layer.y + layer.height * 0.6, { steps: 4 });
    await page.mouse.up();
    await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('60');
    const top = await page.locator('.eck-curtain').boundingBox();
    expect(Math.abs((top?.y ?? 0) - (layer.y + layer.height * 0.6))).toBeLessThan(3);
    await page.keyboard.press('End');
    await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('100');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('PageDown');
    expect(await hashOf(page)).toBe('#3');
    await context.close();
  });
});

test('the presenter window shows the tools’ state, e.g. the countdown remaining', async () => {
  const context = await browser.newContext({ viewport: viewports[1], hasTouch: true });
  const main = await context.newPage();
  await main.clock.install({ time: new Date('2026-09-01T08:00:00Z') });
  await main.goto(presentURL());
  await main.locator('[data-projected].is-current').waitFor();
  const presenter = await context.newPage();
  await presenter.goto(presentURL('#2', '?view=presenter'));
  await presenter.locator('[data-projected].is-current').waitFor();
  const state = presenter.locator('[data-tools-state]');
  await expect(state.textContent()).resolves.toBe('未打开工具');
  await main.keyboard.press('c');
  const panel = main.getByRole('region', { name: '倒计时' });
  await panel.getByRole('button', { name: '5 分钟' }).click();
  await panel.getByRole('button', { name: '开始' }).click();
  await main.clock.runFor(62_000);
  await expect.poll(() => state.textContent()).toContain('倒计时 3:58');
  // A tool key pressed in the presenter window opens the tool on the projector.
  await presenter.keyboard.press('l');
  await expect.poll(() => pressed(main, 'spotlight')).toBe('true');
  await expect.poll(() => state.textContent()).toContain('聚光灯开');
  expect(await axeViolations(presenter)).toEqual([]);
  await context.close();
});
