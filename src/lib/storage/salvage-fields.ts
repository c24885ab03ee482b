/**
 * Salvage for a stored object of independent fields (settings, a letter draft): each field is
 * checked on its own, so one damaged field does not cost the others (a pasted class roster
 * survives a broken date).
 */
import * as z from 'zod/mini';
import type { Salvaged } from '../safe-json';

// Object.hasOwn needs Chromium 93; school PCs run 86.
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Turn a field value that failed its schema into a valid one, or null to use the default. */
export type FieldRepair<V> = (raw: unknown) => V | null;

/** A repair for text fields: a text that is only too long is cut to `max`. */
export const cutText =
  (max: number): FieldRepair<string> =>
  (raw) =>
    typeof raw === 'string' ? raw.slice(0, max) : null;

/**
 * Keep every field of `input` that passes its own schema in `shape`; a field that fails is
 * repaired when `repair` has a way, otherwise it takes its value from `defaults`. Unknown keys
 * are left out. `dropped` counts the fields repaired, defaulted or left out (at least 1 when the
 * whole value fails `schema`). Never throws.
 */
export function salvageFields<T extends Record<string, unknown>>(
  schema: z.ZodMiniType<T> & { shape: { [K in keyof T]: z.ZodMiniType<T[K]> } },
  defaults: T,
  input: unknown,
  repair: { [K in keyof T]?: FieldRepair<T[K]> } = {},
): Salvaged<T> {
  const whole = z.safeParse(schema, input);
  if (whole.success) return { value: whole.data, dropped: 0 };
  const value: T = { ...defaults };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { value, dropped: 1 };
  }
  const o = input as Record<string, unknown>;
  const out = value as Record<string, unknown>;
  let dropped = 0;
  for (const k of Object.keys(schema.shape) as (keyof T & string)[]) {
    const field = schema.shape[k];
    const raw = has(o, k) ? o[k] : undefined;
    const r = z.safeParse(field, raw);
    if (r.success) {
      out[k] = r.data;
      continue;
    }
    dropped += 1;
    const repaired = repair[k]?.(raw);
    const fixed = repaired == null ? null : z.safeParse(field, repaired);
    if (fixed?.success) out[k] = fixed.data;
  }
  for (const k of Object.keys(o)) if (!has(schema.shape, k)) dropped += 1;
  return { value, dropped: Math.max(dropped, 1) };
}
