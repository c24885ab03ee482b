import { describe, expect, test } from 'vitest';
import {
  formatCountdown,
  isDone,
  isRunning,
  pauseCountdown,
  remainingMs,
  resetCountdown,
  setCountdown,
  startCountdown,
} from '../../../../src/lib/present/countdown';

describe('countdown', () => {
  test('runs down, pauses, resumes and reaches zero', () => {
    let c = setCountdown(1);
    expect(remainingMs(c, 0)).toBe(60_000);
    c = startCountdown(c, 1000);
    expect(isRunning(c)).toBe(true);
    expect(remainingMs(c, 21_000)).toBe(40_000);
    c = pauseCountdown(c, 21_000);
    expect(remainingMs(c, 99_000)).toBe(40_000);
    c = startCountdown(c, 100_000);
    expect(isDone(c, 139_999)).toBe(false);
    expect(isDone(c, 140_000)).toBe(true);
    expect(remainingMs(c, 500_000)).toBe(0);
    expect(resetCountdown(c)).toEqual(setCountdown(1));
  });

  test('a finished countdown does not start again until reset', () => {
    const done = pauseCountdown(startCountdown(setCountdown(1), 0), 60_000);
    expect(startCountdown(done, 70_000)).toBe(done);
  });

  test.each([
    [-5, 0],
    [0, 0],
    [0.5, 30_000],
    [500, 90 * 60_000],
  ])('setCountdown(%d) is %i ms long', (minutes, ms) => {
    expect(setCountdown(minutes).durationMs).toBe(ms);
  });

  test('a zero-length countdown is never "done"', () => {
    expect(isDone(setCountdown(0), 0)).toBe(false);
  });

  test.each([
    [180_000, '3:00'],
    [59_001, '1:00'],
    [59_000, '0:59'],
    [1, '0:01'],
    [0, '0:00'],
    [-4, '0:00'],
    [Number.NaN, '0:00'],
    [600_000, '10:00'],
  ])('formatCountdown(%d) → %s', (ms, text) => expect(formatCountdown(ms)).toBe(text));
});
