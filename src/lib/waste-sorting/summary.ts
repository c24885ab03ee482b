/** The end-of-round summary: how the class did and which items were missed most. */
import type { WasteCategory } from '../../schemas/waste-sorting/vocab';
import type { RoundState } from './round';

export interface MissedItem {
  itemId: string;
  /** Wrong drops of this item. */
  wrong: number;
  /** The wrong bins it went into, most frequent first. */
  wrongBins: WasteCategory[];
  /** Whether it was in the end sorted right. */
  sorted: boolean;
}

export interface RoundSummary {
  total: number;
  /** Cards in the right bin at the end. */
  sorted: number;
  /** Cards sorted right on the first try. */
  firstTry: number;
  /** All wrong drops. */
  wrongDrops: number;
  /** Cards never sorted right (time up or stopped). */
  unsorted: string[];
  /** Items with at least one wrong drop, most wrong first (ties: deal order). */
  missed: MissedItem[];
}

/** Summarise a round (also usable mid-round). */
export function summarizeRound(state: RoundState): RoundSummary {
  const wrongBy = new Map<string, WasteCategory[]>();
  const rightOnFirst = new Set<string>();
  const seen = new Set<string>();
  for (const a of state.attempts) {
    if (!seen.has(a.itemId) && a.correct) rightOnFirst.add(a.itemId);
    seen.add(a.itemId);
    if (!a.correct) wrongBy.set(a.itemId, [...(wrongBy.get(a.itemId) ?? []), a.bin]);
  }
  const remaining = new Set(state.remaining);
  const missed = state.order
    .filter((id) => wrongBy.has(id))
    .map((itemId) => {
      const bins = wrongBy.get(itemId) ?? [];
      const counts = new Map<WasteCategory, number>();
      for (const b of bins) counts.set(b, (counts.get(b) ?? 0) + 1);
      const wrongBins = [...counts.keys()].sort(
        (x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0),
      );
      return { itemId, wrong: bins.length, wrongBins, sorted: !remaining.has(itemId) };
    })
    .sort((a, b) => b.wrong - a.wrong);
  return {
    total: state.order.length,
    sorted: state.order.length - state.remaining.length,
    firstTry: rightOnFirst.size,
    wrongDrops: state.attempts.filter((a) => !a.correct).length,
    unsorted: state.remaining.slice(),
    missed,
  };
}
