import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  formatDuration,
  formatGrades,
  toChineseNumeral,
  totalMinutes,
} from '../../../src/lib/lesson-format';
import type { Duration, Grade } from '../../../src/schemas/lesson';

describe('toChineseNumeral', () => {
  test.each([
    [0, '零'],
    [1, '一'],
    [6, '六'],
    [10, '十'],
    [11, '11'],
    [-1, '-1'],
    [2.5, '2.5'],
  ])('%d → %s', (n, s) => expect(toChineseNumeral(n)).toBe(s));
});

describe('formatGrades', () => {
  test.each<[Grade[], string]>([
    [[1, 2, 3, 4, 5, 6], '一至六年级'],
    [[6, 4, 5, 3], '三至六年级'],
    [[4], '四年级'],
    [[3, 5], '三、五年级'],
    [[1, 2], '一、二年级'],
    [[1, 2, 4], '一、二、四年级'],
    [[], ''],
  ])('%j → %s', (g, s) => expect(formatGrades(g)).toBe(s));
});

describe('formatDuration', () => {
  test.each<[Duration, string]>([
    [{ sessions: 1, minutesPerSession: 40 }, '1 课时，40 分钟'],
    [
      {
        sessions: 4,
        minutesPerSession: 30,
        firstSessionMinutes: 60,
        spanWeeks: { min: 1, max: 2 },
      },
      '1–2 周，约 4 次：第一次 60 分钟，以后每次 30 分钟',
    ],
    [
      { sessions: 3, minutesPerSession: 30, spanWeeks: { min: 2, max: 2 } },
      '2 周，约 3 次，每次 30 分钟',
    ],
    [{ sessions: 2, minutesPerSession: 30, firstSessionMinutes: 30 }, '约 2 次，每次 30 分钟'],
  ])('%j → %s', (d, s) => expect(formatDuration(d)).toBe(s));
});

describe('totalMinutes', () => {
  test.each<[Duration, number]>([
    [{ sessions: 1, minutesPerSession: 40 }, 40],
    [{ sessions: 4, minutesPerSession: 30, firstSessionMinutes: 60 }, 150],
  ])('%j → %d', (d, n) => expect(totalMinutes(d)).toBe(n));

  test('property: equals first session plus the others', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 5, max: 120 }),
        fc.option(fc.integer({ min: 5, max: 180 }), { nil: undefined }),
        (sessions, minutesPerSession, firstSessionMinutes) => {
          const d: Duration =
            firstSessionMinutes === undefined
              ? { sessions, minutesPerSession }
              : { sessions, minutesPerSession, firstSessionMinutes };
          expect(totalMinutes(d)).toBe(
            (firstSessionMinutes ?? minutesPerSession) + (sessions - 1) * minutesPerSession,
          );
        },
      ),
    );
  });
});

describe('a lesson with a session plan', () => {
  const plan: Duration = {
    sessions: 4,
    minutesPerSession: 30,
    firstSessionMinutes: 60,
    spanWeeks: { min: 1, max: 2 },
    plan: [
      { label: '第一次', minutes: 60, slot: '连堂或课后服务', what: 'a' },
      { label: '第二次', minutes: 30, what: 'b' },
      { label: '观察', minutes: 10, what: 'c' },
      { label: '最后一次', minutes: 30, what: 'd' },
    ],
  };
  test('the total is the sum of the plan, not sessions × minutes', () => {
    expect(totalMinutes(plan)).toBe(130);
  });
  test('the description gives the first session, its slot and the range of the others', () => {
    expect(formatDuration(plan)).toBe(
      '1–2 周，约 4 次：第一次 60 分钟（连堂或课后服务），以后每次 10～30 分钟',
    );
  });
});

describe('session plans of other shapes', () => {
  const session = (minutes: number, slot?: string) => ({
    label: '一次',
    minutes,
    what: '做',
    ...(slot ? { slot } : {}),
  });
  test.each<[string, Duration, string]>([
    [
      'later sessions all the same length, no slot, no weeks',
      { sessions: 3, minutesPerSession: 20, plan: [session(40), session(20), session(20)] },
      '约 3 次：第一次 40 分钟，以后每次 20 分钟',
    ],
    [
      'one week',
      {
        sessions: 2,
        minutesPerSession: 30,
        spanWeeks: { min: 1, max: 1 },
        plan: [session(45, '课后服务'), session(30)],
      },
      '1 周，约 2 次：第一次 45 分钟（课后服务），以后每次 30 分钟',
    ],
    [
      'a one-session plan reads as one lesson',
      { sessions: 1, minutesPerSession: 40, plan: [session(40)] },
      '1 课时，40 分钟',
    ],
  ])('%s', (_, d, text) => expect(formatDuration(d)).toBe(text));

  test('no sessions: no minutes', () => {
    expect(totalMinutes({ sessions: 0, minutesPerSession: 40 })).toBe(0);
  });
});
