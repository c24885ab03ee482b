import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { LessonSchema, grades } from '../../../src/schemas/lesson';

const valid = {
  title: '测试课',
  summary: '一句话简介。',
  order: 1,
  grades: [3, 4],
  duration: { sessions: 1, minutesPerSession: 40 },
  setting: ['classroom'],
  materials: ['纸'],
  outcomes: ['我能说出一件事。'],
  keywords: ['低碳'],
};

/** Path of the first issue as a dotted string, e.g. "duration.sessions". */
function firstIssuePath(input: unknown): string {
  const r = LessonSchema.safeParse(input);
  if (r.success) return '(valid)';
  return r.error.issues[0]?.path.join('.') ?? '';
}

describe('LessonSchema', () => {
  test('accepts a minimal valid lesson and fills defaults', () => {
    const lesson = LessonSchema.parse(valid);
    expect(lesson.misconceptions).toEqual([]);
    expect(lesson.safety).toEqual([]);
  });

  test.each([
    ['missing title', { ...valid, title: undefined }, 'title'],
    ['empty title', { ...valid, title: '  ' }, 'title'],
    ['summary too long', { ...valid, summary: '长'.repeat(161) }, 'summary'],
    ['grade 7', { ...valid, grades: [7] }, 'grades.0'],
    ['grade as string', { ...valid, grades: ['4'] }, 'grades.0'],
    ['no grades', { ...valid, grades: [] }, 'grades'],
    ['duplicate grades', { ...valid, grades: [3, 3] }, 'grades'],
    [
      'zero sessions',
      { ...valid, duration: { sessions: 0, minutesPerSession: 40 } },
      'duration.sessions',
    ],
    ['unknown setting', { ...valid, setting: ['moon'] }, 'setting.0'],
    ['outcome not 我能', { ...valid, outcomes: ['了解低碳生活。'] }, 'outcomes.0'],
    ['no materials', { ...valid, materials: [] }, 'materials'],
    ['misspelt field', { ...valid, keyword: ['x'] }, ''],
    [
      'spanWeeks reversed',
      { ...valid, duration: { sessions: 2, minutesPerSession: 30, spanWeeks: { min: 2, max: 1 } } },
      'duration.spanWeeks',
    ],
    [
      'misconception without correction',
      { ...valid, misconceptions: [{ claim: '地震是污染引起的' }] },
      'misconceptions.0.correction',
    ],
  ])('rejects %s (issue at "%s")', (_name, input, path) => {
    expect(firstIssuePath(input)).toBe(path);
  });

  test('the outcome message says what is wrong in Chinese', () => {
    const r = LessonSchema.safeParse({ ...valid, outcomes: ['了解低碳生活。'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('我能');
  });

  test('property: any non-empty subset of grades 1–6 without duplicates is accepted', () => {
    fc.assert(
      fc.property(fc.subarray([...grades], { minLength: 1 }), (g) => {
        expect(LessonSchema.safeParse({ ...valid, grades: g }).success).toBe(true);
      }),
    );
  });

  test('property: any integer outside 1–6 in grades is rejected', () => {
    fc.assert(
      fc.property(
        fc.integer().filter((n) => n < 1 || n > 6),
        (n) => {
          expect(LessonSchema.safeParse({ ...valid, grades: [n] }).success).toBe(false);
        },
      ),
    );
  });
});
