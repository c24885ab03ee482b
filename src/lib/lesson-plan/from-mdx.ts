/**
 * The lesson plan of a lesson's MDX body, parsed with Sätteri (the MDX parser Astro uses for
 * the lesson pages), so the .docx and the task sheet read the same tree as the page.
 */
import { mdxToMdast } from 'satteri';
import type { Lesson } from '../../schemas/lesson';
import { buildLessonPlan, planExtras, type LessonPlan, type MdNode } from './plan';

/** Parse an MDX body (frontmatter may be included; it is skipped) into mdast. */
export function parseLessonMdx(body: string): MdNode {
  return mdxToMdast(body, { position: false }) as MdNode;
}

/** The plan of a lesson from its checked frontmatter and MDX body. */
export function lessonPlanFromMdx(lesson: Lesson, body: string): LessonPlan {
  return buildLessonPlan(lesson, parseLessonMdx(body), planExtras(lesson));
}
