/**
 * The lesson plan of a lesson's MDX body, parsed with Sätteri (the MDX parser Astro uses for
 * the lesson pages), so the .docx and the task sheet read the same tree as the page.
 */
import { mdxToMdast } from 'satteri';
import type { Lesson } from '../../schemas/lesson';
import { getFact } from '../facts/registry';
import { factText, factShows, type FactShow } from '../facts/format';
import { buildLessonPlan, planExtras, type LessonPlan, type MdNode } from './plan';

const isShow = (v: unknown): v is FactShow => (factShows as readonly unknown[]).includes(v);

/**
 * `<Fact id="…" show="…" />` as the text the page shows ("140489 万人（2025 年末）"): the plan
 * prints what the lesson page prints, from the same registry.
 */
export function resolveFacts(node: MdNode): MdNode {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Fact') {
    const attrs = node.attributes ?? [];
    const get = (k: string) => attrs.find((a) => a.name === k)?.value;
    const id = get('id');
    if (typeof id !== 'string') return { type: 'text', value: '' };
    const show = get('show');
    const { value, period } = factText(getFact(id), isShow(show) ? show : 'full');
    return { type: 'text', value: period ? `${value}（${period}）` : value };
  }
  if (!node.children) return node;
  return { ...node, children: node.children.map(resolveFacts) };
}

/** Parse an MDX body (frontmatter may be included; it is skipped) into mdast, figures resolved. */
export function parseLessonMdx(body: string): MdNode {
  return resolveFacts(mdxToMdast(body, { position: false }) as MdNode);
}

/** The plan of a lesson from its checked frontmatter and MDX body. */
export function lessonPlanFromMdx(lesson: Lesson, body: string): LessonPlan {
  return buildLessonPlan(lesson, parseLessonMdx(body), planExtras(lesson));
}
