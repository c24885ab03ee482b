import * as z from 'zod/mini';
import { GroupSchema } from './gum-group';
import { SurveySchema } from './gum-survey';
import { MeasurementSchema } from './gum-measurement';
import { DecompositionSchema } from './gum-decomposition';
import { TimestampSchema } from './gum-common';

/** Marks a file as the merged class data of the gum experiment. */
export const GUM_CLASS_FORMAT = 'eck-gum-class';
/** The class file and stored class data version this build writes and the newest it reads. */
export const GUM_CLASS_VERSION = 1;
/** Most groups a class file may hold (a class has at most a few dozen tablets). */
export const MAX_CLASS_GROUPS = 100;

/** One group's data as the teacher's device keeps it: the group's records, merged by id. */
export const ClassGroupSchema = z.strictObject({
  /** The group (its id keys the group; the newest `updatedAt` wins on import). */
  group: GroupSchema,
  /** When the newest imported file of this group was made. */
  exportedAt: TimestampSchema,
  /** Surveys (清点), sorted by createdAt then id. */
  surveys: z.array(SurveySchema),
  /** Residue measurements, sorted by createdAt then id. */
  measurements: z.array(MeasurementSchema),
  /** Decomposition setup, predictions and observations (lists sorted by createdAt then id). */
  decomposition: DecompositionSchema,
});
export type ClassGroup = z.output<typeof ClassGroupSchema>;

/** Every group's data on the teacher's device, under 'eck:gum-class:v1'. */
export const ClassDataSchema = z.strictObject({
  /** Version of this stored shape; 1. */
  schemaVersion: z.literal(GUM_CLASS_VERSION),
  /** Groups, sorted by the group's createdAt then id; each group id at most once. */
  groups: z.array(ClassGroupSchema).check(
    z.maxLength(MAX_CLASS_GROUPS),
    z.refine((gs) => new Set(gs.map((g) => g.group.id)).size === gs.length, {
      message: '同一个小组出现了两次。',
    }),
  ),
});
export type ClassData = z.output<typeof ClassDataSchema>;

/** No groups yet: what the teacher's device starts with. */
export function emptyClassData(): ClassData {
  return { schemaVersion: GUM_CLASS_VERSION, groups: [] };
}

/**
 * The class file the class view exports (`口香糖实验-全班-<date>.json`) and imports again.
 * Every object is strict: an unknown key makes the file invalid.
 */
export const GumClassExportSchema = z.strictObject({
  /** Always 'eck-gum-class'. */
  format: z.literal(GUM_CLASS_FORMAT),
  /** Version of this file format; 1. Newer versions are refused with a message. */
  schemaVersion: z.literal(GUM_CLASS_VERSION),
  /** When the file was made (ISO 8601 UTC). */
  exportedAt: TimestampSchema,
  /** The groups, as in the stored class data. */
  groups: ClassDataSchema.shape.groups,
});
export type GumClassExport = z.output<typeof GumClassExportSchema>;
