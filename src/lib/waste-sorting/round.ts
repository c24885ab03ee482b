/**
 * One round of the sorting game as plain data and pure transitions, so the island only renders
 * and dispatches. A card dropped in the right bin is absorbed; in a wrong bin it stays (bounces
 * back) and the mistake is counted for the summary.
 */
import type { WasteCategory } from '../../schemas/waste-sorting/vocab';

export interface Attempt {
  itemId: string;
  bin: WasteCategory;
  correct: boolean;
  /** Milliseconds since the round started. */
  at: number;
}

export interface RoundState {
  /** Item ids in the order the cards are dealt. */
  order: string[];
  /** Ids not yet sorted into the right bin. */
  remaining: string[];
  attempts: Attempt[];
  startedAt: number;
  /** Time limit in ms, or null for an untimed round. */
  limitMs: number | null;
  /** When the round ended (all sorted, time up or stopped), or null while it runs. */
  endedAt: number | null;
  /** Why it ended. */
  endReason: 'done' | 'time' | 'stopped' | null;
}

export type SortOutcome = 'right' | 'wrong' | 'ignored';

/** A new round over the given cards. */
export function startRound(
  order: readonly string[],
  now: number,
  limitMs: number | null = null,
): RoundState {
  const ids = order.filter((id, i) => order.indexOf(id) === i);
  return {
    order: ids,
    remaining: ids.slice(),
    attempts: [],
    startedAt: now,
    limitMs: limitMs !== null && limitMs > 0 ? limitMs : null,
    endedAt: ids.length ? null : now,
    endReason: ids.length ? null : 'done',
  };
}

/** Milliseconds left in a timed round (0 when over), or null when untimed. */
export function timeLeft(state: RoundState, now: number): number | null {
  if (state.limitMs === null) return null;
  const end = state.endedAt ?? now;
  return Math.max(0, state.limitMs - (end - state.startedAt));
}

/** End a timed round whose time is up; any other state is returned unchanged. */
export function expireIfDue(state: RoundState, now: number): RoundState {
  if (state.endedAt !== null || state.limitMs === null) return state;
  if (now - state.startedAt < state.limitMs) return state;
  return { ...state, endedAt: state.startedAt + state.limitMs, endReason: 'time' };
}

/** Stop the round early (the teacher presses 结束). */
export function stopRound(state: RoundState, now: number): RoundState {
  return state.endedAt !== null ? state : { ...state, endedAt: now, endReason: 'stopped' };
}

/**
 * A pupil drops `itemId` in `bin`. `correctBin` is the item's bin under the chosen rules.
 * Ignored when the round is over, the time is up or the card is already sorted.
 */
export function sortCard(
  state: RoundState,
  itemId: string,
  bin: WasteCategory,
  correctBin: WasteCategory,
  now: number,
): { state: RoundState; outcome: SortOutcome } {
  const current = expireIfDue(state, now);
  if (current.endedAt !== null || !current.remaining.includes(itemId)) {
    return { state: current, outcome: 'ignored' };
  }
  const correct = bin === correctBin;
  const attempts = [...current.attempts, { itemId, bin, correct, at: now - current.startedAt }];
  if (!correct) return { state: { ...current, attempts }, outcome: 'wrong' };
  const remaining = current.remaining.filter((id) => id !== itemId);
  const done = remaining.length === 0;
  return {
    state: {
      ...current,
      attempts,
      remaining,
      endedAt: done ? now : null,
      endReason: done ? 'done' : null,
    },
    outcome: 'right',
  };
}
