import { z } from 'astro/zod';

/** Largest population the calculator accepts (20亿); more is a typing mistake. */
export const MAX_POPULATION = 2_000_000_000;

/**
 * The country's population as the calculator uses it, built from the registry's "population"
 * figure (content/data/facts.json) by src/lib/facts/carbon.ts and checked here.
 */
export const PopulationSchema = z.strictObject({
  /** The rounded figure the calculator starts with (14.05亿 = 1405000000). */
  people: z.number().int().min(1).max(MAX_POPULATION),
  /** The published figure the rounding comes from (140489万 = 1404890000). */
  exactPeople: z.number().int().min(1).max(MAX_POPULATION),
  /** Year the figure refers to (end of year). */
  year: z.number().int().min(2000).max(2100),
  /** Publisher and publication, in Chinese. */
  source: z.string().trim().min(1),
  /** Anything else a teacher should know, in Chinese. */
  note: z.string().trim().min(1).optional(),
});
export type Population = z.output<typeof PopulationSchema>;
