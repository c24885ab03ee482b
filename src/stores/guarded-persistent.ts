/**
 * A value remembered in localStorage through @nanostores/persistent, guarded on both sides:
 * a stored value that is not JSON or fails the schema is backed up raw and falls back to the
 * defaults with a notice; a write that fails (storage full or disabled) keeps the value in memory and says so.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type * as z from 'zod/mini';

/** Messages shown next to the settings. */
export const storageMessages = {
  corrupt: '本设备上保存的内容已损坏或来自旧版本，已恢复为默认内容。',
  writeFailed:
    '没能保存到本设备（存储空间已满，或浏览器禁止保存）。现在的内容仍可使用和打印，但关闭页面后会丢失。',
} as const;

/**
 * Copy a stored value that could not be read to `<key>:backup:<time>` before anything
 * overwrites it; false when that is impossible (no storage, or it is full).
 */
function backUp(key: string, raw: string): boolean {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return false;
    storage.setItem(`${key}:backup:${new Date().toISOString()}`, raw);
    return true;
  } catch {
    return false;
  }
}

export interface GuardedStore<T> {
  /** The current value (what the page shows and prints). */
  $value: ReadableAtom<T>;
  /** Set when the stored value could not be read. */
  $loadNotice: ReadableAtom<string | null>;
  /** Set while saving to the device fails. */
  $saveError: ReadableAtom<string | null>;
  /** Replace the value and try to save it. */
  set(next: T): void;
  /** Hide the load notice. */
  dismissNotice(): void;
}

/** Create a guarded, schema-checked persistent value under a storage key. */
export function guardedPersistent<S extends z.ZodMiniType>(
  key: string,
  schema: S,
  defaults: z.output<S>,
): GuardedStore<z.output<S>> {
  type T = z.output<S>;
  const $loadNotice = atom<string | null>(null);
  const $saveError = atom<string | null>(null);
  const backedUp = new Set<string>();
  const decode = (encoded: string): T => {
    try {
      const result = schema.safeParse(JSON.parse(encoded));
      if (result.success) return result.data;
    } catch {
      // Not JSON: fall through to the defaults.
    }
    if (!backedUp.has(encoded) && backUp(key, encoded)) backedUp.add(encoded);
    $loadNotice.set(storageMessages.corrupt);
    return defaults;
  };
  const $stored = persistentAtom<T>(key, defaults, { encode: JSON.stringify, decode });
  // The shown value lives in its own atom so it can change even when saving fails.
  const $value = atom<T>($stored.get() as T);
  // Changes from another tab arrive through the persistent store (values are read-only).
  $stored.listen((v) => $value.set(v as T));
  return {
    $value,
    $loadNotice,
    $saveError,
    set(next) {
      $value.set(next);
      try {
        $stored.set(next);
        $saveError.set(null);
      } catch {
        $saveError.set(storageMessages.writeFailed);
      }
    },
    dismissNotice() {
      $loadNotice.set(null);
    },
  };
}
