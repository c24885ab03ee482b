import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { lessonPlanFromMdx } from '../../../../src/lib/lesson-plan/from-mdx';
import { lessonPlanDocx } from '../../../../src/lib/lesson-plan/docx';
import type { LessonPlan, PlanStep } from '../../../../src/lib/lesson-plan/plan';
import { lessonSlugs, lessonSource } from './lesson-source';

/** The text of a .docx body: every w:t joined, paragraphs on their own lines. */
function documentText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

async function unpack(slug: string) {
  const { lesson, body } = lessonSource(slug);
  const plan = lessonPlanFromMdx(lesson, body);
  const files = unzipSync(await lessonPlanDocx(plan, lesson.setting));
  const doc = files['word/document.xml'];
  const styles = files['word/styles.xml'];
  if (!doc || !styles) throw new Error('not a Word document');
  return {
    plan,
    lesson,
    xml: strFromU8(doc),
    styles: strFromU8(styles),
    text: documentText(strFromU8(doc)),
  };
}

describe.each(lessonSlugs)('教案 of %s', (slug) => {
  test('has every section of a Chinese lesson plan, in order', async () => {
    const { text, plan } = await unpack(slug);
    const headings = [
      '活动（教学）目标',
      '活动准备',
      '教师准备',
      '学生准备',
      '活动过程',
      ...(plan.blackboard ? ['板书设计'] : []),
      '活动延伸',
      '安全提示',
      '教学反思',
    ];
    let at = 0;
    for (const h of headings) {
      const i = text.indexOf(h, at);
      expect(i, `section ${h} after position ${at}`).toBeGreaterThan(-1);
      at = i;
    }
    if (plan.objectives)
      for (const h of ['知识目标', '能力目标', '情感目标']) expect(text).toContain(h);
    expect(text).toContain(`《${plan.title}》教案`);
  });

  test('lists every step with its minutes and the teacher notes', async () => {
    const { text, plan, body } = { ...(await unpack(slug)), body: lessonSource(slug).body };
    expect(plan.steps.length).toBeGreaterThan(2);
    for (const s of plan.steps) {
      expect(text).toContain(
        s.minutes === undefined ? s.title : `${s.title}（约 ${s.minutes} 分钟）`,
      );
    }
    // Every TeacherNote title of the MDX shows up as a note heading.
    for (const m of body.matchAll(/<TeacherNote[^>]*title="([^"]+)"/g))
      expect(text).toContain(`·${m[1]}】`);
    for (const s of lessonSource(slug).lesson.safety) expect(text).toContain(s);
  });

  test('is A4 with Chinese fonts in the East Asian slot', async () => {
    const { xml, styles } = await unpack(slug);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="宋体"/);
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="黑体"/);
  });
});

/** A plan built by hand, so each section's "empty" and "full" forms are both printed. */
function handPlan(over: Partial<LessonPlan> = {}): LessonPlan {
  return {
    title: '手写课',
    summary: '简介。',
    gradesText: '三年级',
    durationText: '1 课时（40 分钟）',
    keywords: ['低碳', '节电'],
    outcomes: ['我能说一说。'],
    objectives: undefined,
    teacherPreparation: [],
    pupilPreparation: [],
    steps: [],
    blackboard: undefined,
    extension: [],
    safety: [],
    safetyNotes: [],
    misconceptions: [],
    ...over,
  };
}

async function textOf(plan: LessonPlan, settings: Parameters<typeof lessonPlanDocx>[1] = []) {
  const doc = unzipSync(await lessonPlanDocx(plan, settings))['word/document.xml'];
  if (!doc) throw new Error('not a Word document');
  return documentText(strFromU8(doc));
}

describe('教案 of a hand-made plan', () => {
  test('empty sections say what the teacher should add; no total, board plan or misconceptions', async () => {
    const text = await textOf(handPlan());
    for (const what of ['教师准备', '学生准备', '活动延伸', '安全提示'])
      expect(text).toContain(`（本课没有写${what}，请老师按本班情况补充。）`);
    expect(text).toContain('尚未按知识、能力、情感分列');
    expect(text).toContain('1. 我能说一说。');
    expect(text).not.toContain('各环节合计');
    expect(text).not.toContain('板书设计');
    expect(text).not.toContain('易错说法');
    expect(text).not.toContain('活动场地');
    // Numbered sections: 目标, 准备, 过程, 延伸, 安全, 反思.
    expect(text).toMatch(/六、教学反思/);
  });

  test('every kind of block, objectives, misconceptions, board plan and settings are printed', async () => {
    const steps: PlanStep[] = [
      {
        title: '开场',
        minutes: 5,
        blocks: [
          { kind: 'paragraph', runs: [{ text: '第一行\n第二行' }, { text: '粗', bold: true }] },
          { kind: 'subheading', text: '小标题' },
          { kind: 'list', ordered: true, items: [[{ text: '一' }], [{ text: '二' }]] },
          { kind: 'list', ordered: false, items: [[{ text: '点' }]] },
          { kind: 'table', rows: [['甲', '乙', '丙'], ['只有一格']] },
          { kind: 'placeholder', text: '图：雾霾' },
          { kind: 'slide', title: '看图', blocks: [{ kind: 'placeholder', text: '照片：操场' }] },
        ],
      },
      {
        title: '讨论',
        minutes: undefined,
        blocks: [
          {
            kind: 'note',
            noteKind: 'correction',
            title: '',
            blocks: [{ kind: 'paragraph', runs: [{ text: '不是这样。' }] }],
          },
          { kind: 'note', noteKind: 'info', title: '提示', blocks: [] },
          { kind: 'note', noteKind: 'safety', title: '用电', blocks: [] },
        ],
      },
    ];
    const text = await textOf(
      handPlan({
        objectives: { knowledge: ['知道'], ability: ['会算'], emotion: ['愿意'] },
        teacherPreparation: [{ kind: 'paragraph', runs: [{ text: '课件' }] }],
        pupilPreparation: [{ kind: 'paragraph', runs: [{ text: '铅笔' }] }],
        steps,
        blackboard: ['低碳生活', '少用电'],
        extension: [{ kind: 'paragraph', runs: [{ text: '回家算一算。' }] }],
        safety: ['注意安全。'],
        safetyNotes: ['用电：不要碰插座。'],
        misconceptions: [
          { claim: '纸可以随便用', correction: '纸也要节约', source: '课本第 3 页' },
          { claim: '关灯没用', correction: '关灯省电' },
        ],
      }),
      ['classroom', 'home'],
    );
    for (const s of [
      '1. 知识目标',
      '1. 知道',
      '2. 能力目标',
      '1. 会算',
      '3. 情感目标',
      '1. 愿意',
      '课件',
      '铅笔',
      '各环节合计约 5 分钟。',
      '（一）开场（约 5 分钟）',
      '（二）讨论',
      '第一行第二行粗',
      '小标题',
      '1. 一',
      '2. 二',
      '· 点',
      '〔图：雾霾〕',
      '【课件】看图',
      '〔照片：操场〕',
      '【纠错】',
      '不是这样。',
      '【教师提示·提示】',
      '【安全提示·用电】',
      '1. 错误说法：纸可以随便用',
      '正确的是：纸也要节约',
      '出处：课本第 3 页',
      '2. 错误说法：关灯没用',
      '低碳生活',
      '回家算一算。',
      '1. 注意安全。',
      '2. 用电：不要碰插座。',
      '活动场地\n教室、家里',
      '关键词\n低碳、节电',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('（二）讨论（约');
    expect(text).not.toContain('出处：undefined');
    expect(text).not.toContain('本课没有写');
    // 易错说法 and 板书设计 come between 过程 and 延伸.
    expect(text).toMatch(
      /三、活动过程[\s\S]*四、易错说法与纠正[\s\S]*五、板书设计[\s\S]*六、活动延伸/,
    );
  });

  test('a ragged table is padded to its widest row', async () => {
    const plan = handPlan({
      steps: [
        { title: '表', minutes: 1, blocks: [{ kind: 'table', rows: [['a', 'b', 'c'], ['d']] }] },
      ],
    });
    const doc = unzipSync(await lessonPlanDocx(plan))['word/document.xml'];
    const xml = strFromU8(doc ?? new Uint8Array());
    const table = xml.split('<w:tbl>').find((t) => t.includes('>a</w:t>')) ?? '';
    const rows = table.split('</w:tr>').slice(0, -1);
    expect(rows.map((r) => r.split('<w:tc>').length - 1)).toEqual([3, 3]);
    expect(rows.map(documentText)).toEqual([
      expect.stringMatching(/^a\nb\nc/),
      expect.stringMatching(/^d\n\n/),
    ]);
  });
});
