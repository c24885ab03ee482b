import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseLessonMdx, resolveFacts } from '../../../../src/lib/lesson-plan/from-mdx';
import {
  blockLines,
  blocksOf,
  buildLessonPlan,
  planExtras,
  plainText,
  plannedMinutes,
  stepTitle,
  type Block,
  type MdNode,
  type PlanExtras,
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

/** A JSX element node as Sätteri gives it, with string attributes. */
const jsx = (name: string | null, attrs: Record<string, string> = {}, children: MdNode[] = []) =>
  ({
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attrs).map(([k, value]) => ({
      type: 'mdxJsxAttribute',
      name: k,
      value,
    })),
    children,
  }) satisfies MdNode;
const text = (value: string): MdNode => ({ type: 'text', value });
const p = (...children: MdNode[]): MdNode => ({ type: 'paragraph', children });

describe('plainText', () => {
  test.each<[string, MdNode, string]>([
    ['a text node', text('字'), '字'],
    ['an inline expression', { type: 'mdxTextExpression', value: 'x + 1' }, ''],
    ['a flow expression', { type: 'mdxFlowExpression', value: 'y' }, ''],
    ['raw HTML', { type: 'html', value: '<b>粗</b>' }, ''],
    ['a hard break', { type: 'break' }, '\n'],
    ['frontmatter (its value is not text)', { type: 'yaml', value: 'title: x' }, ''],
    ['a node with neither value nor children', { type: 'thematicBreak' }, ''],
    [
      'nested children, expressions left out',
      p(text('甲'), { type: 'strong', children: [text('乙')] }, { type: 'mdxTextExpression' }),
      '甲乙',
    ],
  ])('%s', (_, node, expected) => expect(plainText(node)).toBe(expected));
});

describe('blocksOf', () => {
  test.each<[string, MdNode[], Block[]]>([
    ['a paragraph of blank text is left out', [p(text('  \n '))], []],
    ['a paragraph without children is left out', [{ type: 'paragraph' }], []],
    [
      'runs: inline code and breaks join the text; a missing value is empty',
      [p(text('用'), { type: 'inlineCode', value: 'kg' }, { type: 'break' }, { type: 'text' })],
      [{ kind: 'paragraph', runs: [{ text: '用kg\n' }] }],
    ],
    [
      'runs: emphasis keeps the weight of its parent; strong inside strong stays bold',
      [
        p(
          { type: 'emphasis', children: [text('斜')] },
          { type: 'strong', children: [text('粗'), { type: 'strong', children: [text('更粗')] }] },
          { type: 'mdxTextExpression', value: 'n' },
          text('尾'),
        ),
      ],
      [
        {
          kind: 'paragraph',
          runs: [{ text: '斜' }, { text: '粗更粗', bold: true }, { text: '尾' }],
        },
      ],
    ],
    [
      'a paragraph that is only a JSX element (blank text around it) is that element',
      [p(text(' '), { ...jsx('PhotoSlot', { label: '教室一角' }), type: 'mdxJsxTextElement' })],
      [{ kind: 'placeholder', text: '照片：教室一角' }],
    ],
    [
      'a paragraph that is only a link stays a paragraph with the link text',
      [
        p({
          ...jsx('a', { href: 'https://example.org' }, [text('链接')]),
          type: 'mdxJsxTextElement',
        }),
      ],
      [{ kind: 'paragraph', runs: [{ text: '链接' }] }],
    ],
    [
      'a paragraph with a JSX element among text stays a paragraph',
      [p(text('见'), { ...jsx('Foo'), type: 'mdxJsxTextElement' }, text('。'))],
      [{ kind: 'paragraph', runs: [{ text: '见。' }] }],
    ],
    [
      'runs: an empty strong and an empty first run add nothing',
      [p(text(''), { type: 'strong' }, { type: 'strong', children: [text('')] }, text('字'))],
      [{ kind: 'paragraph', runs: [{ text: '字' }] }],
    ],
    [
      'text left unwrapped at block level is a paragraph',
      [
        text('甲'),
        { type: 'strong', children: [text('乙')] },
        { type: 'thematicBreak' },
        text('丙'),
      ],
      [
        { kind: 'paragraph', runs: [{ text: '甲' }, { text: '乙', bold: true }] },
        { kind: 'paragraph', runs: [{ text: '丙' }] },
      ],
    ],
    [
      'a heading below ## is a subheading',
      [{ type: 'heading', depth: 3, children: [text(' 小结 ')] }],
      [{ kind: 'subheading', text: '小结' }],
    ],
    [
      'a list: ordered unset is unordered; items without children are empty; non-paragraph children are read',
      [
        {
          type: 'list',
          ordered: null,
          children: [
            { type: 'listItem' },
            { type: 'listItem', children: [{ type: 'paragraph' }, text('直接')] },
          ],
        },
      ],
      [{ kind: 'list', ordered: false, items: [[], [{ text: '直接' }]] }],
    ],
    [
      'a list without items',
      [{ type: 'list', ordered: true }],
      [{ kind: 'list', ordered: true, items: [] }],
    ],
    [
      'a table without rows, and a row without cells',
      [{ type: 'table' }, { type: 'table', children: [{ type: 'tableRow' }] }],
      [
        { kind: 'table', rows: [] },
        { kind: 'table', rows: [[]] },
      ],
    ],
    [
      'a blockquote is its content; an empty one is nothing',
      [{ type: 'blockquote', children: [p(text('引'))] }, { type: 'blockquote' }],
      [{ kind: 'paragraph', runs: [{ text: '引' }] }],
    ],
    [
      'code, raw HTML, rules and expressions are not printed',
      [
        { type: 'code', value: 'let x' },
        { type: 'html', value: '<hr>' },
        { type: 'thematicBreak' },
        { type: 'mdxFlowExpression', value: 'x' },
      ],
      [],
    ],
  ])('%s', (_, nodes, expected) => expect(blocksOf(nodes)).toEqual(expected));

  test.each<[string, MdNode, Block[]]>([
    [
      'a correction note',
      jsx('TeacherNote', { kind: 'correction', title: '纠正' }, [p(text('不对'))]),
      [
        {
          kind: 'note',
          noteKind: 'correction',
          title: '纠正',
          blocks: [{ kind: 'paragraph', runs: [{ text: '不对' }] }],
        },
      ],
    ],
    [
      'a note of an unknown kind, without title or children, is an info note',
      jsx('TeacherNote', { kind: 'warning' }),
      [{ kind: 'note', noteKind: 'info', title: '', blocks: [] }],
    ],
    [
      'a safety note without children',
      {
        type: 'mdxJsxFlowElement',
        name: 'TeacherNote',
        attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: 'safety' }],
      },
      [{ kind: 'note', noteKind: 'safety', title: '', blocks: [] }],
    ],
    [
      'a note whose kind is an expression is an info note',
      {
        ...jsx('TeacherNote'),
        attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: { type: 'expr' } }],
      },
      [{ kind: 'note', noteKind: 'info', title: '', blocks: [] }],
    ],
    [
      'a spread attribute is not a title',
      {
        ...jsx('Slide'),
        attributes: [{ type: 'mdxJsxExpressionAttribute', name: 'title', value: 'x' }],
      },
      [{ kind: 'slide', title: '', blocks: [] }],
    ],
    [
      'a slide without title or children',
      { type: 'mdxJsxFlowElement', name: 'Slide' },
      [{ kind: 'slide', title: '', blocks: [] }],
    ],
    [
      'an illustration named by caption',
      jsx('Illustration', { name: 'haze', caption: '雾霾' }),
      [{ kind: 'placeholder', text: '图：雾霾' }],
    ],
    [
      'an illustration without caption is named by its name',
      jsx('Illustration', { name: 'haze' }),
      [{ kind: 'placeholder', text: '图：haze' }],
    ],
    [
      'an illustration without either',
      jsx('Illustration'),
      [{ kind: 'placeholder', text: '图：' }],
    ],
    [
      'a photo slot without label',
      jsx('PhotoSlot'),
      [{ kind: 'placeholder', text: '照片：教师自选照片' }],
    ],
    [
      'a QR code with a label',
      jsx('JoinQr', { label: '计算器' }),
      [{ kind: 'placeholder', text: '投影二维码：计算器' }],
    ],
    [
      'a QR code without label',
      jsx('JoinQr'),
      [{ kind: 'placeholder', text: '投影二维码：工具箱页面' }],
    ],
    [
      'an unknown element with content is its content',
      jsx('Columns', {}, [p(text('左')), p(text('右'))]),
      [
        { kind: 'paragraph', runs: [{ text: '左' }] },
        { kind: 'paragraph', runs: [{ text: '右' }] },
      ],
    ],
    [
      'an unknown element without content is a web tool',
      { type: 'mdxJsxFlowElement', name: 'WasteSorter' },
      [{ kind: 'placeholder', text: '互动工具（网页）：WasteSorter' }],
    ],
    ['an empty fragment is nothing', jsx(null), []],
  ])('%s', (_, node, expected) => expect(blocksOf([node])).toEqual(expected));
});

describe('blockLines', () => {
  test('one line per paragraph, item, table row and title; notes and slides without a title add none', () => {
    expect(
      blockLines([
        { kind: 'paragraph', runs: [{ text: '甲' }, { text: '乙', bold: true }] },
        { kind: 'subheading', text: '小标题' },
        {
          kind: 'list',
          ordered: true,
          items: [[{ text: '一' }], [{ text: '二' }, { text: '三' }]],
        },
        {
          kind: 'table',
          rows: [
            ['行动', '千克'],
            ['走楼梯', '0.2'],
          ],
        },
        {
          kind: 'note',
          noteKind: 'info',
          title: '',
          blocks: [{ kind: 'placeholder', text: '图' }],
        },
        { kind: 'slide', title: '', blocks: [] },
        { kind: 'slide', title: '页', blocks: [] },
      ]),
    ).toEqual(['甲乙', '小标题', '一', '二三', '行动　千克', '走楼梯　0.2', '图', '页']);
  });

  test('property: every paragraph and placeholder gives exactly one line, in order', () => {
    const block = fc.oneof(
      fc.string().map((t): Block => ({ kind: 'placeholder', text: t })),
      fc
        .array(fc.record({ text: fc.string(), bold: fc.boolean() }))
        .map((runs): Block => ({ kind: 'paragraph', runs })),
    );
    fc.assert(
      fc.property(fc.array(block), (blocks) => {
        const expected = blocks.map((b) =>
          b.kind === 'placeholder'
            ? b.text
            : b.kind === 'paragraph'
              ? b.runs.map((r) => r.text).join('')
              : '',
        );
        expect(blockLines(blocks)).toEqual(expected);
      }),
    );
  });
});

describe('buildLessonPlan: odd trees and sections', () => {
  test('a root without children is a plan with no steps; materials are the preparation', () => {
    const p0 = buildLessonPlan(lesson, { type: 'root' });
    expect(p0.steps).toEqual([]);
    expect(plannedMinutes(p0)).toBe(0);
    expect(blockLines(p0.teacherPreparation)).toEqual(['投影']);
    expect(p0.pupilPreparation).toEqual([]);
    expect(p0.safetyNotes).toEqual([]);
  });

  test('nothing printable before the first heading makes no 导入 step; 学生准备 is read', () => {
    const plan = buildLessonPlan(
      lesson,
      parseLessonMdx(
        [
          "import X from './x';",
          '',
          '---',
          '',
          '## 学生准备',
          '',
          '- 铅笔',
          '- 尺子',
          '',
          '## 讨论（约 8 分钟）',
          '',
          '<Slide title="想一想">',
          '<TeacherNote kind="safety">剪刀要收好。</TeacherNote>',
          '</Slide>',
          '',
          '## 延伸',
          '',
          '<TeacherNote kind="safety" title="回家">过马路看车。</TeacherNote>',
          '',
        ].join('\n'),
      ),
    );
    expect(plan.steps.map((s) => [s.title, s.minutes])).toEqual([['讨论', 8]]);
    expect(blockLines(plan.pupilPreparation)).toEqual(['铅笔', '尺子']);
    // Safety notes are found inside slides and in the plan's own sections too.
    expect(plan.safetyNotes).toEqual(['剪刀要收好。', '回家：过马路看车。']);
  });

  test('a heading that is only minutes names its step 导入; an empty section is no step', () => {
    const plan = buildLessonPlan(lesson, {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [text('（约 3 分钟）')] },
        p(text('问好。')),
        { type: 'heading', depth: 2, children: [text('（约 2 分钟）')] },
        { type: 'heading', depth: 2, children: [] },
        { type: 'heading', depth: 2, children: [text('收尾')] },
      ],
    });
    expect(plan.steps).toEqual([
      { title: '导入', minutes: 3, blocks: [{ kind: 'paragraph', runs: [{ text: '问好。' }] }] },
      { title: '收尾', minutes: undefined, blocks: [] },
    ]);
  });

  test('one-line notes and slides keep their text (Sätteri leaves it unwrapped)', () => {
    const plan = buildLessonPlan(
      lesson,
      parseLessonMdx(
        [
          '## 动手',
          '',
          '<TeacherNote kind="safety" title="剪刀">用完**收好**。</TeacherNote>',
          '',
          '<Slide title="看">一张图 <Illustration name="haze" /> 在这里。</Slide>',
          '',
        ].join('\n'),
      ),
    );
    expect(plan.steps[0]?.blocks).toEqual([
      {
        kind: 'note',
        noteKind: 'safety',
        title: '剪刀',
        blocks: [
          {
            kind: 'paragraph',
            runs: [{ text: '用完' }, { text: '收好', bold: true }, { text: '。' }],
          },
        ],
      },
      {
        kind: 'slide',
        title: '看',
        blocks: [
          { kind: 'paragraph', runs: [{ text: '一张图 ' }] },
          { kind: 'placeholder', text: '图：haze' },
          { kind: 'paragraph', runs: [{ text: ' 在这里。' }] },
        ],
      },
    ]);
    expect(plan.safetyNotes).toEqual(['剪刀：用完收好。']);
  });

  test('objectives given in part are filled with empty lists; empty extras lists fall back', () => {
    const plan = buildLessonPlan(lesson, parseLessonMdx('## 学生准备\n\n- 本子\n'), {
      objectives: { ability: ['会量'] },
      preparation: { teacher: [], pupils: [] },
      extension: [],
    });
    expect(plan.objectives).toEqual({ knowledge: [], ability: ['会量'], emotion: [] });
    // Empty lists in the frontmatter do not hide what the body or the materials give.
    expect(blockLines(plan.pupilPreparation)).toEqual(['本子']);
    expect(blockLines(plan.teacherPreparation)).toEqual(['投影']);
    expect(plan.extension).toEqual([]);
    const knowing = buildLessonPlan(
      lesson,
      { type: 'root' },
      { objectives: { knowledge: ['知道'] } },
    );
    expect(knowing.objectives).toEqual({ knowledge: ['知道'], ability: [], emotion: [] });
  });
});

describe('planExtras', () => {
  test.each<[string, unknown, PlanExtras]>([
    [
      'only knowledge objectives',
      { objectives: { knowledge: ['知道'] } },
      { objectives: { knowledge: ['知道'], ability: [], emotion: [] } },
    ],
    [
      'only emotion objectives',
      { objectives: { emotion: ['愿意'], ability: 'x' } },
      { objectives: { knowledge: [], ability: [], emotion: ['愿意'] } },
    ],
    [
      'only the teacher prepares',
      { preparation: { teacher: ['课件'] } },
      { preparation: { teacher: ['课件'], pupils: [] } },
    ],
    [
      'pupils named students',
      { preparation: { students: ['剪刀'] } },
      { preparation: { teacher: [], pupils: ['剪刀'] } },
    ],
    ['the schema name boardPlan', { boardPlan: ['低碳'] }, { blackboard: ['低碳'] }],
    [
      'boardPlan wins over blackboard',
      { boardPlan: ['甲'], blackboard: ['乙'] },
      { blackboard: ['甲'] },
    ],
    [
      'a bad boardPlan falls back to blackboard',
      { boardPlan: [1], blackboard: ['乙'] },
      { blackboard: ['乙'] },
    ],
    ['a bad extension is ignored', { extension: ['好', 2] }, {}],
  ])('%s', (_, data, expected) => expect(planExtras(data)).toEqual(expected));

  test('property: whatever the frontmatter holds, extras are lists of strings or absent', () => {
    const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              objectives: fc.record(
                {
                  knowledge: fc.jsonValue(),
                  ability: fc.array(fc.string()),
                  emotion: fc.jsonValue(),
                },
                { requiredKeys: [] },
              ),
              preparation: fc.record(
                {
                  teacher: fc.array(fc.string()),
                  pupils: fc.jsonValue(),
                  students: fc.jsonValue(),
                },
                { requiredKeys: [] },
              ),
              boardPlan: fc.jsonValue(),
              blackboard: fc.array(fc.string()),
              extension: fc.jsonValue(),
            },
            { requiredKeys: [] },
          ),
        ),
        (data) => {
          const e = planExtras(data);
          for (const list of [
            e.objectives?.knowledge,
            e.objectives?.ability,
            e.objectives?.emotion,
            e.preparation?.teacher,
            e.preparation?.pupils,
            e.blackboard,
            e.extension,
          ]) {
            if (list !== undefined) expect(isStrings(list)).toBe(true);
          }
          // The plan builds from any of them.
          expect(() => buildLessonPlan(lesson, { type: 'root' }, e)).not.toThrow();
        },
      ),
    );
  });
});

describe('resolveFacts', () => {
  test.each<[string, MdNode]>([
    ['without attributes', { type: 'mdxJsxTextElement', name: 'Fact' }],
    [
      'with an id that is an expression',
      {
        type: 'mdxJsxTextElement',
        name: 'Fact',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: { type: 'expr' } }],
      },
    ],
  ])('a <Fact> %s is empty text', (_, node) =>
    expect(resolveFacts(node)).toEqual({ type: 'text', value: '' }),
  );

  test('other nodes are copied with their facts resolved, leaves as they are', () => {
    const leaf = text('x');
    expect(resolveFacts(leaf)).toBe(leaf);
    const tree = p(text('有'), { type: 'mdxJsxTextElement', name: 'Fact' });
    expect(resolveFacts(tree)).toEqual(p(text('有'), text('')));
  });
});
