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
 * diameter. The area πr² is derived, never stored: see `src/lib/gum-calc.ts`.
 */
export const MeasurementSchema = z.strictObject({
  ...recordMeta,
  /** Surface the residue was pressed on (`gum-vocab.ts` surfaces). */
  surface: z.enum(surfaces),
  /** How hard it was to remove (`gum-vocab.ts` removalDifficulties). */
  difficulty: z.enum(removalDifficulties),
  /** Diameter of the pressed residue in cm, 0.1 to 50, or null if not measured. */
  diameterCm: z.nullable(measuredBetween(numberMinimums.diameterCm, numberLimits.diameterCm)),
  /** Optional note (0–200 characters), plain text. */
  note: plainText(textLimits.note),
});
export type Measurement = z.output<typeof MeasurementSchema>;
