// zod/mini (the same Zod 4, tree-shakable): this schema runs in the letter page's island.
import * as z from 'zod/mini';
import { media, sampleItems, sampleStates } from './gum-vocab';

/**
 * What a class found in its gum residue survey, summed over all places: the input of the
 * proposal letter. The class data view (issue 5) is to produce it from the saved records.
 */
export const FindingsSummarySchema = z.strictObject({
  /** Number of places surveyed. */
  places: z.int().check(z.minimum(1)),
  /** Total surveyed area in square metres. */
  totalAreaM2: z.number().check(z.positive()),
  /** Total residues counted. */
  totalCount: z.int().check(z.minimum(0)),
  /** The place with the most residues per square metre, if known. */
  densest: z.optional(
    z.strictObject({
      /** Name of the place as the pupils wrote it, e.g. 校门口. */
      name: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
      /** Residues per square metre there. */
      perSquareMetre: z.number().check(z.minimum(0)),
    }),
  ),
});
export type FindingsSummary = z.output<typeof FindingsSummarySchema>;

/**
 * What the class saw in its decomposition comparison (step 6), for the letter: for each item, the
 * biggest change any group recorded at its last check, and where. Made from the class's own
 * records, so the letter never states a result the class did not observe.
 */
export const DecompositionFindingsSchema = z.strictObject({
  /** The last day with a check (day 0 = each group's start). */
  lastDay: z.int().check(z.minimum(0)),
  /** One entry per item that was observed. */
  items: z
    .array(
      z.strictObject({
        /** The item (口香糖残胶, 废纸, 塑料). */
        item: z.enum(sampleItems),
        /** Its biggest recorded change at the last check of each series. */
        state: z.enum(sampleStates),
        /** Where that change was recorded. */
        medium: z.enum(media),
      }),
    )
    .check(z.minLength(1)),
});
export type DecompositionFindings = z.output<typeof DecompositionFindingsSchema>;
