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

describe('LessonSchema: fields for the 教案, curriculum links and grade bands', () => {
  const gum = { ...valid, grades: [1, 2, 3, 4, 5, 6] };
  const bands = {
    id: 'gum-size',
    title: '量一量残胶有多大',
    variants: [
      { grades: [1, 2], task: '量最宽的地方有几厘米。' },
      { grades: [3, 4, 5], task: '在 1 厘米方格纸上数方格。', maths: '数方格' },
      { grades: [6], task: '量直径，算 3.14 × 半径 × 半径。' },
    ],
  };
  const plan = {
    sessions: 3,
    minutesPerSession: 30,
    firstSessionMinutes: 60,
    plan: [
      { label: '第一次', minutes: 60, slot: '连堂或课后服务', what: '嚼一嚼' },
      { label: '观察', minutes: 10, what: '看一看' },
      { label: '最后一次', minutes: 30, what: '讨论' },
    ],
  };

  test('accepts every new optional field and leaves them out when absent', () => {
    const lesson = LessonSchema.parse({
      ...gum,
      duration: plan,
      objectives: {
        knowledge: ['知道胶基是合成材料。'],
        ability: ['能数方格。'],
        emotion: ['愿意不乱吐。'],
      },
      preparation: { teacher: ['口香糖'], pupils: ['直尺'] },
      boardPlan: ['口香糖残胶去哪儿了', '预测 → 观察 → 比较'],
      extension: ['回家数一数小区里的残胶。'],
      curriculum: [
        {
          document: '《义务教育科学课程标准（2022年版）》',
          part: '学段目标 1～2 年级',
          point: '知道自然物和人造物存在区别',
        },
      ],
      activities: [bands],
    });
    expect(lesson.objectives?.ability).toEqual(['能数方格。']);
    expect(lesson.preparation?.pupils).toEqual(['直尺']);
    expect(lesson.activities[0]?.variants).toHaveLength(3);
    const bare = LessonSchema.parse(valid);
    expect(bare.curriculum).toEqual([]);
    expect(bare.activities).toEqual([]);
    expect(bare.objectives).toBeUndefined();
    expect(bare.boardPlan).toBeUndefined();
  });

  test('preparation.pupils defaults to an empty list', () => {
    expect(
      LessonSchema.parse({ ...valid, preparation: { teacher: ['纸'] } }).preparation?.pupils,
    ).toEqual([]);
  });

  test.each([
    [
      'objectives without 情感',
      { ...valid, objectives: { knowledge: ['a'], ability: ['b'] } },
      'objectives.emotion',
    ],
    ['empty board plan', { ...valid, boardPlan: [] }, 'boardPlan'],
    [
      'curriculum without point',
      { ...valid, curriculum: [{ document: '《纲要》' }] },
      'curriculum.0.point',
    ],
    [
      'activity id with capitals',
      { ...gum, activities: [{ ...bands, id: 'GumSize' }] },
      'activities.0.id',
    ],
    [
      'grade 2 missing from an activity',
      { ...gum, activities: [{ ...bands, variants: bands.variants.slice(1) }] },
      'activities.0.variants',
    ],
    [
      'a grade in two versions',
      {
        ...gum,
        activities: [{ ...bands, variants: [...bands.variants, { grades: [6], task: 'x' }] }],
      },
      'activities.0.variants',
    ],
    [
      'a version for a grade the lesson is not for',
      { ...valid, activities: [{ ...bands, variants: [{ grades: [3, 4, 5], task: 'x' }] }] },
      'activities.0.variants',
    ],
    [
      'grades of a version not consecutive',
      { ...gum, activities: [{ ...bands, variants: [{ grades: [1, 3], task: 'x' }] }] },
      'activities.0.variants.0.grades',
    ],
    ['two activities with one id', { ...gum, activities: [bands, bands] }, 'activities.1.id'],
    [
      'plan with the wrong number of sessions',
      { ...valid, duration: { ...plan, sessions: 4 } },
      'duration.plan',
    ],
    [
      'plan whose first session is not the first-session minutes',
      { ...valid, duration: { ...plan, firstSessionMinutes: 45 } },
      'duration.plan.0.minutes',
    ],
    [
      'a later session longer than minutesPerSession',
      {
        ...valid,
        duration: {
          ...plan,
          plan: [plan.plan[0], { label: '观察', minutes: 40, what: 'x' }, plan.plan[2]],
        },
      },
      'duration.plan.1.minutes',
    ],
  ])('rejects %s (issue at "%s")', (_name, input, path) => {
    expect(firstIssuePath(input)).toBe(path);
  });
});
