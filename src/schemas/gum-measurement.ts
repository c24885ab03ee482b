import * as z from 'zod/mini';
import { removalDifficulties, surfaces } from './gum-vocab';
import {
  measuredBetween,
  numberLimits,
  numberMinimums,
  plainText,
  recordMeta,
  textLimits,
} from './gum-common';

/**
 * One pressed residue tested on a surface (steps 3–4): how hard it was to remove and its
 * diameter. The area πr² is derived, never stored: see `tests/support/gum-old/gum-calc.ts` (the old code) and the engine's derived values.
 */
export const MeasurementSchema = z.strictObject({
  ...recordMeta,
  /** Surface the residue was pressed on (`gum-vocab.ts` surfaces). */
  surface: z.enum(surfaces),
  /** How hard it was to remove (`gum-vocab.ts` removalDifficulties). */
  difficulty: z.enum(removalDifficulties),
  /** Diameter of the pressed residue in cm, 0.1 to 50, or null if not measured. */
  diameterCm: z.nullable(measuredBetween(numberMinimums.diameterCm, numberLimits.diameterCm)),
  /**
   * Grades 1–2: the widest part of the residue in cm (a whole number read off a ruler), 0.1 to
   * 50. Absent when not measured this way.
   */
  widestCm: z.optional(measuredBetween(numberMinimums.diameterCm, numberLimits.diameterCm)),
  /**
   * Grades 3–5: the residue's area as the number of 1 cm squares it covers on grid paper
   * (= 平方厘米), a whole number 1–2,000. Absent when not measured this way.
   */
  squares: z.optional(z.int().check(z.minimum(1), z.maximum(numberLimits.squares))),
  /** Optional note (0–200 characters), plain text. */
  note: plainText(textLimits.note),
});
export type Measurement = z.output<typeof MeasurementSchema>;
