/**
 * A lesson plan as a Word document (.docx), laid out the way Chinese schools hand plans in:
 * 一、活动（教学）目标 … 七、教学反思. A4 with 2.5 cm margins; 宋体 for text and 黑体 for
 * headings, set in the East Asian font slot (w:eastAsia) so Word and WPS use them for Chinese.
 * Build time only (the lesson's jiaoan.docx endpoint); never shipped to the browser.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { settingLabels } from '../../schemas/lesson';
import { toChineseNumeral } from '../lesson-format';
import { blockLines, plannedMinutes, type Block, type LessonPlan, type Run } from './plan';

/** Fonts: Latin text in Times New Roman, Chinese in 宋体 (body) and 黑体 (headings). */
export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
export const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
/** A4 in twentieths of a point; 2.5 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;

/** （一）（二）… for the steps. */
const subNumber = (i: number) => `（${toChineseNumeral(i + 1)}）`;

const run = (text: string, opts: IRunOptions = {}) => new TextRun({ text, ...opts });

function runsToText(runs: readonly Run[], opts: IRunOptions = {}): TextRun[] {
  return runs.flatMap((r) =>
    r.text.split('\n').map(
      (t, i) =>
        new TextRun({
          text: t,
          ...(r.bold ? { bold: true } : {}),
          break: i > 0 ? 1 : 0,
          ...opts,
        }),
    ),
  );
}

const para = (children: TextRun[], opts: { indent?: boolean } = {}) =>
  new Paragraph({ children, ...(opts.indent ? { indent: { firstLine: 480 } } : {}) });

const heading1 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(text)] });
const heading2 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text)] });

function textTable(rows: readonly (readonly string[])[], header = true): Table {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, ri) =>
        new TableRow({
          tableHeader: header && ri === 0,
          children: Array.from({ length: cols }, (_, ci) => {
            const text = r[ci] ?? '';
            return new TableCell({
              children: [
                new Paragraph({
                  children: [
                    run(text, header && ri === 0 ? { bold: true, font: HEADING_FONT } : {}),
                  ],
                }),
              ],
            });
          }),
        }),
    ),
  });
}

type Part = Paragraph | Table;

function blockParts(block: Block): Part[] {
  switch (block.kind) {
    case 'paragraph':
      return [para(runsToText(block.runs), { indent: true })];
    case 'subheading':
      return [new Paragraph({ children: [run(block.text, { bold: true, font: HEADING_FONT })] })];
    case 'list':
      return block.items.map((item, i) =>
        para([run(block.ordered ? `${i + 1}. ` : '· '), ...runsToText(item)]),
      );
    case 'table':
      return [textTable(block.rows), new Paragraph({ children: [] })];
    case 'placeholder':
      return [para([run(`〔${block.text}〕`, { italics: true })])];
    case 'slide':
      return [
        para([run(`【课件】${block.title}`, { bold: true })]),
        ...block.blocks.flatMap(blockParts),
      ];
    case 'note': {
      const label =
        block.noteKind === 'safety'
          ? '安全提示'
          : block.noteKind === 'correction'
            ? '纠错'
            : '教师提示';
      const shading = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' };
      const border = { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 };
      const lines = blockLines(block.blocks);
      return [
        new Paragraph({
          shading,
          border: { left: border },
          children: [
            run(`【${label}${block.title ? `·${block.title}` : ''}】`, {
              bold: true,
              font: HEADING_FONT,
            }),
          ],
        }),
        ...lines.map(
          (l) => new Paragraph({ shading, border: { left: border }, children: [run(l)] }),
        ),
      ];
    }
  }
}

const bullets = (items: readonly string[]) => items.map((t, i) => para([run(`${i + 1}. ${t}`)]));
const none = (what: string) =>
  para([run(`（本课没有写${what}，请老师按本班情况补充。）`, { italics: true })]);

/** The Word document of a lesson plan. */
export function lessonPlanDocument(
  plan: LessonPlan,
  settings: readonly (keyof typeof settingLabels)[] = [],
): Document {
  const sections: { title: string; body: Part[] }[] = [];
  const o = plan.objectives;
  sections.push({
    title: '活动（教学）目标',
    body: o
      ? [
          heading2('1. 知识目标'),
          ...bullets(o.knowledge),
          heading2('2. 能力目标'),
          ...bullets(o.ability),
          heading2('3. 情感目标'),
          ...bullets(o.emotion),
        ]
      : [
          para([
            run('本课的目标以学生的口吻写成（“我能……”），尚未按知识、能力、情感分列：', {
              italics: true,
            }),
          ]),
          heading2('学生学习目标'),
          ...bullets(plan.outcomes),
        ],
  });
  sections.push({
    title: '活动准备',
    body: [
      heading2('1. 教师准备'),
      ...(plan.teacherPreparation.length
        ? plan.teacherPreparation.flatMap(blockParts)
        : [none('教师准备')]),
      heading2('2. 学生准备'),
      ...(plan.pupilPreparation.length
        ? plan.pupilPreparation.flatMap(blockParts)
        : [none('学生准备')]),
    ],
  });
  const planned = plannedMinutes(plan);
  sections.push({
    title: '活动过程',
    body: [
      ...(planned > 0 ? [para([run(`各环节合计约 ${planned} 分钟。`)])] : []),
      ...plan.steps.flatMap((s, i) => [
        heading2(
          `${subNumber(i)}${s.title}${s.minutes !== undefined ? `（约 ${s.minutes} 分钟）` : ''}`,
        ),
        ...s.blocks.flatMap(blockParts),
      ]),
    ],
  });
  if (plan.misconceptions.length) {
    sections.push({
      title: '易错说法与纠正',
      body: plan.misconceptions.flatMap((m, i) => [
        para([run(`${i + 1}. 错误说法：`, { bold: true }), run(m.claim)]),
        para([run('正确的是：', { bold: true }), run(m.correction)], { indent: true }),
        ...(m.source ? [para([run(`出处：${m.source}`, { size: 20 })], { indent: true })] : []),
      ]),
    });
  }
  if (plan.blackboard?.length) {
    sections.push({
      title: '板书设计',
      body: plan.blackboard.map(
        (l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l)] }),
      ),
    });
  }
  sections.push({
    title: '活动延伸',
    body: plan.extension.length ? plan.extension.flatMap(blockParts) : [none('活动延伸')],
  });
  sections.push({
    title: '安全提示',
    body:
      plan.safety.length + plan.safetyNotes.length
        ? bullets([...plan.safety, ...plan.safetyNotes])
        : [none('安全提示')],
  });
  sections.push({
    title: '教学反思',
    body: [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            height: { value: 4000, rule: 'atLeast' },
            children: [new TableCell({ children: [new Paragraph({ children: [] })] })],
          }),
        ],
      }),
    ],
  });

  const info: string[][] = [
    ['课题', plan.title],
    ['年级', plan.gradesText],
    ['课时', plan.durationText],
    ...(settings.length ? [['活动场地', settings.map((s) => settingLabels[s]).join('、')]] : []),
    ['关键词', plan.keywords.join('、')],
    ['执教教师', ''],
  ];

  return new Document({
    creator: '环保课堂工具箱',
    title: `${plan.title} 教案`,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 24 }, paragraph: { spacing: { line: 360 } } },
        heading1: {
          run: { font: HEADING_FONT, size: 28, bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: HEADING_FONT, size: 24, bold: true },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
        title: {
          run: { font: HEADING_FONT, size: 36, bold: true },
          paragraph: { alignment: AlignmentType.CENTER },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [run(`《${plan.title}》教案`)] }),
          para([run(plan.summary)], { indent: true }),
          textTable(info, false),
          ...sections.flatMap((s, i) => [
            heading1(`${toChineseNumeral(i + 1)}、${s.title}`),
            ...s.body,
          ]),
        ],
      },
    ],
  });
}

/** The .docx bytes of a lesson plan. */
export async function lessonPlanDocx(
  plan: LessonPlan,
  settings: readonly (keyof typeof settingLabels)[] = [],
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(lessonPlanDocument(plan, settings)));
}
