import { z } from 'astro/zod';

/**
 * What a class found in its gum residue survey, summed over all places: the input of the
 * proposal letter. The class data view (issue 5) is to produce it from the saved records.
 */
export const FindingsSummarySchema = z.strictObject({
  /** Number of places surveyed. */
  places: z.number().int().min(1),
  /** Total surveyed area in square metres. */
  totalAreaM2: z.number().positive().finite(),
  /** Total residues counted. */
  totalCount: z.number().int().min(0),
  /** The place with the most residues per square metre, if known. */
  densest: z
    .strictObject({
      /** Name of the place as the pupils wrote it, e.g. 校门口. */
      name: z.string().trim().min(1).max(40),
      /** Residues per square metre there. */
      perSquareMetre: z.number().min(0).finite(),
    })
    .optional(),
});
export type FindingsSummary = z.output<typeof FindingsSummarySchema>;
