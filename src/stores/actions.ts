/** What the record stores' actions share: their result and the clock they stamp records with. */

/** `saved` false: the change is kept in memory but could not be written (see `$save`). */
export type ActionResult = { ok: true; id?: string; saved: boolean } | { ok: false; error: string };

/** Time and new ids (tests pass fixed ones). */
export interface Clock {
  now: () => Date;
  newId: () => string;
}

/** How long a deleted record can be brought back. */
export const UNDO_MS = 15_000;
