/**
 * Timer of the present view: time spent on each slide (a "step") and on the whole lesson,
 * with pause and reset. Pure: every function takes the time `now` in milliseconds, so the
 * main window and the presenter window compute the same numbers from a shared state.
 */

export interface TimerState {
  /** Counting now. */
  running: boolean;
  /** When counting last (re)started; only meaningful while running. */
  since: number;
  /** Slide the running time belongs to. */
  slide: number;
  /** Milliseconds already counted per slide (paused or folded in at a slide change). */
  perSlide: Record<number, number>;
  /** Has the timer ever been started (the first step forward starts it). */
  started: boolean;
}

export const initialTimer: TimerState = {
  running: false,
  since: 0,
  slide: 0,
  perSlide: {},
  started: false,
};

/** Fold the running time into the current slide's total. */
function fold(s: TimerState, now: number): TimerState {
  if (!s.running) return s;
  const spent = Math.max(0, now - s.since);
  return {
    ...s,
    since: now,
    perSlide: { ...s.perSlide, [s.slide]: (s.perSlide[s.slide] ?? 0) + spent },
  };
}

export function startTimer(s: TimerState, now: number): TimerState {
  return s.running ? s : { ...s, running: true, since: now, started: true };
}

export function pauseTimer(s: TimerState, now: number): TimerState {
  return { ...fold(s, now), running: false };
}

export function toggleTimer(s: TimerState, now: number): TimerState {
  return s.running ? pauseTimer(s, now) : startTimer(s, now);
}

/** Back to zero, paused, on the same slide. */
export function resetTimer(s: TimerState): TimerState {
  return { ...initialTimer, slide: s.slide };
}

/** The view moved to another slide; the first move forward starts a timer never started. */
export function moveTimer(s: TimerState, slide: number, now: number): TimerState {
  if (slide === s.slide) return s;
  const moved = { ...fold(s, now), slide };
  return !s.started && slide > s.slide ? startTimer(moved, now) : moved;
}

/** Milliseconds on the current slide and in the whole lesson. */
export function elapsed(s: TimerState, now: number): { step: number; lesson: number } {
  const live = s.running ? Math.max(0, now - s.since) : 0;
  const counted = Object.values(s.perSlide).reduce((a, b) => a + b, 0);
  return { step: (s.perSlide[s.slide] ?? 0) + live, lesson: counted + live };
}

/** Past the plan: the step over its planned minutes, or the lesson over its. 0 means no plan. */
export function isOverPlan(
  time: { step: number; lesson: number },
  stepMinutes: number,
  lessonMinutes: number,
): boolean {
  const over = (ms: number, minutes: number) => minutes > 0 && ms > minutes * 60_000;
  return over(time.step, stepMinutes) || over(time.lesson, lessonMinutes);
}

/** 65_000 → "1:05", 3_725_000 → "1:02:05". Negative or NaN counts as zero. */
export function formatClock(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Coerce a state received from another window; anything malformed is ignored (null). */
export function parseTimerState(value: unknown): TimerState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (typeof v['running'] !== 'boolean' || typeof v['started'] !== 'boolean') return null;
  if (!num(v['since']) || !num(v['slide'])) return null;
  const per = v['perSlide'];
  if (typeof per !== 'object' || per === null) return null;
  const perSlide: Record<number, number> = {};
  for (const [k, ms] of Object.entries(per)) {
    if (!/^\d+$/.test(k) || !num(ms)) return null;
    perSlide[Number(k)] = ms as number;
  }
  return {
    running: v['running'],
    started: v['started'],
    since: v['since'] as number,
    slide: v['slide'] as number,
    perSlide,
  };
}
