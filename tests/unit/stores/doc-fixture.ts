/**
 * The small value the persistence layer's tests store: a list of numbers; anything else in it
 * is dropped by its salvage (one dropped item per non-number, the whole value when it has no list).
 */
import type { Salvaged } from '../../../src/stores/persisted';

export type Doc = { items: number[] };
export const KEY = 'eck:test:v2';
export const NOW = '2026-03-02T08:00:00.000Z';
export const empty = (): Doc => ({ items: [] });
export function salvage(raw: unknown): Salvaged<Doc> {
  const items = (raw as { items?: unknown })?.items;
  if (!Array.isArray(items)) return { value: empty(), dropped: 1 };
  const kept = items.filter((x): x is number => typeof x === 'number');
  return { value: { items: kept }, dropped: items.length - kept.length };
}
