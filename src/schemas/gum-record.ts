import * as z from 'zod/mini';
import { placeTypes } from './gum-vocab';
import { GroupSchema } from './gum-group';
import { SurveySchema } from './gum-survey';
import { MeasurementSchema } from './gum-measurement';
import { DecompositionSchema } from './gum-decomposition';
import { CalendarDateSchema, TimestampSchema, numberLimits, idsAreUnique } from './gum-common';

/**
 * Everything one group records on one tablet, as kept in localStorage under
 * `GUM_RECORD_KEY` ('eck:gum-record:v2'). Version 1 is `GumRecordV1Schema` below.
 */
export const GumRecordSchema = z
  .strictObject({
    /** Version of this stored shape; 2. */
    schemaVersion: z.literal(2),
    /** The group, or null until the group has entered its name. */
    group: z.nullable(GroupSchema),
    /** Surveys (清点), in the order they were recorded. */
    surveys: z.array(SurveySchema),
    /** Residue measurements, in the order they were recorded. */
    measurements: z.array(MeasurementSchema),
    /** The decomposition log. */
    decomposition: DecompositionSchema,
    /** When the group last exported a file, or null if never; drives the export reminder. */
    lastExportedAt: z.nullable(TimestampSchema),
  })
  .check(
    z.refine(
      (r) =>
        idsAreUnique(
          r.surveys,
          r.measurements,
          r.decomposition.predictions,
          r.decomposition.observations,
        ),
      { message: '有两条记录的编号相同。' },
    ),
  );
export type GumRecord = z.output<typeof GumRecordSchema>;

/** An empty record: what a tablet starts with. */
export function emptyGumRecord(): GumRecord {
  return {
    schemaVersion: 2,
    group: null,
    surveys: [],
    measurements: [],
    decomposition: { setup: null, predictions: [], observations: [] },
    lastExportedAt: null,
  };
}

/**
 * Version 1 of the stored record ('eck:gum-record:v1'), the first prototype: only the group
 * name and the surveys, without ids, times, length × width or notes. Read once and migrated
 * to version 2 by `migrateGumRecordV1` in `src/lib/gum-migrate.ts`.
 */
export const GumRecordV1Schema = z.object({
  /** Always 1. */
  version: z.literal(1),
  /** Group name or number. */
  groupName: z.string(),
  /** Surveys as the prototype stored them. */
  surveys: z.array(
    z.object({
      /** `YYYY-MM-DD`. */
      date: CalendarDateSchema,
      /** Kind of place. */
      placeType: z.enum(placeTypes),
      /** Name of the place (for `other`, also the kind of place). */
      placeName: z.string(),
      /** Area in m². */
      area: z.number().check(z.positive(), z.maximum(numberLimits.areaSquareMetres)),
      /** Residues counted. */
      count: z.int().check(z.minimum(0), z.maximum(numberLimits.count)),
    }),
  ),
});
export type GumRecordV1 = z.output<typeof GumRecordV1Schema>;
