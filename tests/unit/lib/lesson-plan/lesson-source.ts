import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LessonSchema, type Lesson } from '../../../../src/schemas/lesson';

/** A lesson file of content/lessons/ read as the build reads it: checked frontmatter and body. */
export function lessonSource(slug: string): { lesson: Lesson; body: string } {
  const text = readFileSync(
    new URL(`../../../../content/lessons/${slug}.mdx`, import.meta.url),
    'utf8',
  );
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m?.[1]) throw new Error(`no frontmatter in ${slug}`);
  return { lesson: LessonSchema.parse(parse(m[1])), body: m[2] ?? '' };
}

export const lessonSlugs = ['gum-residue', 'low-carbon-living', 'campus-litter'] as const;
