/**
 * Slides from a lesson's MDX: every `##` section becomes one slide. The rehype plugin
 * (src/lib/slides-hast-plugin.ts) uses these pure helpers at build time, so the lesson page and
 * the present view render the same `<Content />`.
 */
import { normalizeNumberText } from './parse-number';

/** The smallest shape of a hast / MDX-hast node these helpers need. */
export interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: TreeNode[];
}

/** Nodes that must stay at the top level of an MDX tree (import/export statements). */
export const isModuleNode = (n: TreeNode) => n.type === 'mdxjsEsm';

/** A `##` heading starts a slide. */
export const isSlideBoundary = (n: TreeNode) => n.type === 'element' && n.tagName === 'h2';

const isBlank = (n: TreeNode) =>
  (n.type === 'text' && !(n.value ?? '').trim()) || n.type === 'comment';

/**
 * Split top-level nodes into slides at every `##` heading. Content before the first heading
 * becomes a slide of its own unless it is only white space. Module nodes (MDX imports and
 * exports) are returned apart so they can stay at the root.
 */
export function splitIntoSlides<T extends TreeNode>(
  nodes: readonly T[],
): {
  modules: T[];
  slides: T[][];
} {
  const modules: T[] = [];
  const slides: T[][] = [];
  let current: T[] = [];
  const flush = () => {
    if (current.some((n) => !isBlank(n))) slides.push(current);
    current = [];
  };
  for (const node of nodes) {
    if (isModuleNode(node)) modules.push(node);
    else {
      if (isSlideBoundary(node)) flush();
      current.push(node);
    }
  }
  flush();
  return { modules, slides };
}

/** Plain text of a node and its descendants. */
export function textOf(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const minutesPattern =
  /[（(]\s*(?:约|大约)?\s*(\d+)\s*(?:(?:[～~〜\-–—]|至|到)\s*(\d+)\s*)?分钟\s*[）)]\s*$/;

/**
 * Planned minutes of a step from its heading: "开场（约 5 分钟）" → 5. A range such as
 * "（约 5～10 分钟）" plans the upper bound. Full-width digits are accepted. A heading without
 * the suffix has no plan (undefined); so has a zero or a range that runs backwards.
 */
export function parseStepMinutes(heading: string): number | undefined {
  const digits = heading.replace(/[\uFF10-\uFF19]+/g, (d) => normalizeNumberText(d));
  const m = minutesPattern.exec(digits.trim());
  if (!m?.[1]) return undefined;
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  if (high < low || high <= 0) return undefined;
  return high;
}

/**
 * Minutes the whole presentation is planned to take: the sum of the steps' minutes when any
 * step has them, otherwise the first session of the lesson.
 */
export function plannedLessonMinutes(
  stepMinutes: readonly (number | undefined)[],
  sessionMinutes: number,
): number {
  const planned = stepMinutes.filter((m): m is number => m !== undefined);
  return planned.length > 0 ? planned.reduce((a, b) => a + b, 0) : sessionMinutes;
}

/**
 * A lesson whose steps plan more minutes than all its sessions together is a mistake in the
 * MDX; the present page stops the build with this Chinese message. Undefined when it fits.
 */
export function stepPlanError(
  stepMinutes: readonly (number | undefined)[],
  lessonMinutes: number,
): string | undefined {
  const planned = stepMinutes.filter((m): m is number => m !== undefined);
  const sum = planned.reduce((a, b) => a + b, 0);
  if (sum <= lessonMinutes) return undefined;
  return `各步骤标题里的“（约 N 分钟）”合计 ${sum} 分钟，超过了整课的 ${lessonMinutes} 分钟`;
}
