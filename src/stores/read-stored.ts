/**
 * Reading, never writing, a value another page keeps on this device (the class view's data for
 * a letter). A damaged value counts as none unless the durable copy of that same save (or a
 * later one) is intact, as the owner's store decides on loading (`restore` in ./persisted.ts):
 * a reader must not print wrong numbers.
 */
import { parseJson } from '../lib/safe-json';
import { savedAtKeyFor } from '../lib/storage/storage-keys';
import { browserDurableCopy, type DurableEngine } from './persisted';

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

type Schema<T> = { safeParse(v: unknown): { success: true; data: T } | { success: false } };

/** `raw` if it is JSON that passes `schema`, else null. */
function parseStored<T>(raw: string | null, schema: Schema<T>): T | null {
  const json = raw === null ? null : parseJson(raw);
  const parsed = json?.ok ? schema.safeParse(json.value) : null;
  return parsed?.success ? parsed.data : null;
}

/** `storage.getItem(key)`; undefined when it throws. */
function getItem(storage: ReadableStorage | null, key: string): string | null | undefined {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
}

/**
 * Whether the owning store loads the durable copy rather than localStorage's value (its rule in
 * `reconcile`, ./persisted.ts): it differs and is newer than localStorage's last write, or
 * localStorage has none or no time of it.
 */
export function durableIsNewer(
  lsText: string | null,
  lsAt: string | null,
  copy: { text: string; at: string } | null,
): copy is { text: string; at: string } {
  return (
    copy !== null && copy.text !== lsText && (lsText === null || lsAt === null || lsAt < copy.at)
  );
}

/**
 * What the page that owns `key` loads (see `reconcile` in ./persisted.ts): its durable
 * IndexedDB copy when that is newer than localStorage's (a browser killed before localStorage
 * reached the disk), else localStorage's value; when that is damaged, the intact durable copy
 * of the same save or a later one, else null (the owner repairs it); null when storage is
 * refused. Never throws.
 */
export async function readNewestValue<T>(
  key: string,
  schema: Schema<T>,
  storage: ReadableStorage | null = browserLocalStorage(),
  durable: () => Promise<DurableEngine | null> = browserDurableCopy,
): Promise<T | null> {
  const raw = getItem(storage, key);
  if (raw === undefined || storage === null) return null;
  const local = parseStored(raw, schema);
  const lsAt = getItem(storage, savedAtKeyFor(key)) ?? null;
  const copy = await durable()
    .then((d) => d?.get(key) ?? null)
    .catch(() => null);
  // localStorage's value damaged: the owner loads the durable copy of that same save instead
  // (`restore` in ./persisted.ts), when there is one; else it repairs it, and that counts as none.
  if (raw !== null && local === null) {
    return copy && lsAt !== null && copy.at >= lsAt ? parseStored(copy.text, schema) : null;
  }
  const newer = durableIsNewer(raw, lsAt, copy) ? parseStored(copy.text, schema) : null;
  return newer ?? local;
}
