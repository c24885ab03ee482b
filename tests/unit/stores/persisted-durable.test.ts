import { describe, expect, test } from 'vitest';
import { createPersisted, type DurableEngine } from '../../../src/stores/persisted';
import { savedAtKeyFor } from '../../../src/lib/storage/storage-keys';
import { FakeStorage } from './fake-storage';
import { settle as settleDurable } from './fake-durable';
import { FakeIndexedDb } from './fake-indexeddb';
import { DURABLE_DB_NAME } from '../../../src/lib/storage/storage-keys';
import { KEY, empty, salvage, type Doc } from './doc-fixture';

/** An IndexedDB stand-in whose writes complete when the test says so. */
class FakeDurable implements DurableEngine {
  data = new Map<string, { text: string; at: string }>();
  pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  failGet = false;
  /** While set, reads wait for it (the test decides when IndexedDB answers). */
  gate: Promise<void> | null = null;
  async get(key: string) {
    await this.gate;
    if (this.failGet) throw new Error('refused');
    return this.data.get(key) ?? null;
  }
  /** Make reads wait until the returned function is called. */
  hold(): () => void {
    let open: () => void = () => undefined;
    this.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    return () => open();
  }
  put(key: string, text: string, at: string) {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({
        resolve: () => {
          this.data.set(key, { text, at });
          resolve();
        },
        reject,
      });
    });
  }
  /** Complete every write waiting (as the disk would). */
  flush() {
    for (const p of this.pending.splice(0)) p.resolve();
  }
}

const settle = () => settleDurable(20);

function setup(
  storage = new FakeStorage(),
  durable: FakeDurable | null = new FakeDurable(),
  clock = { t: 0 },
) {
  const doc = createPersisted<Doc>({
    key: KEY,
    empty,
    salvage,
    engine: () => storage,
    now: () => new Date(Date.UTC(2026, 2, 2, 8, 0, clock.t++)).toISOString(),
    durable: () => Promise.resolve(durable),
  });
  return { doc, storage, durable, clock };
}

describe('a durable copy (IndexedDB, strict)', () => {
  test('“saving” until the durable write completes, then “saved”; only the latest write counts', async () => {
    const { doc, durable } = setup();
    doc.load();
    await settle();
    doc.set({ items: [1] });
    expect(doc.$save.get().kind).toBe('saving');
    doc.set({ items: [1, 2] });
    await settle();
    // The first write completes: the second is not on disk yet.
    durable?.pending[0]?.resolve();
    await settle();
    expect(doc.$save.get().kind).toBe('saving');
    durable?.flush();
    await settle();
    expect(doc.$save.get()).toMatchObject({ kind: 'saved' });
    expect(durable?.data.get(KEY)?.text).toBe('{"items":[1,2]}');
  });

  test.each([
    ['a full disk (QuotaExceededError)', new DOMException('full', 'QuotaExceededError'), 'quota'],
    ['Firefox’s quota error', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'quota'],
    ['another refusal', new DOMException('gone', 'UnknownError'), 'unavailable'],
    ['an abort without a reason', new Error('IndexedDB write aborted'), 'unavailable'],
  ])('a refused durable write (%s) is a failed save, never “已保存”', async (_, error, reason) => {
    const { doc, storage, durable } = setup();
    doc.load();
    await settle();
    doc.set({ items: [3] });
    await settle();
    durable?.pending[0]?.reject(error as Error);
    await settle();
    expect(doc.$save.get()).toMatchObject({ kind: 'failed', reason });
    // localStorage has it, but only the durable copy survives a kill: retry writes both.
    expect(storage.data.get(KEY)).toBe('{"items":[3]}');
    expect(doc.retry()).toBe(true);
    expect(doc.$save.get().kind).toBe('saving');
    await settle();
    durable?.flush();
    await settle();
    expect(doc.$save.get().kind).toBe('saved');
    expect(durable?.data.get(KEY)?.text).toBe('{"items":[3]}');
  });

  test('an older write refused after a newer one was made: the newer one decides', async () => {
    const { doc, durable } = setup();
    doc.load();
    await settle();
    doc.set({ items: [1] });
    doc.set({ items: [1, 2] });
    await settle();
    durable?.pending[0]?.reject(new DOMException('full', 'QuotaExceededError'));
    await settle();
    expect(doc.$save.get().kind).toBe('saving');
    durable?.pending[1]?.resolve();
    await settle();
    expect(doc.$save.get().kind).toBe('saved');
  });

  test('through IndexedDB itself: a quota abort is told apart from other failures', async () => {
    const { openDurable } = await import('../../../src/stores/durable-idb');
    for (const [failure, reason] of [
      [new DOMException('full', 'QuotaExceededError'), 'quota'],
      [new DOMException('gone', 'UnknownError'), 'unavailable'],
    ] as const) {
      const idb = new FakeIndexedDb(DURABLE_DB_NAME);
      idb.requestErrors = true;
      const engine = await openDurable(idb as unknown as IDBFactory);
      const doc = createPersisted<Doc>({
        key: KEY,
        empty,
        salvage,
        engine: () => new FakeStorage(),
        durable: () => Promise.resolve(engine),
      });
      doc.load();
      await settle();
      idb.failWrites = failure;
      doc.set({ items: [1] });
      await settle();
      expect(doc.$save.get()).toMatchObject({ kind: 'failed', reason });
    }
  });

  test('after a killed browser lost the localStorage write, the newer durable copy is loaded', async () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, '{"items":[1]}');
    storage.data.set(savedAtKeyFor(KEY), '2026-03-01T08:00:00.000Z');
    const durable = new FakeDurable();
    durable.data.set(KEY, { text: '{"items":[1,2]}', at: '2026-03-01T09:00:00.000Z' });
    const { doc } = setup(storage, durable);
    doc.load();
    expect(doc.$value.get()).toEqual({ items: [1] });
    await settle();
    expect(doc.$value.get()).toEqual({ items: [1, 2] });
    // And localStorage is brought up to date.
    expect(storage.data.get(KEY)).toBe('{"items":[1,2]}');
  });

  test('nothing in localStorage at all (killed before the first flush): the durable copy loads', async () => {
    const durable = new FakeDurable();
    durable.data.set(KEY, { text: '{"items":[7]}', at: '2026-03-01T09:00:00.000Z' });
    const { doc } = setup(new FakeStorage(), durable);
    doc.load();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [7] });
  });

  test.each([
    ['localStorage is newer (a durable write that failed)', '2026-03-01T10:00:00.000Z'],
    ['both were written at the same time', '2026-03-01T09:00:00.000Z'],
  ])('%s: localStorage wins and the durable copy catches up', async (_, lsAt) => {
    const storage = new FakeStorage();
    storage.data.set(KEY, '{"items":[5,6]}');
    storage.data.set(savedAtKeyFor(KEY), lsAt);
    const durable = new FakeDurable();
    durable.data.set(KEY, { text: '{"items":[5]}', at: '2026-03-01T09:00:00.000Z' });
    const { doc } = setup(storage, durable);
    doc.load();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [5, 6] });
    durable.flush();
    await settle();
    expect(durable.data.get(KEY)?.text).toBe('{"items":[5,6]}');
  });

  test('data stored before the durable copy existed is copied to it on the first load', async () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, '{"items":[4]}');
    const { doc, durable } = setup(storage);
    doc.load();
    await settle();
    durable?.flush();
    await settle();
    expect(durable?.data.get(KEY)?.text).toBe('{"items":[4]}');
    expect(doc.$save.get().kind).toBe('saved');
  });

  test('a change typed before the durable copy was read is not replaced by it', async () => {
    const storage = new FakeStorage();
    const durable = new FakeDurable();
    durable.data.set(KEY, { text: '{"items":[9]}', at: '2026-03-01T09:00:00.000Z' });
    const { doc } = setup(storage, durable);
    doc.load();
    doc.set({ items: [1] });
    await settle();
    expect(doc.$value.get()).toEqual({ items: [1] });
  });

  test.each([
    ['a damaged durable copy', '{"items":["x"]}'],
    ['an unreadable durable copy', '{'],
  ])('%s is not loaded over localStorage', async (_, text) => {
    const durable = new FakeDurable();
    durable.data.set(KEY, { text, at: '2099-01-01T00:00:00.000Z' });
    const storage = new FakeStorage();
    storage.data.set(KEY, '{"items":[2]}');
    const { doc } = setup(storage, durable);
    doc.load();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [2] });
  });

  test.each([
    ['a value with a damaged record', '{"items":[1,"x"]}'],
    ['an unreadable value', '{"items":[1,'],
  ])(
    'localStorage holds %s, the durable copy of the same save is intact: the copy is loaded, not overwritten',
    async (_, raw) => {
      const storage = new FakeStorage();
      storage.data.set(KEY, raw);
      storage.data.set(savedAtKeyFor(KEY), '2026-03-01T09:00:00.000Z');
      const durable = new FakeDurable();
      durable.data.set(KEY, { text: '{"items":[1,2]}', at: '2026-03-01T09:00:00.000Z' });
      const { doc } = setup(storage, durable);
      doc.load();
      await settle();
      durable.flush();
      await settle();
      expect(doc.$value.get()).toEqual({ items: [1, 2] });
      expect(storage.data.get(KEY)).toBe('{"items":[1,2]}');
      expect(durable.data.get(KEY)?.text).toBe('{"items":[1,2]}');
      // The damaged value is kept as it was, and nothing was lost: no "recovered" notice.
      expect([...storage.data.values()]).toContain(raw);
      expect(doc.$notice.get()).toBeNull();
      expect(doc.$save.get().kind).toBe('saved');
    },
  );

  test.each([
    [
      'older than the damaged save (its own write failed)',
      '{"items":[1]}',
      '2026-03-01T08:00:00.000Z',
    ],
    ['damaged too', '{"items":["y"]}', '2026-03-01T09:00:00.000Z'],
  ])(
    'a damaged localStorage value beside a durable copy %s: what could be read is kept',
    async (_, text, at) => {
      const storage = new FakeStorage();
      storage.data.set(KEY, '{"items":[1,3,"x"]}');
      storage.data.set(savedAtKeyFor(KEY), '2026-03-01T09:00:00.000Z');
      const durable = new FakeDurable();
      durable.data.set(KEY, { text, at });
      const { doc } = setup(storage, durable);
      doc.load();
      await settle();
      durable.flush();
      await settle();
      expect(doc.$value.get()).toEqual({ items: [1, 3] });
      expect(durable.data.get(KEY)?.text).toBe('{"items":[1,3]}');
      expect(doc.$notice.get()).toMatchObject({ kind: 'recovered', dropped: 1 });
    },
  );

  test('a damaged localStorage value: a change typed before the durable copy was read wins', async () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, '{"items":[1,"x"]}');
    storage.data.set(savedAtKeyFor(KEY), '2026-03-01T09:00:00.000Z');
    const durable = new FakeDurable();
    durable.data.set(KEY, { text: '{"items":[1,2]}', at: '2026-03-01T09:00:00.000Z' });
    const { doc } = setup(storage, durable);
    doc.load();
    doc.set({ items: [1, 5] });
    await settle();
    durable.flush();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [1, 5] });
    expect(durable.data.get(KEY)?.text).toBe('{"items":[1,5]}');
  });

  test('IndexedDB refused (no durable engine, or reading fails): saved in localStorage alone', async () => {
    const { doc } = setup(new FakeStorage(), null);
    doc.load();
    doc.set({ items: [1] });
    await settle();
    expect(doc.$save.get().kind).toBe('saved');
    const failing = new FakeDurable();
    failing.failGet = true;
    const other = setup(new FakeStorage(), failing);
    other.doc.load();
    await settle();
    expect(other.doc.$save.get().kind).toBe('saved');
  });
});

describe('a load step waiting for the durable copy loses nothing that changes meanwhile', () => {
  const at = '2026-03-01T09:00:00.000Z';
  /** localStorage damaged (one bad item), the durable copy of the same save intact. */
  function damagedBesideCopy(storage = new FakeStorage()) {
    storage.data.set(KEY, '{"items":[1,"x"]}');
    storage.data.set(savedAtKeyFor(KEY), at);
    const durable = new FakeDurable();
    durable.data.set(KEY, { text: '{"items":[1,2]}', at });
    return { storage, durable };
  }

  test('no “damaged” notice while the copy is being read; none once the intact copy is loaded', async () => {
    const { storage, durable } = damagedBesideCopy();
    const open = durable.hold();
    const { doc } = setup(storage, durable);
    doc.load();
    await settle();
    expect(doc.$notice.get()).toBeNull();
    open();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [1, 2] });
    expect(doc.$notice.get()).toBeNull();
  });

  test('another tab’s value arriving first stays: neither the copy nor the salvage replaces it', async () => {
    const { storage, durable } = damagedBesideCopy();
    const open = durable.hold();
    const { doc } = setup(storage, durable);
    doc.load();
    await settle();
    storage.data.set(KEY, '{"items":[7]}');
    doc.handleStorageEvent({ key: KEY, newValue: '{"items":[7]}' });
    open();
    await settle();
    durable.flush();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [7] });
    expect(storage.data.get(KEY)).toBe('{"items":[7]}');
  });

  test('a change localStorage has no room for stays in memory, not replaced by the copy, and goes to IndexedDB', async () => {
    const { storage, durable } = damagedBesideCopy();
    const open = durable.hold();
    const { doc } = setup(storage, durable);
    doc.load();
    await settle();
    storage.fill();
    expect(doc.set({ items: [1, 9, 9, 9, 9] })).toBe(true);
    open();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [1, 9, 9, 9, 9] });
    expect(doc.$save.get().kind).toBe('saving');
    durable.flush();
    await settle();
    expect(doc.$save.get().kind).toBe('saved');
    expect(durable.data.get(KEY)?.text).toBe('{"items":[1,9,9,9,9]}');
    expect(doc.$notice.get()).toMatchObject({ kind: 'recovered' });
  });

  test('a damaged value that cannot be backed up (full storage) beside an intact copy: the copy loads, nothing is held', async () => {
    const { storage, durable } = damagedBesideCopy();
    storage.fill();
    const { doc } = setup(storage, durable);
    doc.load();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [1, 2] });
    expect(doc.$save.get().kind).not.toBe('held');
    expect(doc.$notice.get()).toBeNull();
    // Written back over the damaged value: the same length fits where it was.
    expect(storage.data.get(KEY)).toBe('{"items":[1,2]}');
  });

  test('the same without a usable copy: held, the damaged value untouched, the notice keeps it for a download', async () => {
    const { storage, durable } = damagedBesideCopy();
    durable.data.clear();
    storage.fill();
    const { doc } = setup(storage, durable);
    doc.load();
    await settle();
    expect(doc.$save.get().kind).toBe('held');
    expect(storage.data.get(KEY)).toBe('{"items":[1,"x"]}');
    expect(doc.$notice.get()).toMatchObject({ kind: 'recovered', raw: '{"items":[1,"x"]}' });
  });

  test('a valid value and a newer copy: another tab’s value arriving first is not replaced by the copy', async () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, '{"items":[1]}');
    storage.data.set(savedAtKeyFor(KEY), at);
    const durable = new FakeDurable();
    durable.data.set(KEY, { text: '{"items":[1,2]}', at: '2026-03-01T09:05:00.000Z' });
    const open = durable.hold();
    const { doc } = setup(storage, durable);
    doc.load();
    await settle();
    storage.data.set(KEY, '{"items":[8]}');
    doc.handleStorageEvent({ key: KEY, newValue: '{"items":[8]}' });
    open();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [8] });
    expect(storage.data.get(KEY)).toBe('{"items":[8]}');
  });
});

describe('localStorage full: IndexedDB carries the change alone', () => {
  test('“saved” once IndexedDB has it; the next load takes it over localStorage’s older value', async () => {
    const { doc, storage, durable, clock } = setup();
    doc.load();
    await settle();
    doc.set({ items: [1] });
    await settle();
    durable?.flush();
    await settle();
    storage.fill();
    expect(doc.set({ items: [1, 2, 3, 4, 5, 6] })).toBe(true);
    expect(doc.$save.get().kind).toBe('saving');
    await settle();
    durable?.flush();
    await settle();
    expect(doc.$save.get().kind).toBe('saved');
    expect(storage.data.get(KEY)).toBe('{"items":[1]}');
    const again = setup(storage, durable, clock).doc;
    again.load();
    await settle();
    expect(again.$value.get()).toEqual({ items: [1, 2, 3, 4, 5, 6] });
    expect(again.$notice.get()).toBeNull();
  });

  test.each([
    ['IndexedDB refuses too (its quota)', 'refuse'],
    ['no IndexedDB in this browser', 'none'],
  ] as const)(
    '%s: not saved, the storage is full, the change stays on the page',
    async (_, how) => {
      const { doc, storage, durable } = setup(new FakeStorage(), how === 'none' ? null : undefined);
      doc.load();
      await settle();
      storage.fill();
      doc.set({ items: [7, 7] });
      await settle();
      durable?.pending[0]?.reject(new DOMException('full', 'QuotaExceededError'));
      await settle();
      expect(doc.$save.get()).toMatchObject({ kind: 'failed', reason: 'quota' });
      expect(doc.$value.get()).toEqual({ items: [7, 7] });
      expect(storage.data.get(KEY)).toBeUndefined();
    },
  );

  test('another refusal of localStorage (not its quota) is not handed to IndexedDB', async () => {
    const { doc, storage, durable } = setup();
    doc.load();
    await settle();
    storage.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(doc.set({ items: [2] })).toBe(false);
    expect(doc.$save.get()).toMatchObject({ kind: 'failed', reason: 'unavailable' });
    await settle();
    expect(durable?.pending).toHaveLength(0);
  });
});
