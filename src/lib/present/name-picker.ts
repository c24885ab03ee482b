/**
 * Random name picker (随机点名): each draw picks someone not yet called in this round; when
 * everyone has been called a new round starts. Works by position, so two pupils with the same
 * name are each called once. Groups ("第 3 组") are drawn the same way. Pure: the random source
 * is passed in (Math.random in the view, a seeded one in tests).
 */

export interface PickerState {
  /** How many there are to call (names or groups). */
  size: number;
  /** Positions already called in this round, in order. */
  called: number[];
}

/** A random number in [0, 1), like Math.random. */
export type Random = () => number;

export const newPicker = (size: number): PickerState => ({
  size: Math.max(0, Math.floor(size)),
  called: [],
});

/** Draw one position; null when there is no one to call. */
export function drawNext(
  state: PickerState,
  random: Random,
): { pick: number; state: PickerState; newRound: boolean } | null {
  if (state.size <= 0) return null;
  const newRound = state.called.length >= state.size;
  const called = newRound ? [] : state.called;
  const taken = new Set(called);
  const left: number[] = [];
  for (let i = 0; i < state.size; i++) if (!taken.has(i)) left.push(i);
  const r = random();
  const at = Math.min(
    left.length - 1,
    Math.floor((Number.isFinite(r) ? Math.abs(r) % 1 : 0) * left.length),
  );
  const pick = left[at] ?? 0;
  return { pick, state: { size: state.size, called: [...called, pick] }, newRound };
}

/** Label of group `index` (0-based): "第 3 组". */
export const groupLabel = (index: number) => `第 ${index + 1} 组`;

/** The largest number of groups the picker offers. */
export const maxGroups = 20;
