import { expect } from 'vitest';

/**
 * A small in-memory IndexedDB with switchable failures: enough of `indexedDB.open`, object
 * stores and transactions for the photo store. Events fire on microtasks, as in a browser,
 * after the caller has set its handlers.
 */
export class FakeIndexedDb {
  constructor(private readonly name: string) {}

  /** What is kept, per store. */
  stores = new Map<string, Map<string, unknown>>();
  /** How the next opens go. */
  openOutcome: 'success' | 'error' | 'error-without-reason' | 'blocked' = 'success';
  /** Version the database already has (0: it does not exist yet). */
  version = 0;
  /** An error each transaction of this mode aborts with (undefined: it completes). */
  failWrites: DOMException | 'no-reason' | undefined;
  failReads: DOMException | undefined;
  /** Calls of open, and of createObjectStore in upgrades. */
  opens = 0;
  created: string[] = [];
  /** Whether a failing request fires its own `error` event and the transaction's before `abort`, as browsers do. */
  requestErrors = false;
  /** The durability each transaction asked for. */
  durability: string[] = [];

  open(name: string, version: number) {
    this.opens += 1;
    const req: Record<string, unknown> & {
      result?: unknown;
      error?: unknown;
      onupgradeneeded?: () => void;
      onsuccess?: () => void;
      onerror?: () => void;
      onblocked?: () => void;
    } = {};
    expect(name).toBe(this.name);
    queueMicrotask(() => {
      if (this.openOutcome === 'blocked') return req.onblocked?.();
      if (this.openOutcome === 'error') {
        req.error = new DOMException('Version change', 'VersionError');
        return req.onerror?.();
      }
      if (this.openOutcome === 'error-without-reason') {
        req.error = null;
        return req.onerror?.();
      }
      req.result = this.database();
      if (this.version < version) {
        this.version = version;
        req.onupgradeneeded?.();
      }
      req.onsuccess?.();
    });
    return req;
  }

  private database() {
    return {
      objectStoreNames: { contains: (s: string) => this.stores.has(s) },
      createObjectStore: (s: string) => {
        this.created.push(s);
        this.stores.set(s, new Map());
      },
      transaction: (s: string, mode: IDBTransactionMode, options?: IDBTransactionOptions) => {
        this.durability.push(options?.durability ?? 'default');
        return this.transaction(s, mode);
      },
    };
  }

  private transaction(storeName: string, mode: IDBTransactionMode) {
    const store = this.stores.get(storeName);
    if (!store) throw new DOMException('No such store', 'NotFoundError');
    const tx: {
      error: DOMException | null;
      oncomplete?: () => void;
      onabort?: () => void;
      onerror?: () => void;
      objectStore: (s: string) => unknown;
    } = { error: null, objectStore: () => objectStore };
    const failure = mode === 'readwrite' ? this.failWrites : this.failReads;
    const request = (act: () => unknown) => {
      const req: {
        result?: unknown;
        error: DOMException | null;
        onsuccess?: () => void;
        onerror?: () => void;
      } = {
        error: null,
      };
      queueMicrotask(() => {
        if (failure === 'no-reason') return tx.onabort?.();
        if (failure) {
          if (this.requestErrors) {
            // As browsers: the request's error bubbles to the transaction while its own error
            // is still null; it is set when the transaction aborts.
            req.error = failure;
            req.onerror?.();
            tx.onerror?.();
          }
          tx.error = failure;
          return tx.onabort?.();
        }
        req.result = act();
        req.onsuccess?.();
        tx.oncomplete?.();
      });
      return req;
    };
    const objectStore = {
      get: (key: string) => request(() => store.get(key)),
      put: (value: unknown, key: string) => request(() => void store.set(key, value)),
      delete: (key: string) => request(() => void store.delete(key)),
    };
    return tx;
  }
}
