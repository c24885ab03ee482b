/**
 * Unsent form input kept for a moment in sessionStorage: the page is about to reload (an update
 * the user accepted, or a reload) and the half-filled form comes back afterwards.
 */

/**
 * Window event the offline shell (src/components/OfflineSupport.astro, which spells it out)
 * fires, synchronously, just before it reloads for an update.
 */
export const BEFORE_UPDATE_EVENT = 'eck:before-update';

export { draftKey } from './storage/storage-keys';

/** Strings as '', objects and lists as their keys (and whether a list) with their shapes. */
function shape(v: unknown): unknown {
  if (typeof v === 'string') return '';
  if (typeof v !== 'object' || v === null) return v;
  return [Array.isArray(v), Object.entries(v).map(([k, x]) => [k, shape(x)])];
}

/**
 * Whether `raw` has exactly the shape of `template`: the same keys in the same order, lists of
 * the same length, strings where it has strings. A draft written by another version of the
 * form, or damaged, fails.
 */
export function isShapedLike<T>(template: T, raw: unknown): raw is T {
  return JSON.stringify(shape(raw)) === JSON.stringify(shape(template));
}
