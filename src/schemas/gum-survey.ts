import * as z from 'zod/mini';
import { placeTypes } from './gum-vocab';
import {
  CalendarDateSchema,
  numberLimits,
  plainText,
  measuredBetween,
  numberMinimums,
  recordMeta,
  textLimits,
} from './gum-common';

/**
 * One survey (清点): residues counted in a measured area. Density (per m², per 100 m²) is
 * derived, never stored: see `tests/support/gum-old/gum-calc.ts` (the old code) and the engine's derived values.
 */
export const SurveySchema = z
  .strictObject({
    ...recordMeta,
    /** Day of the survey, `YYYY-MM-DD`; not in the future. */
    date: CalendarDateSchema,
    /** Kind of place, from the shared vocabulary (`gum-vocab.ts` placeTypes). */
    placeType: z.enum(placeTypes),
    /** The pupils' own word for the kind of place when placeType is `other`, else "". */
    placeOther: plainText(textLimits.placeOther),
    /** Which place exactly, e.g. "三楼楼道" (0–30 characters). */
    placeName: plainText(textLimits.placeName),
    /**
     * Surveyed area in m², 0.01 to 100,000. When length and width were measured this is
     * their product (rounded to 0.01 m²). null: not measured (grades 1–2 only count), so the
     * survey counts towards residues but not towards densities.
     */
    areaSquareMetres: z.nullable(
      measuredBetween(numberMinimums.areaSquareMetres, numberLimits.areaSquareMetres),
    ),
    /** Measured length in metres (0.01 to 10,000), or null when the area was given directly. */
    lengthMetres: z.nullable(measuredBetween(numberMinimums.sideMetres, numberLimits.sideMetres)),
    /** Measured width in metres (0.01 to 10,000), or null when the area was given directly. */
    widthMetres: z.nullable(measuredBetween(numberMinimums.sideMetres, numberLimits.sideMetres)),
    /** Residues counted: a whole number from 0 to 100,000. */
    count: z.int().check(z.minimum(0), z.maximum(numberLimits.count)),
    /** Optional note (0–200 characters), plain text. */
    note: plainText(textLimits.note),
  })
  .check(
    z.refine((s) => (s.lengthMetres === null) === (s.widthMetres === null), {
      message: '长和宽要么都填，要么都不填。',
      path: ['widthMetres'],
    }),
    z.refine((s) => s.placeType === 'other' || s.placeOther === '', {
      message: '只有“其他”地点才填自己的名称。',
      path: ['placeOther'],
    }),
    z.refine((s) => s.placeType !== 'other' || s.placeOther !== '', {
      message: '请写出是什么地方。',
      path: ['placeOther'],
    }),
    z.refine((s) => s.lengthMetres === null || s.areaSquareMetres !== null, {
      message: '填了长和宽，就要有面积。',
      path: ['areaSquareMetres'],
    }),
    z.refine(
      (s) =>
        s.areaSquareMetres === null ||
        s.lengthMetres === null ||
        s.widthMetres === null ||
        Math.abs(s.lengthMetres * s.widthMetres - s.areaSquareMetres) <= 0.01,
      { message: '面积应等于长 × 宽。', path: ['areaSquareMetres'] },
    ),
  );
export type Survey = z.output<typeof SurveySchema>;
