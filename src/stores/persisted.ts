/**
 * A guarded, versioned store kept in localStorage (or any `StorageEngine`): every change is
 * written at once; failed writes keep the data in memory and say why; damaged stored values
 * are backed up raw (once per damaged value) and the intact durable copy of the same save is
 * loaded, or else what is valid; a damaged value that could not be backed up is never
 * overwritten until it is or the user lets it go; other tabs' writes arrive by storage events.
 * With a `durable` engine each value also has a durable IndexedDB copy, and “saved” means it
 * is on disk. Reusable: give it a key, an empty value, a `salvage` function and optional
 * legacy keys (older keys migrated on first load, possibly by code loaded then).
 */
import { atom, type ReadableAtom } from 'nanostores';
import { parseJson, type Salvaged } from '../lib/safe-json';
import { backupKeyFor, savedAtKeyFor, STORAGE_PROBE_KEY } from '../lib/storage/storage-keys';

export type { Salvaged };

/** The part of the Web Storage API used here (a fake in tests). Every method may throw. */
export interface StorageEngine {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A durable copy of each value (IndexedDB with strict durability in the browser:
 * `src/stores/durable-idb.ts`). localStorage reaches the disk lazily, so a value written just
 * before the browser is killed can be lost; a strict IndexedDB transaction is on disk when it
 * completes. The store writes both and says “已保存” only when the durable copy is written.
 */
export interface DurableEngine {
  get(key: string): Promise<{ text: string; at: string } | null>;
  put(key: string, text: string, at: string): Promise<void>;
}

/** Why a write failed. */
export type WriteFailure = 'quota' | 'unavailable';

/** Whether memory and storage agree. */
export type SaveState =
  | { kind: 'loading' }
  /** Everything is in storage; `at` is the last write (null: just loaded). */
  | { kind: 'saved'; at: string | null }
  /** Written to localStorage; the durable copy is being written. */
  | { kind: 'saving'; at: string }
  /** The latest changes are only in memory. */
  | { kind: 'failed'; reason: WriteFailure; at: string }
  /**
   * Storage still holds a damaged value that could not be backed up: it is left untouched and
   * changes stay in memory until a backup succeeds or the user calls `release()`.
   */
  | { kind: 'held'; at: string | null };

/** Something the user should be told about after loading. */
export type LoadNotice =
  | {
      kind: 'recovered';
      /** Records or parts left out because they failed the schema (or all, if unreadable). */
      dropped: number;
      /**
       * Where the raw damaged value is kept (its backup copy, or the older key it was read from
       * and left in place), or null if it could not be copied.
       */
      backupKey: string | null;
      /** The raw value, kept in memory when it could not be backed up (for a download). */
      raw: string | null;
    }
  | { kind: 'migrated'; fromKey: string; dropped: number };

export interface LegacyKey<T> {
  key: string;
  /**
   * Turn the old value into the current one; null when nothing of it can be read (the user is
   * then told it is damaged; the old value stays where it is). May load its code first: the
   * store stays loading until it is done.
   */
  migrate: (raw: unknown) => Salvaged<T> | null | Promise<Salvaged<T> | null>;
}

export interface PersistedOptions<T> {
  /** Storage key with its version, from `lib/storage/storage-keys.ts`. */
  key: string;
  /** The value when nothing is stored. */
  empty: () => T;
  /** Validate a parsed stored value, keeping what is valid. */
  salvage: (raw: unknown) => Salvaged<T>;
  /** Older keys to migrate from when `key` is empty, newest first. Left in place after. */
  legacy?: LegacyKey<T>[];
  /** Where to keep the value; called on `load()`. Null: storage is not available. */
  engine: () => StorageEngine | null;
  /** Current time as an ISO string (tests pass a fixed clock). */
  now?: () => string;
  /**
   * The durable copy, loaded on `load()` (lazily: the IndexedDB code is its own chunk);
   * resolves to null where there is none. Without it, a write is saved once in `engine`.
   */
  durable?: () => Promise<DurableEngine | null>;
}

export interface Persisted<T> {
  $value: ReadableAtom<T>;
  $save: ReadableAtom<SaveState>;
  $notice: ReadableAtom<LoadNotice | null>;
  /** Read from storage (once at start-up; again to re-read). */
  load(): void;
  /** Change the value in memory and write it; false when the write failed. */
  set(next: T): boolean;
  /** Write the current value again (after freeing space). */
  retry(): boolean;
  /**
   * The user chose to let a damaged value that could not be backed up go (after downloading
   * it): the current value is written over it.
   */
  release(): boolean;
  dismissNotice(): void;
  /** Apply another tab's change; call from a `storage` event listener. */
  handleStorageEvent(e: { key: string | null; newValue: string | null }): void;
  /** Listen to `storage` events on a window; returns the function that stops listening. */
  listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
}

/** Whether an error thrown by setItem means the storage is full. */
export function isQuotaError(e: unknown): boolean {
  // Object(): null, undefined and other non-objects have neither.
  const { name, code } = Object(e) as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** The page's localStorage, or null when the browser refuses it (private mode, blocked). */
export function browserStorage(): StorageEngine | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    s.getItem(STORAGE_PROBE_KEY);
    return s;
  } catch {
    return null;
  }
}

export function createPersisted<T>(options: PersistedOptions<T>): Persisted<T> {
  const { key, empty, salvage, legacy = [] } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const $value = atom<T>(empty());
  const $save = atom<SaveState>({ kind: 'loading' });
  const $notice = atom<LoadNotice | null>(null);
  let engine: StorageEngine | null = null;
  /** The damaged stored value while it has no backup (it must not be overwritten). */
  let held: string | null = null;
  let durable: Promise<DurableEngine | null> | null = null;
  /** Counts writes: only the latest write's durable copy turns “saving” into “saved”. */
  let writes = 0;

  /**
   * Write the durable copy of `text`; “saved” once it is on disk (or when there is none: no
   * IndexedDB), failed when it is refused, so “已保存” is never shown for a write a kill loses.
   */
  function mirror(text: string, at: string, alone = false): void {
    const mine = ++writes;
    $save.set({ kind: durable ? 'saving' : 'saved', at });
    // Only the latest write's outcome counts, and only while nothing else changed the state.
    const settle = (next: SaveState) => {
      if (mine === writes && $save.get().kind === 'saving') $save.set(next);
    };
    void durable
      ?.then((d) => {
        // The only copy (localStorage had no room): without IndexedDB nothing is saved.
        if (!d && alone) throw new DOMException('no room', 'QuotaExceededError');
        return d?.put(key, text, at);
      })
      .then(
        () => settle({ kind: 'saved', at }),
        (e: unknown) =>
          settle({ kind: 'failed', reason: isQuotaError(e) ? 'quota' : 'unavailable', at }),
      );
  }

  /**
   * After loading: the durable copy wins when it is newer than localStorage's (a browser
   * killed before localStorage reached the disk); otherwise it is brought up to date. `orElse`
   * runs when there is no usable copy (an older key is then migrated).
   */
  function reconcile(lsText: string | null, orElse = (): void => undefined): void {
    if (!durable) return orElse();
    const before = writes;
    const loaded = $value.get();
    const lsAt = read(savedAtKeyFor(key));
    durable
      .then((d) => d?.get(key) ?? null)
      .then((copy) => {
        // The user or another tab changed something meanwhile: that change is the newest.
        if (changedSince(before, loaded) || held !== null || $save.get().kind === 'failed') return;
        if (copy === null || copy.text === lsText) {
          if (lsText !== null && copy === null) mirror(lsText, now());
          return orElse();
        }
        const storedAt = lsAt.ok ? lsAt.raw : null;
        if (lsText !== null && storedAt !== null && storedAt >= copy.at) {
          mirror(lsText, storedAt);
          return;
        }
        const { value, dropped } = decode(copy.text);
        if (dropped > 0) return orElse();
        $value.set(value);
        write(value);
      }, orElse);
  }

  /**
   * Whether the value changed since a load step began (`before`: the write count, `loaded`: the
   * value then): a change typed (written or not: a failed write leaves the count) or another
   * tab's value, each newer than anything the step was about to load.
   */
  const changedSince = (before: number, loaded: T) => writes !== before || $value.get() !== loaded;

  /**
   * localStorage's value was damaged (backed up, or held when it could not be): the durable copy
   * of that same save or a later one, when intact, is loaded and written back instead of what
   * could be salvaged, with no notice (nothing was lost; it holds all the damaged value held, so
   * a held value can go). Otherwise the salvage is written (or stays held) and `notice` says so.
   */
  function restore(value: T, notice: LoadNotice): void {
    const before = writes;
    const lsAt = read(savedAtKeyFor(key));
    const salvaged = () => {
      $notice.set(notice);
      if (held === null) write(value);
      else $save.set({ kind: 'held', at: null });
    };
    if (!durable) return salvaged();
    void durable
      .then((d) => d?.get(key))
      .catch(() => null)
      .then((copy) => {
        // Changed meanwhile: that change is the newest (it began from the salvage: say so).
        if (changedSince(before, value)) return $notice.set(notice);
        // No time of localStorage's save: never (no time sorts after '~').
        const whole = copy && lsAt.ok && copy.at >= (lsAt.raw ?? '~') && decode(copy.text);
        if (!whole || whole.dropped) return salvaged();
        held = null;
        $value.set(whole.value);
        write(whole.value);
      });
  }

  /** Copy a damaged value to its backup key unless that copy exists; the key, or null. */
  function backUp(raw: string): string | null {
    if (!engine) return null;
    const backupKey = backupKeyFor(key, raw);
    try {
      if (engine.getItem(backupKey) !== raw) engine.setItem(backupKey, raw);
      return backupKey;
    } catch {
      return null;
    }
  }

  /** Back up the held damaged value if there is room now; whether nothing is held any more. */
  function backUpHeld(): boolean {
    if (held === null) return true;
    const backupKey = backUp(held);
    if (backupKey === null) return false;
    held = null;
    const n = $notice.get();
    if (n?.kind === 'recovered') $notice.set({ ...n, backupKey, raw: null });
    return true;
  }

  function write(value: T): boolean {
    // Until the damaged value has its backup (space may have been freed), leave it alone.
    if (!backUpHeld()) {
      $save.set({ kind: 'held', at: now() });
      return false;
    }
    let text: string;
    try {
      text = JSON.stringify(value);
    } catch {
      $save.set({ kind: 'failed', reason: 'unavailable', at: now() });
      return false;
    }
    if (!engine) {
      $save.set({ kind: 'failed', reason: 'unavailable', at: now() });
      return false;
    }
    const at = now();
    try {
      engine.setItem(key, text);
    } catch (e) {
      const quota = isQuotaError(e);
      // localStorage has no room (a big class, a full tablet) but IndexedDB may: the durable
      // copy alone then holds the change, “saved” once it is on disk, and the next load takes it
      // (newer than localStorage's older value). Without IndexedDB the change is not saved.
      if (quota && durable) {
        mirror(text, at, true);
        return true;
      }
      $save.set({ kind: 'failed', reason: quota ? 'quota' : 'unavailable', at });
      return false;
    }
    try {
      engine.setItem(savedAtKeyFor(key), at);
    } catch {
      // Only the comparison with the durable copy needs it; that copy is written all the same.
    }
    mirror(text, at);
    return true;
  }

  function read(k: string): { ok: true; raw: string | null } | { ok: false } {
    try {
      return { ok: true, raw: engine ? engine.getItem(k) : null };
    } catch {
      return { ok: false };
    }
  }

  function decode(raw: string): Salvaged<T> {
    const parsed = parseJson(raw);
    return parsed.ok ? salvage(parsed.value) : { value: empty(), dropped: 1 };
  }

  /**
   * Nothing under `key` (nor in its durable copy: `reconcile`) but an older key's value:
   * migrated and written. A change made meanwhile wins: it is written already.
   */
  function migrate(old: LegacyKey<T>, raw: string): void {
    const before = writes;
    const loaded = $value.get();
    void Promise.resolve(raw)
      .then((text) => old.migrate(JSON.parse(text)))
      // Not JSON, nothing readable, or its code did not load: the old value is damaged.
      .catch(() => null)
      .then((m) => {
        if (changedSince(before, loaded)) return;
        $value.set(m ? m.value : empty());
        write($value.get());
        $notice.set(
          m
            ? { kind: 'migrated', fromKey: old.key, dropped: m.dropped }
            : { kind: 'recovered', dropped: 1, backupKey: old.key, raw: null },
        );
      });
  }

  function load(): void {
    engine = options.engine();
    held = null;
    $notice.set(null);
    durable = engine && options.durable ? options.durable().catch(() => null) : null;
    const r = engine ? read(key) : { ok: false as const };
    if (!r.ok) {
      engine = null;
      $value.set(empty());
      $save.set({ kind: 'failed', reason: 'unavailable', at: now() });
      return;
    }
    if (r.raw === null) {
      $value.set(empty());
      for (const old of legacy) {
        const o = read(old.key);
        const raw = o.ok && o.raw;
        // The new key's durable copy (a kill lost localStorage's) wins over migrating again.
        if (raw) return reconcile(null, () => migrate(old, raw));
      }
      $save.set({ kind: 'saved', at: null });
      reconcile(null);
      return;
    }
    const { value, dropped } = decode(r.raw);
    $value.set(value);
    if (dropped === 0) {
      $save.set({ kind: 'saved', at: null });
      reconcile(r.raw);
      return;
    }
    // Keep the damaged value before anything overwrites it (held when it cannot be backed up).
    const backupKey = backUp(r.raw);
    if (!backupKey) held = r.raw;
    restore(value, { kind: 'recovered', dropped, backupKey, raw: backupKey ? null : r.raw });
  }

  function handleStorageEvent(e: { key: string | null; newValue: string | null }): void {
    if (!engine) return;
    if (e.key === null || (e.key === key && e.newValue === null)) {
      // Another tab cleared the storage: put this tab's copy back.
      write($value.get());
      return;
    }
    if (e.key !== key) return;
    // This tab holds changes that are not in storage: keep them (the user is being told to
    // export) rather than replace them with the other tab's copy.
    if ($save.get().kind === 'failed' || held !== null) return;
    const { value, dropped } = decode(e.newValue ?? '');
    // Only a fully valid value replaces ours; a damaged one is left for the next load.
    if (dropped === 0) {
      $value.set(value);
      $save.set({ kind: 'saved', at: now() });
    }
  }

  return {
    $value,
    $save,
    $notice,
    load,
    set(next) {
      $value.set(next);
      return write(next);
    },
    retry: () => write($value.get()),
    release() {
      // A backup is still better than none: try it once more before writing over the value.
      if (!backUpHeld()) held = null;
      return write($value.get());
    },
    dismissNotice: () => $notice.set(null),
    handleStorageEvent,
    listen(target) {
      // A StorageEvent has the key and newValue handleStorageEvent reads.
      const onStorage = handleStorageEvent as unknown as EventListener;
      target.addEventListener('storage', onStorage);
      return () => target.removeEventListener('storage', onStorage);
    },
  };
}

/** For `durable`: the browser's IndexedDB copy, its code loaded only when a store loads. */
export const browserDurableCopy = (): Promise<DurableEngine | null> =>
  import('./durable-idb').then((m) => m.browserDurable());

/**
 * Load a page-wide store as soon as its module runs in a browser and follow other tabs for the
 * page's life (stores read by several islands, like the pledge roster, need no island to start).
 */
export function startInBrowser(store: Pick<Persisted<unknown>, 'load' | 'listen'>): void {
  if (typeof window === 'undefined') return;
  store.load();
  store.listen(window);
}
