// zod/mini (the same Zod 4, tree-shakable): this schema runs in the letter page's island.
import * as z from 'zod/mini';

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
