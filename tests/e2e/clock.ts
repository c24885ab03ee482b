import type { BrowserContext, Page } from 'playwright-core';

/**
 * The date every browser test runs on. Pages and tests take "today" from this one clock
 * (`context.clock.install({ time: testNow })`, time flows from there), so a run that crosses
 * midnight, or a tablet clock a day off, cannot make a date assertion fail. After every date in
 * the test data (tests/support/gum-data.ts starts at 2026-03-02), so none of it is "in the
 * future". Midday in China (04:00 UTC): the same calendar day from UTC−3 to UTC+19.
 */
export const testNow = new Date('2026-09-15T04:00:00Z');

/** `YYYY-MM-DD` in local time, `days` before testNow. */
export function daysBefore(days: number, now: Date = testNow): string {
  const d = new Date(now);
  d.setDate(d.getDate() - days);
  const m = String(d.getMonth() + 1).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Today (`YYYY-MM-DD`) on the page's own clock, real or fake. */
export function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
}

/**
 * Give `context` a clock that stands still at `time` and moves only when the test says so
 * (`page.clock.runFor` / `fastForward`, relative to where it stands). Call before the context
 * opens its first page: the clock is then only recorded, and every page starts on it paused at
 * exactly `time`, however long the machine takes to load it. (A `pauseAt` after the page has
 * loaded names an absolute time that real time may already have passed under load: "Cannot
 * fast-forward to the past".) Timers, animation frames and idle callbacks wait on this clock too:
 * a page that needs them to get ready is stepped with `runFor` after a state says it has loaded.
 */
export async function installPausedClock(
  context: BrowserContext,
  time: Date = testNow,
): Promise<void> {
  if (context.pages().length) {
    throw new Error('installPausedClock: call it before the context opens a page');
  }
  await context.clock.install({ time });
  await context.clock.pauseAt(time);
}

/**
 * On a paused clock (installPausedClock), step it `step` ms at a time until `ready()` says the
 * page has got there: a hydrating island (client:idle waits on an idle callback), Preact's
 * effects (they wait on an animation frame) and the page's own timers run only when the clock
 * moves. Waits on the page's state, never on real time; `limit` is on the page's clock.
 */
export async function runUntil(
  page: Page,
  ready: () => Promise<boolean>,
  { step = 100, limit = 10 * 60_000 } = {},
): Promise<void> {
  for (let ran = 0; !(await ready()); ran += step) {
    if (ran >= limit) throw new Error(`runUntil: not ready after ${limit} ms on the page's clock`);
    await page.clock.runFor(step);
  }
}
