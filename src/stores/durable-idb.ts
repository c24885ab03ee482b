/**
 * The durable copy of stored values (see `DurableEngine` in ./persisted.ts): one IndexedDB
 * object store, written in transactions with `durability: 'strict'`, which complete only when
 * the data is on disk. Loaded lazily by the stores that use it; null where IndexedDB is missing
 * or refused (some private modes), and the store then keeps localStorage alone.
 */
import type { DurableEngine } from './persisted';
import { DURABLE_DB_NAME, DURABLE_STORE_NAME } from '../lib/storage/storage-keys';

interface Entry {
  text: string;
  at: string;
}

const isEntry = (v: unknown): v is Entry =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Entry).text === 'string' &&
  typeof (v as Entry).at === 'string';

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = factory.open(DURABLE_DB_NAME, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(DURABLE_STORE_NAME);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB open failed'));
    // Another tab holds an older version open: do without the copy rather than wait.
    r.onblocked = () => reject(new Error('IndexedDB open blocked'));
  });
}

/** The IndexedDB-backed durable engine, or null where IndexedDB cannot be opened. */
export async function openDurable(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<DurableEngine | null> {
  if (!factory) return null;
  let db: IDBDatabase;
  try {
    db = await open(factory);
  } catch {
    return null;
  }
  return {
    async get(key) {
      const v = await new Promise<unknown>((resolve, reject) => {
        const tx = db.transaction(DURABLE_STORE_NAME, 'readonly');
        const r = tx.objectStore(DURABLE_STORE_NAME).get(key);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB read failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB read aborted'));
      });
      return isEntry(v) ? { text: v.text, at: v.at } : null;
    },
    put(key, text, at) {
      return new Promise((resolve, reject) => {
        // Strict: `complete` fires once the write is flushed to disk (Chromium 83+; older
        // browsers ignore the option and use their default).
        const tx = db.transaction(DURABLE_STORE_NAME, 'readwrite', { durability: 'strict' });
        tx.objectStore(DURABLE_STORE_NAME).put({ text, at } satisfies Entry, key);
        tx.oncomplete = () => resolve();
        // A failed request aborts the transaction, whose error is then the request's (a quota
        // error the store tells apart); during the `error` event before it, it is still null.
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
      });
    },
  };
}

/** For `durable` in PersistedOptions: the engine, opened once per page. */
let opened: Promise<DurableEngine | null> | undefined;
export function browserDurable(): Promise<DurableEngine | null> {
  opened ??= openDurable();
  return opened;
}
