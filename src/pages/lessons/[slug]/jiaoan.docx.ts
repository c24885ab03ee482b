import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonPlanFromMdx } from '../../../lib/lesson-plan/from-mdx';
import { lessonPlanDocx } from '../../../lib/lesson-plan/docx';

/** The lesson plan (教案) of every lesson as a Word file, made at build time. */
export const getStaticPaths = (async () => {
  const lessons = await getCollection('lessons');
  return lessons.map((lesson) => ({ params: { slug: lesson.id }, props: { lesson } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lesson: CollectionEntry<'lessons'> }> = async ({ props }) => {
  const { lesson } = props;
  const bytes = await lessonPlanDocx(
    lessonPlanFromMdx(lesson.data, lesson.body ?? ''),
    lesson.data.setting,
  );
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
