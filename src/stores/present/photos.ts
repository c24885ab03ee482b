/**
 * The teacher's own photos for a lesson's photo slots, kept in this device's IndexedDB under
 * "lesson slug/slot id" (src/lib/present/photo-file.ts). Never uploaded anywhere. Every failure
 * comes back as a Chinese message for the slot to show.
 */

const DB_NAME = 'eck-photos';
const DB_VERSION = 1;
const STORE = 'photos';

/** What is kept per slot. */
export interface StoredPhoto {
  blob: Blob;
  name: string;
  savedAt: number;
}

export type PhotoResult<T> = { ok: true; value: T } | { ok: false; error: string };

const unavailable =
  '这台浏览器不能在设备上保存照片（可能是无痕模式或存储被关闭）：照片只在这次放映里显示。';

function messageOf(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return '这台设备的存储空间满了，照片没有保存（这次放映里仍会显示）。请删掉一些照片再试。';
  }
  return unavailable;
}

let opening: Promise<IDBDatabase> | undefined;

function openDb(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(new Error('no IndexedDB'));
        return;
      }
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
      req.onblocked = () => reject(new Error('blocked'));
    });
    // A failed open may succeed later (another tab held an old version): try again next time.
    opening.catch(() => (opening = undefined));
  }
  return opening;
}

function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        // Strict: a photo shown as kept is on disk when the transaction completes (power cut).
        const tx = db.transaction(STORE, mode, { durability: 'strict' });
        const req = act(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(req.result as T);
        tx.onabort = tx.onerror = () => reject(tx.error ?? req.error ?? new Error('failed'));
      }),
  );
}

/** A stored value as read back; anything not shaped like a photo is damaged (null). */
function parseStored(value: unknown): StoredPhoto | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!(v['blob'] instanceof Blob) || typeof v['name'] !== 'string') return null;
  return { blob: v['blob'], name: v['name'], savedAt: Number(v['savedAt']) || 0 };
}

/** The photo kept for a slot; value undefined when there is none. */
export async function loadPhoto(key: string): Promise<PhotoResult<StoredPhoto | undefined>> {
  try {
    const raw = await run<unknown>('readonly', (s) => s.get(key));
    if (raw === undefined) return { ok: true, value: undefined };
    const photo = parseStored(raw);
    if (photo) return { ok: true, value: photo };
    await run('readwrite', (s) => s.delete(key)).catch(() => undefined);
    return { ok: false, error: '保存的照片已损坏，已经移除，请重新放入。' };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
  }
}

export async function savePhoto(key: string, photo: StoredPhoto): Promise<PhotoResult<true>> {
  try {
    await run('readwrite', (s) => s.put(photo, key));
    return { ok: true, value: true };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
  }
}

export async function removePhoto(key: string): Promise<PhotoResult<true>> {
  try {
    await run('readwrite', (s) => s.delete(key));
    return { ok: true, value: true };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
  }
}
