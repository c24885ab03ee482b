import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DURABLE_STORE_NAME } from '../../../src/lib/storage/storage-keys';
import { FakeIndexedDb } from './fake-indexeddb';

let idb: FakeIndexedDb;
/** The module afresh: it keeps the engine it opened. */
const durable = () => import('../../../src/stores/durable-idb');
const asFactory = (f: FakeIndexedDb) => f as unknown as IDBFactory;

beforeEach(() => {
  vi.resetModules();
  idb = new FakeIndexedDb('eck-durable');
  vi.stubGlobal('indexedDB', idb);
});
afterEach(() => vi.unstubAllGlobals());

describe('the durable copy in IndexedDB', () => {
  test('written with strict durability, read back; the store is created once', async () => {
    const { openDurable } = await durable();
    const d = await openDurable(asFactory(idb));
    expect(idb.created).toEqual([DURABLE_STORE_NAME]);
    expect(await d?.get('k')).toBeNull();
    await d?.put('k', '{"a":1}', '2026-03-01T08:00:00.000Z');
    expect(await d?.get('k')).toEqual({ text: '{"a":1}', at: '2026-03-01T08:00:00.000Z' });
    expect(idb.durability).toContain('strict');
  });

  test('something else under the key (not a text with its time) reads as nothing', async () => {
    idb.version = 1;
    idb.stores.set(DURABLE_STORE_NAME, new Map<string, unknown>([['k', { text: 5 }]]));
    const { openDurable } = await durable();
    expect(await (await openDurable(asFactory(idb)))?.get('k')).toBeNull();
  });

  test.each(['error', 'error-without-reason', 'blocked'] as const)(
    'an open that ends in %s gives no engine (localStorage alone)',
    async (outcome) => {
      idb.openOutcome = outcome;
      const { openDurable } = await durable();
      expect(await openDurable(asFactory(idb))).toBeNull();
    },
  );

  test('no IndexedDB at all gives no engine', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { openDurable } = await durable();
    expect(await openDurable()).toBeNull();
  });

  test.each([new DOMException('full', 'QuotaExceededError'), 'no-reason' as const])(
    'a write or read that aborts (%s) rejects, so the store knows',
    async (failure) => {
      const { openDurable } = await durable();
      const d = await openDurable(asFactory(idb));
      idb.failWrites = failure;
      await expect(d?.put('k', 'x', 't')).rejects.toBeDefined();
      idb.failReads = new DOMException('gone', 'UnknownError');
      await expect(d?.get('k')).rejects.toBeDefined();
    },
  );

  test('a failing request rejects with its own error, as a browser reports it', async () => {
    const { openDurable } = await durable();
    const d = await openDurable(asFactory(idb));
    idb.requestErrors = true;
    const full = new DOMException('full', 'QuotaExceededError');
    idb.failWrites = full;
    await expect(d?.put('k', 'x', 't')).rejects.toBe(full);
    idb.failReads = full;
    await expect(d?.get('k')).rejects.toBe(full);
  });

  test('the stores load it lazily through browserDurableCopy', async () => {
    const { browserDurableCopy } = await import('../../../src/stores/persisted');
    const d = await browserDurableCopy();
    await d?.put('k', 'v', 't');
    expect(await d?.get('k')).toEqual({ text: 'v', at: 't' });
  });

  test('browserDurable opens the page’s database once', async () => {
    const { browserDurable } = await durable();
    const a = await browserDurable();
    const b = await browserDurable();
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(idb.opens).toBe(1);
  });
});
