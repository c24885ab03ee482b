import * as z from 'zod/mini';
import { GroupSchema } from './gum-group';
import { SurveySchema } from './gum-survey';
import { MeasurementSchema } from './gum-measurement';
import { DecompositionSchema } from './gum-decomposition';
import { TimestampSchema, idsAreUnique } from './gum-common';

/** Marks a file as one group's gum-experiment data. */
export const GUM_EXPORT_FORMAT = 'eck-gum-group';
/** The export file version this build writes and the newest it reads. */
export const GUM_EXPORT_VERSION = 1;

/**
 * The file a group exports from the record page (`<group>-口香糖实验-<date>.json`) and the
 * class view imports. Every object is strict: an unknown key makes the file invalid.
 */
export const GumExportSchema = z
  .strictObject({
    /** Always 'eck-gum-group'. */
    format: z.literal(GUM_EXPORT_FORMAT),
    /** Version of this file format; 1. Newer versions are refused with a message. */
    schemaVersion: z.literal(GUM_EXPORT_VERSION),
    /** When the file was made (ISO 8601 UTC). */
    exportedAt: TimestampSchema,
    /** The group (always present: a group must have a name before it can export). */
    group: GroupSchema,
    /** Surveys (清点). */
    surveys: z.array(SurveySchema),
    /** Residue measurements. */
    measurements: z.array(MeasurementSchema),
    /** Decomposition setup, predictions and observations. */
    decomposition: DecompositionSchema,
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
export type GumExport = z.output<typeof GumExportSchema>;
