/**
 * Reading, never writing, a value another page keeps on this device (the class view's data for
 * a letter). A value that fails the schema counts as none: the page that owns it repairs and
 * backs it up, and a reader must not print wrong numbers.
 */
import { parseJson } from '../lib/safe-json';

/** Storage a value is read from (localStorage in the browser). */
export type ReadableStorage = Pick<Storage, 'getItem'>;

/** The browser's localStorage, or null where it is disabled (private mode, policy). */
export function browserLocalStorage(): ReadableStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The value under `key` if it is JSON that passes `schema`, else null; never throws. */
export function readStoredValue<T>(
  storage: ReadableStorage | null,
  key: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
): T | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  const json = parseJson(raw);
  if (!json.ok) return null;
  const parsed = schema.safeParse(json.value);
  return parsed.success ? parsed.data : null;
}
