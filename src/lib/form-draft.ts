/**
 * Unsent form input kept for a moment in sessionStorage: the page is about to reload (an update
 * the user accepted, or a reload) and the half-filled form comes back afterwards.
 */

/**
 * Window event the offline shell (src/components/OfflineSupport.astro, which spells it out)
 * fires, synchronously, just before it reloads for an update.
 */
export const BEFORE_UPDATE_EVENT = 'eck:before-update';

/** sessionStorage key of one form's draft. */
export const draftKey = (form: string): string => `eck:draft:${form}`;

/** Longest string list accepted where the template's list is empty (free choices). */
const maxFreeList = 100;

/**
 * `raw` shaped like `template` (strings, lists and objects of them), or null when any part
 * differs. Only the template's keys are read, so a stored draft cannot add fields.
 */
export function coerceLike<T>(template: T, raw: unknown): T | null {
  if (typeof template === 'string') return typeof raw === 'string' ? (raw as T) : null;
  if (Array.isArray(template)) {
    if (!Array.isArray(raw)) return null;
    if (template.length === 0) {
      const ok = raw.length <= maxFreeList && raw.every((x) => typeof x === 'string');
      return ok ? (raw as T) : null;
    }
    if (raw.length !== template.length) return null;
    const out: unknown[] = [];
    for (const [i, t] of template.entries()) {
      const v = coerceLike<unknown>(t, raw[i]);
      if (v === null) return null;
      out.push(v);
    }
    return out as T;
  }
  if (typeof template === 'object' && template !== null) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const out: Record<string, unknown> = {};
    for (const [k, t] of Object.entries(template)) {
      const v = coerceLike<unknown>(t, (raw as Record<string, unknown>)[k]);
      if (v === null) return null;
      out[k] = v;
    }
    return out as T;
  }
  return null;
}
