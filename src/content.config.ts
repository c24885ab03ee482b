import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonSchema } from './schemas/lesson';

const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '**/*.mdx' }),
  schema: LessonSchema,
});

export const collections = { lessons };
