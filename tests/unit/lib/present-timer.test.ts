import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  elapsed,
  formatClock,
  initialTimer,
  isOverPlan,
  moveTimer,
  parseTimerState,
  pauseTimer,
  resetTimer,
  startTimer,
  toggleTimer,
  type TimerState,
} from '../../../src/lib/present-timer';

const s = 1000;

describe('timer arithmetic', () => {
  test('counts nothing before it starts', () => {
    expect(elapsed(initialTimer, 99 * s)).toEqual({ step: 0, lesson: 0 });
  });

  test('the first step forward starts it; steps count separately, the lesson counts all', () => {
    let t = moveTimer(initialTimer, 1, 0);
    expect(t.running).toBe(true);
    expect(elapsed(t, 30 * s)).toEqual({ step: 30 * s, lesson: 30 * s });
    t = moveTimer(t, 2, 60 * s);
    expect(elapsed(t, 70 * s)).toEqual({ step: 10 * s, lesson: 70 * s });
    // Going back returns to the time already spent there.
    t = moveTimer(t, 1, 80 * s);
    expect(elapsed(t, 80 * s)).toEqual({ step: 60 * s, lesson: 80 * s });
  });

  test('moving back from the title slide does not start it', () => {
    expect(moveTimer({ ...initialTimer, slide: 3 }, 2, 0).running).toBe(false);
  });

  test('a paused timer stays paused when the slide changes', () => {
    let t = startTimer(initialTimer, 0);
    t = pauseTimer(t, 10 * s);
    t = moveTimer(t, 1, 50 * s);
    expect(t.running).toBe(false);
    expect(elapsed(t, 90 * s)).toEqual({ step: 0, lesson: 10 * s });
  });

  test('pause and resume', () => {
    let t = toggleTimer(initialTimer, 0);
    expect(t.running).toBe(true);
    t = toggleTimer(t, 5 * s);
    expect(elapsed(t, 100 * s)).toEqual({ step: 5 * s, lesson: 5 * s });
    t = toggleTimer(t, 100 * s);
    expect(elapsed(t, 103 * s)).toEqual({ step: 8 * s, lesson: 8 * s });
  });

  test('starting twice does not restart the count', () => {
    const t = startTimer(startTimer(initialTimer, 0), 50 * s);
    expect(elapsed(t, 60 * s).lesson).toBe(60 * s);
  });

  test('reset goes back to zero, paused, on the same slide', () => {
    const t = resetTimer(moveTimer(initialTimer, 4, 0));
    expect(t).toEqual({ ...initialTimer, slide: 4 });
  });

  test('a clock that goes backwards never gives negative time', () => {
    const t = startTimer(initialTimer, 100 * s);
    expect(elapsed(t, 50 * s)).toEqual({ step: 0, lesson: 0 });
  });

  test('property: the lesson time is the sum of the step times', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(8), fc.nat(60_000), fc.boolean()), { maxLength: 20 }),
        (moves) => {
          let t: TimerState = initialTimer;
          let now = 0;
          for (const [slide, wait, toggle] of moves) {
            now += wait;
            t = toggle ? toggleTimer(t, now) : moveTimer(t, slide, now);
          }
          t = pauseTimer(t, now);
          const sum = Object.values(t.perSlide).reduce((a, b) => a + b, 0);
          expect(elapsed(t, now + 999).lesson).toBe(sum);
          expect(sum).toBeLessThanOrEqual(now);
        },
      ),
    );
  });
});

describe('isOverPlan', () => {
  const min = 60_000;
  test.each([
    [{ step: 4 * min, lesson: 4 * min }, 5, 40, false],
    [{ step: 5 * min, lesson: 5 * min }, 5, 40, false],
    [{ step: 5 * min + 1, lesson: 6 * min }, 5, 40, true],
    [{ step: 1 * min, lesson: 41 * min }, 5, 40, true],
    [{ step: 99 * min, lesson: 99 * min }, 0, 0, false],
    [{ step: 99 * min, lesson: 10 * min }, 0, 40, false],
  ])('%j with plans %i / %i min → %s', (time, step, lesson, out) =>
    expect(isOverPlan(time, step, lesson)).toBe(out),
  );
});

describe('formatClock', () => {
  test.each([
    [0, '0:00'],
    [999, '0:00'],
    [5_000, '0:05'],
    [65_000, '1:05'],
    [600_000, '10:00'],
    [3_725_000, '1:02:05'],
    [-5_000, '0:00'],
    [Number.NaN, '0:00'],
  ])('%d ms → %s', (ms, out) => expect(formatClock(ms)).toBe(out));
});

describe('parseTimerState', () => {
  const good = { running: true, since: 5, slide: 2, perSlide: { 0: 10, 2: 30 }, started: true };
  test('accepts a well-formed state', () => {
    expect(parseTimerState(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });
  test.each([
    null,
    undefined,
    'x',
    42,
    { ...good, running: 'yes' },
    { ...good, since: -1 },
    { ...good, slide: Number.NaN },
    { ...good, perSlide: null },
    { ...good, perSlide: { a: 1 } },
    { ...good, perSlide: { 1: -5 } },
    { ...good, started: undefined },
  ])('rejects %j', (v) => expect(parseTimerState(v)).toBeNull());
});
