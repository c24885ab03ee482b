/**
 * The order every merge of groups' files follows: for the same record the later `updatedAt`
 * wins; equal times fall back to a fixed order of the records' JSON, so a merge does not depend
 * on the order of imports. Pure.
 */

export interface Stamped {
  updatedAt: string;
}
export interface Keyed extends Stamped {
  id: string;
  createdAt: string;
}

export function time(t: string): number {
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? ms : 0;
}

/** Whether `a` should replace `b`: later updatedAt; on a tie, the larger JSON (a fixed order). */
export function isNewer(a: Stamped, b: Stamped): boolean {
  const d = time(a.updatedAt) - time(b.updatedAt);
  if (d !== 0) return d > 0;
  return JSON.stringify(a) > JSON.stringify(b);
}

/** Lists are kept sorted by createdAt, then id. */
export function byCreated(a: Keyed, b: Keyed): number {
  const d = time(a.createdAt) - time(b.createdAt);
  if (d !== 0) return d;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What a merge of one group did to its records. */
export interface Counts {
  added: number;
  updated: number;
  ignored: number;
}

/** Merge records by id, the newer copy winning; the list is a new array only when it changed. */
export function mergeById<T extends Keyed>(
  old: readonly T[],
  incoming: readonly T[],
  counts: Counts,
): T[] {
  const byId = new Map<string, T>();
  for (const x of old) byId.set(x.id, x);
  let changed = false;
  for (const x of incoming) {
    const cur = byId.get(x.id);
    if (!cur) {
      byId.set(x.id, x);
      counts.added += 1;
      changed = true;
    } else if (isNewer(x, cur)) {
      byId.set(x.id, x);
      counts.updated += 1;
      changed = true;
    } else {
      counts.ignored += 1;
    }
  }
  return changed ? [...byId.values()].sort(byCreated) : [...old];
}
