import * as z from 'zod/mini';
import { media, sampleItems, sampleStates } from './gum-vocab';
import {
  CalendarDateSchema,
  numberLimits,
  plainText,
  measuredBetween,
  numberMinimums,
  recordMeta,
  requiredText,
  textLimits,
} from './gum-common';

const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;

/** How the decomposition comparison was set up (step 6). Day 0 is the start date. */
export const DecompositionSetupSchema = z.strictObject({
  /** When the setup was first saved. */
  createdAt: recordMeta.createdAt,
  /** When the setup was last changed. */
  updatedAt: recordMeta.updatedAt,
  /** Day the samples were put in (day 0), `YYYY-MM-DD`; not in the future. */
  startDate: CalendarDateSchema,
  /** Where samples were put: one or more media, no repeats (`gum-vocab.ts` media). */
  media: z
    .array(z.enum(media))
    .check(z.minLength(1), z.refine(unique, { message: '地方不能重复。' })),
  /** Which items are compared: one or more, no repeats (`gum-vocab.ts` sampleItems). */
  items: z
    .array(z.enum(sampleItems))
    .check(z.minLength(1), z.refine(unique, { message: '样品不能重复。' })),
  /** Optional note, e.g. where the buried samples are (0–200 characters). */
  note: plainText(textLimits.note),
});
export type DecompositionSetup = z.output<typeof DecompositionSetupSchema>;

/** One pupil's prediction, written before the first check and not changed afterwards. */
export const PredictionSchema = z.strictObject({
  ...recordMeta,
  /** Who predicted: a nickname (1–10 characters), not a real name. */
  pupil: requiredText(textLimits.nickname),
  /** The item the pupil expects to change most. */
  mostChangeItem: z.enum(sampleItems),
  /** The item the pupil expects to change least. */
  leastChangeItem: z.enum(sampleItems),
  /** The medium the pupil expects the biggest change in. */
  mostChangeMedium: z.enum(media),
  /** Why, in the pupil's words (0–200 characters). */
  reason: plainText(textLimits.note),
});
export type Prediction = z.output<typeof PredictionSchema>;

/** The state of one item in one medium at one check. */
export const ObservationEntrySchema = z.strictObject({
  /** Which item (`gum-vocab.ts` sampleItems). */
  item: z.enum(sampleItems),
  /** Which medium (`gum-vocab.ts` media). */
  medium: z.enum(media),
  /** Observed state on the four-step scale (`gum-vocab.ts` sampleStates). */
  state: z.enum(sampleStates),
  /** Longest side in cm (> 0, ≤ 50), or null if not measured. */
  sizeCm: z.nullable(measuredBetween(numberMinimums.sampleSizeCm, numberLimits.sampleSizeCm)),
  /** Optional note: colour, softness, smell… (0–100 characters). */
  note: plainText(textLimits.entryNote),
});
export type ObservationEntry = z.output<typeof ObservationEntrySchema>;

/** One check of the samples on one day. The day number is derived from the start date. */
export const ObservationSchema = z.strictObject({
  ...recordMeta,
  /** Day of the check, `YYYY-MM-DD`; not before the start date, not in the future. */
  date: CalendarDateSchema,
  /** Who looked: a nickname (0–10 characters). */
  observer: plainText(textLimits.nickname),
  /** One entry per item × medium that was checked; at least one, each pair once. */
  entries: z.array(ObservationEntrySchema).check(
    z.minLength(1),
    z.refine((es) => unique(es.map((e) => `${e.item}/${e.medium}`)), {
      message: '同一样品在同一地方只能记录一次。',
    }),
  ),
  /** Optional note about the whole check (0–200 characters). */
  note: plainText(textLimits.note),
});
export type Observation = z.output<typeof ObservationSchema>;

/** The decomposition log: setup (null until saved), predictions, observations. */
export const DecompositionSchema = z.strictObject({
  /** The setup, or null before the group has set up its samples. */
  setup: z.nullable(DecompositionSetupSchema),
  /** Pupils' predictions, in the order they were made. */
  predictions: z.array(PredictionSchema),
  /** Checks, in the order they were recorded (sort by date to show). */
  observations: z.array(ObservationSchema),
});
export type Decomposition = z.output<typeof DecompositionSchema>;
