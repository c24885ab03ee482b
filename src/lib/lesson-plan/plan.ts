/**
 * A lesson plan (教案) read from a lesson's frontmatter and its MDX tree (mdast, as parsed by
 * Sätteri, the parser Astro uses for the lesson pages): objectives, preparation, the steps
 * with their minutes, teacher text and teacher notes, 板书设计, 活动延伸 and safety notes. Pure:
 * the .docx writer (./docx.ts) and the task sheet page render from this model.
 */
import { parseStepMinutes } from '../slides';
import { formatDuration, formatGrades } from '../lesson-format';
import type { Lesson } from '../../schemas/lesson';

/** The smallest shape of an mdast / MDX-mdast node read here. */
export interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  name?: string | null;
  ordered?: boolean | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
}

/** A piece of inline text; bold where the MDX has **strong**. */
export interface Run {
  text: string;
  bold?: boolean;
}

/** A block of a step's text. */
export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'note'; noteKind: 'info' | 'correction' | 'safety'; title: string; blocks: Block[] }
  /** A slide shown to the class (课件) with its pupil-facing text. */
  | { kind: 'slide'; title: string; blocks: Block[] }
  /** Something on screen that has no text: a picture, a photo slot, a QR code, a tool. */
  | { kind: 'placeholder'; text: string };

export interface PlanStep {
  title: string;
  /** Planned minutes from the heading's `（约 N 分钟）`, when it has one. */
  minutes: number | undefined;
  blocks: Block[];
}

/** Objectives as Chinese plans list them; `undefined` where the lesson does not split them. */
export interface Objectives {
  knowledge: string[];
  ability: string[];
  emotion: string[];
}

export interface LessonPlan {
  title: string;
  summary: string;
  /** "一至六年级" */
  gradesText: string;
  /** "1–2 周，约 4 次：第一次 60 分钟，以后每次 30 分钟" */
  durationText: string;
  keywords: string[];
  /** The pupils' "我能…" outcomes. */
  outcomes: string[];
  /** Split objectives when the lesson gives them. */
  objectives: Objectives | undefined;
  teacherPreparation: Block[];
  pupilPreparation: Block[];
  steps: PlanStep[];
  /** 板书设计: lines of the board plan, when the lesson has one. */
  blackboard: string[] | undefined;
  extension: Block[];
  /** Safety notes of the frontmatter (written so pupils can read them). */
  safety: string[];
  /** Safety notes from the steps' teacher notes ("title：text"). */
  safetyNotes: string[];
  misconceptions: Lesson['misconceptions'];
}

/**
 * Fields a lesson may give beyond the base schema (知识/能力/情感 objectives, preparation,
 * 板书设计, 活动延伸). Read defensively so the plan works before and after they exist.
 */
export interface PlanExtras {
  objectives?: Partial<Objectives>;
  preparation?: { teacher?: string[]; pupils?: string[] };
  blackboard?: string[];
  extension?: string[];
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : undefined;

/** The optional plan fields of a frontmatter object, whatever else it holds. */
export function planExtras(data: unknown): PlanExtras {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const obj = (d['objectives'] ?? {}) as Record<string, unknown>;
  const prep = (d['preparation'] ?? {}) as Record<string, unknown>;
  const extras: PlanExtras = {};
  const knowledge = strings(obj['knowledge']);
  const ability = strings(obj['ability']);
  const emotion = strings(obj['emotion']);
  if (knowledge || ability || emotion) {
    extras.objectives = {
      knowledge: knowledge ?? [],
      ability: ability ?? [],
      emotion: emotion ?? [],
    };
  }
  const teacher = strings(prep['teacher']);
  const pupils = strings(prep['pupils']) ?? strings(prep['students']);
  if (teacher || pupils) extras.preparation = { teacher: teacher ?? [], pupils: pupils ?? [] };
  const blackboard = strings(d['boardPlan']) ?? strings(d['blackboard']);
  if (blackboard) extras.blackboard = blackboard;
  const extension = strings(d['extension']);
  if (extension) extras.extension = extension;
  return extras;
}

/** Plain text of a node and its descendants (MDX expressions and raw HTML are left out). */
export function plainText(node: MdNode): string {
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  if (node.type === 'html') return '';
  if (node.type === 'break') return '\n';
  if (typeof node.value === 'string' && node.type !== 'yaml') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

function runsOf(nodes: readonly MdNode[], bold = false): Run[] {
  const runs: Run[] = [];
  for (const n of nodes) {
    if (n.type === 'strong') runs.push(...runsOf(n.children ?? [], true));
    else if (n.type === 'text' || n.type === 'inlineCode') runs.push({ text: n.value ?? '', bold });
    else if (n.type === 'break') runs.push({ text: '\n', bold });
    else if (n.children) runs.push(...runsOf(n.children, bold));
  }
  // Adjacent runs of the same weight are one run.
  return runs.reduce<Run[]>((out, r) => {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold) last.text += r.text;
    else if (r.text) out.push(r.bold ? { text: r.text, bold: true } : { text: r.text });
    return out;
  }, []);
}

function attr(node: MdNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

const isJsx = (n: MdNode) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** Strip `（约 5 分钟）` from a step heading. */
export function stepTitle(heading: string): string {
  return heading.replace(/\s*[（(][^（()）]*分钟\s*[）)]\s*$/, '').trim();
}

/** Inline nodes; Sätteri leaves them unwrapped in a one-line `<TeacherNote>…</TeacherNote>`. */
const inlineTypes = new Set([
  'text',
  'strong',
  'emphasis',
  'delete',
  'inlineCode',
  'break',
  'link',
]);

/** The blocks of a run of mdast nodes. */
export function blocksOf(nodes: readonly MdNode[]): Block[] {
  const blocks: Block[] = [];
  // Unwrapped inline nodes in a row are read as one paragraph.
  const grouped: MdNode[] = [];
  let inline: MdNode[] | undefined;
  for (const n of nodes) {
    if (!inlineTypes.has(n.type)) {
      inline = undefined;
      grouped.push(n);
    } else if (inline) inline.push(n);
    else {
      inline = [n];
      grouped.push({ type: 'paragraph', children: inline });
    }
  }
  for (const n of grouped) {
    switch (n.type) {
      case 'paragraph': {
        // A paragraph that is only a JSX element (e.g. <JoinQr /> inline) is that element.
        const kids = (n.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
        if (kids.length === 1 && kids[0] && isJsx(kids[0]) && kids[0].name !== 'a') {
          blocks.push(...blocksOf(kids));
          break;
        }
        const runs = runsOf(n.children ?? []);
        if (runs.some((r) => r.text.trim())) blocks.push({ kind: 'paragraph', runs });
        break;
      }
      case 'heading':
        blocks.push({ kind: 'subheading', text: plainText(n).trim() });
        break;
      case 'list':
        blocks.push({
          kind: 'list',
          ordered: !!n.ordered,
          items: (n.children ?? []).map((item) =>
            runsOf(
              (item.children ?? []).flatMap((c) =>
                c.type === 'paragraph' ? (c.children ?? []) : [c],
              ),
            ),
          ),
        });
        break;
      case 'table':
        blocks.push({
          kind: 'table',
          rows: (n.children ?? []).map((row) =>
            (row.children ?? []).map((cell) => plainText(cell).trim()),
          ),
        });
        break;
      case 'blockquote':
        blocks.push(...blocksOf(n.children ?? []));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        blocks.push(...jsxBlocks(n));
        break;
      default:
        // thematicBreak, code, html, expressions, ESM: nothing a printed plan shows.
        break;
    }
  }
  return blocks;
}

function jsxBlocks(n: MdNode): Block[] {
  switch (n.name) {
    case 'TeacherNote': {
      const k = attr(n, 'kind');
      return [
        {
          kind: 'note',
          noteKind: k === 'correction' || k === 'safety' ? k : 'info',
          title: attr(n, 'title') ?? '',
          blocks: blocksOf(n.children ?? []),
        },
      ];
    }
    case 'Slide':
      return [{ kind: 'slide', title: attr(n, 'title') ?? '', blocks: blocksOf(n.children ?? []) }];
    case 'Illustration':
      return [{ kind: 'placeholder', text: `图：${attr(n, 'caption') ?? attr(n, 'name') ?? ''}` }];
    case 'PhotoSlot':
      return [{ kind: 'placeholder', text: `照片：${attr(n, 'label') ?? '教师自选照片'}` }];
    case 'JoinQr':
      return [{ kind: 'placeholder', text: `投影二维码：${attr(n, 'label') ?? '工具箱页面'}` }];
    default: {
      const inner = blocksOf(n.children ?? []);
      if (inner.length > 0) return inner;
      return n.name ? [{ kind: 'placeholder', text: `互动工具（网页）：${n.name}` }] : [];
    }
  }
}

/** Plain text of blocks, one line per paragraph or item (for lists in the plan's sections). */
export function blockLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [b.runs.map((r) => r.text).join('')];
      case 'subheading':
      case 'placeholder':
        return [b.text];
      case 'list':
        return b.items.map((i) => i.map((r) => r.text).join(''));
      case 'table':
        return b.rows.map((r) => r.join('　'));
      case 'note':
      case 'slide':
        return [...(b.title ? [b.title] : []), ...blockLines(b.blocks)];
    }
  });
}

const lines = (items: readonly string[]): Block[] =>
  items.length ? [{ kind: 'list', ordered: false, items: items.map((text) => [{ text }]) }] : [];

/** Sections whose heading names a part of the plan rather than a step. */
const special = {
  preparation: /^课前准备|^活动准备|^教师准备/,
  pupilPreparation: /^学生准备/,
  blackboard: /^板书/,
  extension: /^活动延伸|^课后延伸|^延伸/,
} as const;

/** Build the plan from the lesson's checked frontmatter, its raw frontmatter and its mdast. */
export function buildLessonPlan(lesson: Lesson, root: MdNode, extras: PlanExtras = {}): LessonPlan {
  const top = (root.children ?? []).filter((n) => n.type !== 'yaml' && n.type !== 'mdxjsEsm');
  const sections: { heading: string; nodes: MdNode[] }[] = [];
  for (const n of top) {
    if (n.type === 'heading' && n.depth === 2)
      sections.push({ heading: plainText(n).trim(), nodes: [] });
    else if (sections.length === 0) sections.push({ heading: '', nodes: [n] });
    else sections[sections.length - 1]?.nodes.push(n);
  }

  const steps: PlanStep[] = [];
  let teacherPrepFromBody: Block[] = [];
  let pupilPrepFromBody: Block[] = [];
  let blackboardFromBody: string[] | undefined;
  let extensionFromBody: Block[] = [];
  const safetyNotes: string[] = [];
  for (const s of sections) {
    const blocks = blocksOf(s.nodes);
    const title = stepTitle(s.heading);
    if (special.preparation.test(title)) teacherPrepFromBody = blocks;
    else if (special.pupilPreparation.test(title)) pupilPrepFromBody = blocks;
    else if (special.blackboard.test(title)) blackboardFromBody = blockLines(blocks);
    else if (special.extension.test(title)) extensionFromBody = blocks;
    else if (blocks.length > 0 || title) {
      steps.push({ title: title || '导入', minutes: parseStepMinutes(s.heading), blocks });
    }
    const collectSafety = (bs: readonly Block[]) => {
      for (const b of bs) {
        if (b.kind === 'note' && b.noteKind === 'safety') {
          safetyNotes.push(`${b.title ? `${b.title}：` : ''}${blockLines(b.blocks).join(' ')}`);
        }
        if (b.kind === 'slide') collectSafety(b.blocks);
      }
    };
    collectSafety(blocks);
  }

  const o = extras.objectives;
  return {
    title: lesson.title,
    summary: lesson.summary,
    gradesText: formatGrades(lesson.grades),
    durationText: formatDuration(lesson.duration),
    keywords: lesson.keywords,
    outcomes: lesson.outcomes,
    objectives: o
      ? { knowledge: o.knowledge ?? [], ability: o.ability ?? [], emotion: o.emotion ?? [] }
      : undefined,
    teacherPreparation: [
      ...lines(extras.preparation?.teacher ?? []),
      ...teacherPrepFromBody,
      ...(extras.preparation?.teacher?.length ? [] : lines(lesson.materials)),
    ],
    pupilPreparation: extras.preparation?.pupils?.length
      ? lines(extras.preparation.pupils)
      : pupilPrepFromBody,
    steps,
    blackboard: extras.blackboard ?? blackboardFromBody,
    // The frontmatter's summary first, then what the lesson's own 延伸 section says (its notes too).
    extension: [...(extras.extension?.length ? lines(extras.extension) : []), ...extensionFromBody],
    safety: lesson.safety,
    safetyNotes,
    misconceptions: lesson.misconceptions,
  };
}

/** Sum of the planned minutes of the steps that have them. */
export function plannedMinutes(plan: LessonPlan): number {
  return plan.steps.reduce((n, s) => n + (s.minutes ?? 0), 0);
}
