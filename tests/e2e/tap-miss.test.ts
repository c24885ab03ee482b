import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, viewports } from './browser';
import { daysBefore, testNow } from './clock';
import {
  gumRecordPath,
  gumRecordReady,
  kindSection,
  listed,
  startGumGroup,
} from './gum-record-steps';

/**
 * A pupil types a bad value and taps the save button at once. The field's check on blur must
 * not move the button between the finger going down and the click (the message line is kept
 * free while the field is in use), so the tap lands: the form is sent and says why it is not
 * saved, or saves. The tap is a real touch at coordinates measured before the field loses focus.
 */

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function tablet(
  viewport: { width: number; height: number } = viewports.tablet,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
  await context.clock.install({ time: testNow });
  return context;
}

/** What a tap did: whether it sent the form, and how far the button had moved at the click. */
interface Tap {
  sent: boolean;
  moved: number;
}

/**
 * Type `typed` into `field` (left focused, as a pupil's finger leaves it), then tap `button`
 * by touch in its upper part, where it is before the field loses focus. The page notes the
 * button's place at the click and whether its form was sent (both in the tap's own task).
 */
async function typeThenTap(
  page: Page,
  field: Locator,
  typed: string,
  button: Locator,
): Promise<Tap> {
  await field.fill(typed);
  await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  await button.evaluate((b) => {
    const w = window as unknown as { eckTap?: Tap };
    const top = b.getBoundingClientRect().top;
    const tap: Tap = { sent: false, moved: NaN };
    delete w.eckTap;
    // The click's default action sends the form in the same task, before the test reads `tap`.
    (b as HTMLButtonElement).form?.addEventListener('submit', () => (tap.sent = true), {
      capture: true,
      once: true,
    });
    window.addEventListener(
      'click',
      () => {
        tap.moved = Math.abs(b.getBoundingClientRect().top - top);
        w.eckTap = tap;
      },
      { capture: true, once: true },
    );
  });
  const box = await button.boundingBox();
  if (!box) throw new Error('the button is not on screen');
  // A finger lands anywhere on the button; its upper part is where a shift misses first.
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.3);
  await page.waitForFunction(() => 'eckTap' in window);
  return page.evaluate(() => (window as unknown as { eckTap: Tap }).eckTap);
}

const fixErrors = '有几项需要改一改，请看红字。';

// A pupil's tablet, and a teacher's touch panel (4K at 250 %) where the form is wider.
describe.each([
  ['tablet', viewports.tablet],
  ['panel', viewports.panel],
] as const)('a tap on the save button right after typing lands (%s)', (_, viewport) => {
  test('gum record page: a bad count, then a good one, then the sides row', async () => {
    const context = await tablet(viewport);
    const page = await context.newPage();
    let tap: Tap;
    await page.goto(`${baseURL}${gumRecordPath}`);
    await gumRecordReady(page);
    await startGumGroup(page, '第3组', { nicknames: '小明、小红' });

    const form = kindSection(page, '残胶清点');
    const save = form.getByRole('button', { name: '添加一条清点记录' });
    await form.getByLabel('日期', { exact: true }).fill(daysBefore(1));
    await form.getByLabel('地点类型', { exact: true }).selectOption('corridor');
    await form.getByLabel(/^地点名称/).fill('三楼走廊');
    await form.getByLabel(/^面积（平方米）/).fill('12');
    const count = form.getByLabel('残胶数量（块）');

    // Leaving the field by keyboard checks it at once: the message fills the kept line.
    await count.fill('2.5');
    const top = () => save.evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
    const before = await top();
    await count.press('Tab');
    await form.locator('#eck-survey-count-error', { hasText: '残胶数量要填整数' }).waitFor();
    expect(await top()).toBe(before);

    // A bad value: the form is sent and says why, beside the field.
    tap = await typeThenTap(page, count, '2.5', save);
    expect(tap.sent).toBe(true);
    await form.getByText(fixErrors).waitFor();
    expect(tap.moved).toBeLessThan(1);
    await expect(form.locator('#eck-survey-count-error').textContent()).resolves.toBe(
      '残胶数量要填整数，不能有小数。',
    );
    expect(await count.getAttribute('aria-invalid')).toBe('true');

    // Corrected while the message shows: the message leaves and the tap still saves.
    tap = await typeThenTap(page, count, '５', save);
    expect(tap.sent).toBe(true);
    await form.getByText('已添加一条清点记录。').waitFor();
    expect(tap.moved).toBeLessThan(1);
    await expect(listed(page, '残胶清点').first().textContent()).resolves.toContain('三楼走廊');

    // The sides (长 and 宽): a bad width moves nothing either. The engine shows them as fields
    // of their own, always there (the old page's 填长和宽 switch is gone).
    await form.getByLabel('地点类型', { exact: true }).selectOption('corridor');
    await form.getByLabel(/^地点名称/).fill('二楼走廊');
    await form.getByLabel(/^长（米）/).fill('3');
    await form.getByLabel('残胶数量（块）').fill('4');
    const width = form.getByLabel(/^宽（米）/);
    tap = await typeThenTap(page, width, '-2', save);
    expect(tap.sent).toBe(true);
    await form.getByText(fixErrors).waitFor();
    expect(tap.moved).toBeLessThan(1);
    await expect(form.locator('#eck-survey-widthMetres-error').textContent()).resolves.toBe(
      '宽不能是负数。',
    );
    await context.close();
  });

  test('campus litter record page: the zone form and the long survey form', async () => {
    const context = await tablet(viewport);
    const page = await context.newPage();
    let tap: Tap;
    await page.goto(`${baseURL}lessons/campus-litter/record/`);
    await page.getByLabel('小组名称').fill('第3组');
    await page.getByRole('button', { name: '开始记录' }).tap();

    const zoneForm = page.locator('form', {
      has: page.getByRole('heading', { name: '添加一个区域' }),
    });
    const addZone = zoneForm.getByRole('button', { name: '添加一个区域' });
    await zoneForm.getByLabel('区域名称').fill('操场东边');
    const area = zoneForm.getByLabel(/面积（平方米）/);
    tap = await typeThenTap(page, area, '0.5', addZone);
    expect(tap.sent).toBe(true);
    await zoneForm.getByText(fixErrors).waitFor();
    expect(tap.moved).toBeLessThan(1);
    await expect(zoneForm.locator('#eck-zone-area-error').textContent()).resolves.toBe(
      '面积不能小于 1 平方米。',
    );
    tap = await typeThenTap(page, area, '１２０', addZone);
    expect(tap.sent).toBe(true);
    await zoneForm.getByText('已添加一个区域。').waitFor();
    expect(tap.moved).toBeLessThan(1);

    const survey = page.locator('form', {
      has: page.getByRole('heading', { name: '添加一条调查记录' }),
    });
    const addSurvey = survey.getByRole('button', { name: '添加一条调查记录' });
    await survey.getByLabel('区域', { exact: true }).selectOption({ label: '操场东边' });
    await survey.getByLabel('第几次调查').selectOption({ label: '第一次' });
    for (const label of ['可回收物（件）', '有害垃圾（件）', '厨余垃圾（件）']) {
      await survey.getByLabel(label).fill('1');
    }
    const other = survey.getByLabel('其他垃圾（件）');
    tap = await typeThenTap(page, other, '🍌', addSurvey);
    expect(tap.sent).toBe(true);
    await survey.getByText(fixErrors).waitFor();
    expect(tap.moved).toBeLessThan(1);
    await expect(survey.locator('#eck-survey-other-error').textContent()).resolves.toBe(
      '其他垃圾要填整数，例如 12。',
    );
    // A weight field further down, with an empty count above it that only sending the form
    // flags: its message proves the tap sent the form.
    const weight = survey.getByLabel('其他垃圾重量（克）');
    await other.fill('2');
    await survey.getByLabel('厨余垃圾（件）').fill('');
    tap = await typeThenTap(page, weight, '0', addSurvey);
    expect(tap.sent).toBe(true);
    await survey.locator('#eck-survey-kitchen-error', { hasText: '请填写厨余垃圾。' }).waitFor();
    expect(tap.moved).toBeLessThan(1);
    await expect(survey.locator('#eck-survey-other-g-error').textContent()).resolves.toBe(
      '其他垃圾重量不能小于 1 克。',
    );
    await survey.getByLabel('厨余垃圾（件）').fill('0');
    tap = await typeThenTap(page, weight, '30', addSurvey);
    expect(tap.sent).toBe(true);
    await survey.getByText('已添加一条调查记录。').waitFor();
    expect(tap.moved).toBeLessThan(1);
    await context.close();
  });
});
