import { describe, expect, test } from 'vitest';
import { parseLessonMdx } from '../../../../src/lib/lesson-plan/from-mdx';
import {
  blockLines,
  buildLessonPlan,
  planExtras,
  plannedMinutes,
  stepTitle,
} from '../../../../src/lib/lesson-plan/plan';
import { LessonSchema, type Lesson } from '../../../../src/schemas/lesson';

const lesson: Lesson = LessonSchema.parse({
  title: '测试课',
  summary: '简介。',
  order: 1,
  grades: [3],
  duration: { sessions: 1, minutesPerSession: 40 },
  setting: ['classroom'],
  materials: ['投影'],
  outcomes: ['我能说一说。'],
  keywords: ['低碳'],
  safety: ['注意安全。'],
});

const mdx = `
前言一段。

## 课前准备

- 准备图片

## 开场（约 ５ 分钟）

教师**提问**：看到了什么？

<Slide title="你看到了什么？">
  <Illustration name="haze" caption="雾霾" />
  一张图。
</Slide>

<TeacherNote kind="safety" title="用电">
不要关灯。
</TeacherNote>

## 算一算（约 10～15 分钟）

| 行动 | 千克 |
| --- | --- |
| 走楼梯 | 0.218 |

<CarbonCalculator client:visible />

## 板书设计

低碳生活 = 少用电 + 少用水

## 活动延伸

回家算一算。
`;

describe('stepTitle', () => {
  test.each([
    ['开场（约 5 分钟）', '开场'],
    ['开场(约 5~10 分钟)', '开场'],
    ['第一步：嚼一嚼', '第一步：嚼一嚼'],
    ['  讨论（约５分钟） ', '讨论'],
  ])('%s → %s', (heading, title) => expect(stepTitle(heading)).toBe(title));
});

describe('buildLessonPlan', () => {
  const plan = buildLessonPlan(lesson, parseLessonMdx(mdx));

  test('steps are the ## sections that are not plan sections, with their minutes', () => {
    expect(plan.steps.map((s) => [s.title, s.minutes])).toEqual([
      ['导入', undefined],
      ['开场', 5],
      ['算一算', 15],
    ]);
    expect(plannedMinutes(plan)).toBe(20);
  });

  test('teacher text keeps bold, slides, notes, pictures, tables and tools', () => {
    const [, open, calc] = plan.steps;
    expect(open?.blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [{ text: '教师' }, { text: '提问', bold: true }, { text: '：看到了什么？' }],
    });
    expect(open?.blocks[1]).toMatchObject({ kind: 'slide', title: '你看到了什么？' });
    expect(blockLines([open?.blocks[1] ?? { kind: 'placeholder', text: '' }])).toEqual([
      '你看到了什么？',
      '图：雾霾',
      '一张图。',
    ]);
    expect(open?.blocks[2]).toMatchObject({ kind: 'note', noteKind: 'safety', title: '用电' });
    expect(calc?.blocks[0]).toEqual({
      kind: 'table',
      rows: [
        ['行动', '千克'],
        ['走楼梯', '0.218'],
      ],
    });
    expect(calc?.blocks[1]).toEqual({
      kind: 'placeholder',
      text: '互动工具（网页）：CarbonCalculator',
    });
  });

  test('preparation, board plan, extension and safety come from their sections and the frontmatter', () => {
    expect(blockLines(plan.teacherPreparation)).toEqual(['准备图片', '投影']);
    expect(plan.pupilPreparation).toEqual([]);
    expect(plan.blackboard).toEqual(['低碳生活 = 少用电 + 少用水']);
    expect(blockLines(plan.extension)).toEqual(['回家算一算。']);
    expect(plan.safety).toEqual(['注意安全。']);
    expect(plan.safetyNotes).toEqual(['用电：不要关灯。']);
    expect(plan.objectives).toBeUndefined();
  });

  test('a lesson without plan sections still makes a plan', () => {
    const bare = buildLessonPlan(lesson, parseLessonMdx('## 只有一步\n\n做一做。\n'));
    expect(bare.steps).toHaveLength(1);
    expect(bare.blackboard).toBeUndefined();
    expect(bare.extension).toEqual([]);
    expect(blockLines(bare.teacherPreparation)).toEqual(['投影']);
  });

  test('frontmatter fields for objectives and preparation win when present', () => {
    const extras = planExtras({
      objectives: { knowledge: ['知道'], ability: ['会算'], emotion: ['愿意'] },
      preparation: { teacher: ['课件'], pupils: ['铅笔'] },
      blackboard: ['板书'],
      extension: ['回家'],
    });
    const p = buildLessonPlan(lesson, parseLessonMdx(mdx), extras);
    expect(p.objectives).toEqual({ knowledge: ['知道'], ability: ['会算'], emotion: ['愿意'] });
    expect(blockLines(p.pupilPreparation)).toEqual(['铅笔']);
    expect(blockLines(p.teacherPreparation)).toEqual(['课件', '准备图片']);
    expect(p.blackboard).toEqual(['板书']);
    // The frontmatter's summary comes first; the body's own 延伸 section (and its notes) follows.
    expect(blockLines(p.extension)).toEqual(['回家', '回家算一算。']);
  });

  test.each([
    null,
    3,
    'x',
    { objectives: 'x' },
    { objectives: { knowledge: [1] } },
    { preparation: [] },
  ])('odd extras %j are ignored', (data) => expect(planExtras(data)).toEqual({}));
});

describe('figures in the plan come from the registry, as on the page', () => {
  test('<Fact> becomes the text the page shows', async () => {
    const { parseLessonMdx } = await import('../../../../src/lib/lesson-plan/from-mdx');
    const { plainText } = await import('../../../../src/lib/lesson-plan/plan');
    const { getFact } = await import('../../../../src/lib/facts/registry');
    const { factText } = await import('../../../../src/lib/facts/format');
    const tree = parseLessonMdx('中国有 <Fact id="population" show="rounded" /> 人口。\n');
    const { value } = factText(getFact('population'), 'rounded');
    expect(plainText(tree)).toContain(`中国有 ${value} 人口。`);
  });
});
