import * as z from 'zod/mini';

/**
 * Schemas use `zod/mini` (the same Zod 4 as `astro/zod`, but tree-shakable): they also run in
 * the record page's island, whose JavaScript budget classic Zod alone would exceed.
 *
 * Building blocks shared by the records of the gum experiment (group, surveys, measurements,
 * decomposition log): ids, times, calendar dates and the limits of free text.
 */

/** Longest text each field accepts; the page shows these limits next to the fields. */
export const textLimits = {
  groupName: 20,
  nickname: 10,
  nicknames: 8,
  placeName: 30,
  placeOther: 20,
  note: 200,
  entryNote: 100,
} as const;

/** Largest numbers accepted (the same limits as the form messages). */
export const numberLimits = {
  /** Residues counted in one survey. */
  count: 100_000,
  /** Surveyed area in m². */
  areaSquareMetres: 100_000,
  /** One side of a surveyed area in metres. */
  sideMetres: 10_000,
  /** Diameter of a pressed residue in cm. */
  diameterCm: 50,
  /** 1 cm grid squares a residue covers (its area in cm²). */
  squares: 2_000,
  /** Size of a decomposition sample in cm. */
  sampleSizeCm: 50,
} as const;

/**
 * Smallest measured quantities accepted: below these a measurement is a typing slip or a forged
 * file (an area of 1e-320 m² made densities of Infinity). A school ruler reads millimetres; areas
 * are rounded to 0.01 m².
 */
export const numberMinimums = {
  areaSquareMetres: 0.01,
  sideMetres: 0.01,
  diameterCm: 0.1,
  sampleSizeCm: 0.1,
} as const;

/** A record id: a random (version 4) UUID made with the `uuid` package; any RFC 9562 UUID is accepted. */
export const IdSchema = z.uuid();

/** A moment as an ISO 8601 UTC string, e.g. `2026-11-29T08:15:00.000Z`. */
export const TimestampSchema = z.iso.datetime();

/** A calendar day as `YYYY-MM-DD` (the device's local date when it was entered). */
export const CalendarDateSchema = z.iso.date();

/**
 * Plain text (never rendered as HTML), at most `max` characters after trimming. Control and bidi
 * characters are dropped by the forms and refused at import (`src/lib/gum-import.ts`).
 */
export function plainText(max: number) {
  return z.string().check(z.trim(), z.maxLength(max));
}

/** Plain text of 1 to `max` characters after trimming. */
export function requiredText(max: number) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
}

/** A number from `min` (a measurable amount, > 0) to `max`. */
export function measuredBetween(min: number, max: number) {
  return z.number().check(z.minimum(min), z.maximum(max));
}

/** Fields every stored record has. */
export const recordMeta = {
  /** Random UUID, unique within the group's data. */
  id: IdSchema,
  /** When the record was first saved. */
  createdAt: TimestampSchema,
  /** When the record was last changed (equal to createdAt if never edited). */
  updatedAt: TimestampSchema,
};

/** Whether no two records in the lists share an id (the class view merges files by id). */
export function idsAreUnique(...lists: readonly (readonly { id: string }[])[]): boolean {
  const ids = lists.flatMap((l) => l.map((x) => x.id));
  return new Set(ids).size === ids.length;
}
