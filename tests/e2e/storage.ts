// Helpers for the storage robustness matrix (record page, class view): a full disk and a
// killed tab, made to happen on purpose in Chromium.
import type { BrowserContext, Page } from 'playwright-core';
import { DURABLE_DB_NAME, DURABLE_STORE_NAME } from '../../src/lib/storage/storage-keys';

/**
 * From now on, localStorage.setItem throws QuotaExceededError for keys matching `keys`
 * in every page of the context (as a full device does); reads and other keys still work.
 */
export async function failStorageWrites(context: BrowserContext, keys: RegExp): Promise<void> {
  await context.addInitScript(
    ({ source, flags }) => {
      const pattern = new RegExp(source, flags);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (pattern.test(key)) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return setItem.call(this, key, value);
      };
    },
    { source: keys.source, flags: keys.flags },
  );
}

/**
 * End a tab the way a tablet's OS kills it: the renderer crashes, so no pagehide, unload or
 * visibilitychange handler runs. Only what the page had already saved survives.
 */
export async function killPage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The renderer dies before it can answer, so the command never resolves: don't wait for it.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close();
}

/**
 * Delete the durable IndexedDB copy of `key` (src/stores/durable-idb.ts): as if IndexedDB had
 * been cleared or had refused the write. With the copy there, a damaged localStorage value is
 * replaced by it (tested in durability.test.ts); without it, the store salvages what it can.
 */
export async function dropDurableCopy(page: Page, key: string): Promise<void> {
  await page.evaluate(
    ([k, db, store]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = open.result.objectStoreNames;
          if (!names.contains(store)) {
            open.result.close();
            resolve();
            return;
          }
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).delete(k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    [key, DURABLE_DB_NAME, DURABLE_STORE_NAME] as const,
  );
}

/** The text of `key`'s durable IndexedDB copy as the page reads it now, or null. */
export async function durableText(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    ([k, db, store]) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains(store)) {
            open.result.close();
            resolve(null);
            return;
          }
          const get = open.result.transaction(store).objectStore(store).get(k);
          get.onsuccess = () => {
            open.result.close();
            const v = get.result as { text?: unknown } | undefined;
            resolve(typeof v?.text === 'string' ? v.text : null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [key, DURABLE_DB_NAME, DURABLE_STORE_NAME] as const,
  );
}

/**
 * From now on, in this page, IndexedDB refuses every write with QuotaExceededError (a disk
 * with no room left for the browser's database either): the store then has nowhere to save.
 * `allowDurableWritesNow` gives the writes back (space freed).
 */
export async function failDurableWritesNow(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { eckPut?: typeof IDBObjectStore.prototype.put };
    w.eckPut ??= IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

export async function allowDurableWritesNow(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { eckPut?: typeof IDBObjectStore.prototype.put };
    if (w.eckPut) IDBObjectStore.prototype.put = w.eckPut;
  });
}
