import { describe, expect, test } from 'vitest';
import { parseLessonMdx } from '../../../../src/lib/lesson-plan/from-mdx';
import { buildLessonPlan } from '../../../../src/lib/lesson-plan/plan';
import {
  TASKS_PER_PAGE,
  buildTaskSheet,
  taskTitle,
} from '../../../../src/lib/lesson-plan/task-sheet';
import { LessonSchema } from '../../../../src/schemas/lesson';

const lesson = LessonSchema.parse({
  title: '测试课',
  summary: '简介。',
  order: 1,
  grades: [3, 4],
  duration: { sessions: 1, minutesPerSession: 40 },
  setting: ['classroom'],
  materials: ['投影'],
  outcomes: ['我能说一说。'],
  keywords: ['低碳'],
  safety: ['注意安全。'],
});

const steps = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `## 第${i + 1}步：做${i + 1}（约 5 分钟）\n\n老师说的话。\n`,
  ).join('\n');

describe('taskTitle', () => {
  test.each([
    ['第一步：嚼一嚼，想一想', '嚼一嚼，想一想'],
    ['第12步: 讨论', '讨论'],
    ['开场：地球给我们的提醒', '开场：地球给我们的提醒'],
    ['第一步：', '第一步：'],
  ])('%s → %s', (title, expected) => expect(taskTitle(title)).toBe(expected));
});

describe('buildTaskSheet', () => {
  test.each([
    [0, [0]],
    [1, [1]],
    [TASKS_PER_PAGE - 1, [TASKS_PER_PAGE - 1]],
    [TASKS_PER_PAGE, [TASKS_PER_PAGE, 0]],
    [TASKS_PER_PAGE + 1, [TASKS_PER_PAGE, 1]],
    [2 * TASKS_PER_PAGE, [TASKS_PER_PAGE, TASKS_PER_PAGE, 0]],
  ])('%i tasks → pages of %j (the last page keeps room for 自我评价)', (n, sizes) => {
    const sheet = buildTaskSheet(buildLessonPlan(lesson, parseLessonMdx(steps(n))));
    expect(sheet.taskPages.map((p) => p.length)).toEqual(sizes);
    expect(sheet.taskPages.flat().map((t) => t.number)).toEqual(
      Array.from({ length: n }, (_, i) => i + 1),
    );
  });

  test('only pupil-facing text: slide titles as prompts, no teacher text, notes or teacher sections', () => {
    const mdx = `## 课前准备\n\n准备。\n\n## 开场（约 5 分钟）\n\n老师说。\n\n<Slide title="你看到了什么？">\n图\n</Slide>\n\n<TeacherNote kind="safety" title="用电">不要关灯。</TeacherNote>\n\n## 教师提示\n\n只给老师。\n`;
    const sheet = buildTaskSheet(buildLessonPlan(lesson, parseLessonMdx(mdx)));
    expect(sheet.taskPages.flat()).toEqual([
      { number: 1, title: '开场', minutes: 5, prompts: ['你看到了什么？'] },
    ]);
    expect(sheet.safety).toEqual(['注意安全。']);
    expect(sheet.gradesText).toBe('三、四年级');
  });
});
