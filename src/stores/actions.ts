/** What the record stores' actions share: their result and the clock they stamp records with. */
import { atom } from 'nanostores';

/** `saved` false: the change is kept in memory but could not be written (see `$save`). */
export type ActionResult = { ok: true; id?: string; saved: boolean } | { ok: false; error: string };

/** Time and new ids (tests pass fixed ones). */
export interface Clock {
  now: () => Date;
  newId: () => string;
}

/** How long a deleted record can be brought back. */
export const UNDO_MS = 15_000;

/**
 * What was last deleted, while it can be brought back: offered for UNDO_MS, then gone; taking
 * it (撤销删除) ends the offer. The record page's records and the class view's groups.
 */
export function undoSlot<T extends object>(now: () => number) {
  const $undo = atom<(T & { expiresAt: number }) | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    $undo,
    offer(item: T): void {
      clearTimeout(timer);
      $undo.set({ ...item, expiresAt: now() + UNDO_MS });
      timer = setTimeout(() => $undo.set(null), UNDO_MS);
    },
    take(): (T & { expiresAt: number }) | null {
      const u = $undo.get();
      clearTimeout(timer);
      $undo.set(null);
      return u;
    },
  };
}
