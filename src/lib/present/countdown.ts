/**
 * The classroom countdown (倒计时) of the present view. Pure: every function takes `now` in
 * milliseconds, so a fake clock drives it in tests and the presenter window can show the same.
 */

export interface Countdown {
  /** The length set by the teacher. */
  durationMs: number;
  /** When it reaches zero while running; null while paused or not started. */
  endsAt: number | null;
  /** Time left while paused (equals durationMs before the first start). */
  leftMs: number;
}

/** Presets offered as buttons, in minutes. */
export const countdownPresets = [1, 3, 5, 10] as const;
/** The longest custom countdown, in minutes (a double lesson). */
export const maxCountdownMinutes = 90;

/** A countdown of `minutes`, paused at full length. */
export function setCountdown(minutes: number): Countdown {
  const durationMs = Math.round(Math.min(Math.max(minutes, 0), maxCountdownMinutes) * 60_000);
  return { durationMs, endsAt: null, leftMs: durationMs };
}

export function remainingMs(c: Countdown, now: number): number {
  return c.endsAt === null ? c.leftMs : Math.max(0, c.endsAt - now);
}

export const isRunning = (c: Countdown) => c.endsAt !== null;

/** Reached zero (running or not). */
export const isDone = (c: Countdown, now: number) => c.durationMs > 0 && remainingMs(c, now) === 0;

export function startCountdown(c: Countdown, now: number): Countdown {
  if (c.endsAt !== null || c.leftMs <= 0) return c;
  return { ...c, endsAt: now + c.leftMs };
}

export function pauseCountdown(c: Countdown, now: number): Countdown {
  if (c.endsAt === null) return c;
  return { ...c, endsAt: null, leftMs: remainingMs(c, now) };
}

/** Back to the full length, paused. */
export const resetCountdown = (c: Countdown): Countdown => setCountdown(c.durationMs / 60_000);

/** Big numerals: 3 min → "3:00"; rounds up so "0:00" shows only at zero. */
export function formatCountdown(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const m = Math.floor(total / 60);
  return `${m}:${String(total % 60).padStart(2, '0')}`;
}
