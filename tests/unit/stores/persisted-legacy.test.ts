/**
 * Older keys (`legacy`) in the one persistence layer: a migration that loads its code first
 * (a promise), the durable copy of the new key winning over migrating again, and a change made
 * while the migration runs.
 */
import { describe, expect, test } from 'vitest';
import { createPersisted, type LegacyKey } from '../../../src/stores/persisted';
import { FakeStorage } from './fake-storage';
import { MemoryDurable, settle as settleDurable } from './fake-durable';
import { KEY, empty, salvage, type Doc, NOW } from './doc-fixture';

const settle = () => settleDurable(50);

const OLD = 'eck:test:v1';

/** A migration whose code "loads" when the test resolves it. */
function lazyMigration() {
  const calls: unknown[] = [];
  let release: () => void = () => undefined;
  const loaded = new Promise<void>((r) => (release = r));
  const old: LegacyKey<Doc> = {
    key: OLD,
    migrate: (raw) => {
      calls.push(raw);
      return loaded.then(() =>
        Array.isArray(raw)
          ? { value: { items: raw.filter((x) => typeof x === 'number') }, dropped: 0 }
          : null,
      );
    },
  };
  return { old, calls, release: () => release() };
}

function setup(storage: FakeStorage, legacy: LegacyKey<Doc>[], durable?: MemoryDurable) {
  const doc = createPersisted<Doc>({
    key: KEY,
    empty,
    salvage,
    legacy,
    engine: () => storage,
    now: () => NOW,
    ...(durable ? { durable: durable.engine } : {}),
  });
  doc.load();
  return doc;
}

describe('an older key migrated by code loaded first', () => {
  test('the store stays loading until the migration is done, then writes both copies', async () => {
    const storage = new FakeStorage();
    storage.data.set(OLD, '[1,2]');
    const durable = new MemoryDurable();
    const m = lazyMigration();
    const doc = setup(storage, [m.old], durable);
    await settle();
    expect(doc.$save.get()).toEqual({ kind: 'loading' });
    expect(storage.data.has(KEY)).toBe(false);
    m.release();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [1, 2] });
    expect(storage.data.get(KEY)).toBe('{"items":[1,2]}');
    expect(durable.data.get(KEY)?.text).toBe('{"items":[1,2]}');
    expect(storage.data.get(OLD)).toBe('[1,2]');
    expect(doc.$notice.get()).toEqual({ kind: 'migrated', fromKey: OLD, dropped: 0 });
    expect(doc.$save.get()).toEqual({ kind: 'saved', at: NOW });
  });

  test('the new key’s durable copy without its localStorage value wins: no second migration', async () => {
    // Migrated and changed before, then the browser was killed before localStorage was on disk.
    const storage = new FakeStorage();
    storage.data.set(OLD, '[1,2]');
    const durable = new MemoryDurable();
    durable.data.set(KEY, { text: '{"items":[1,2,3]}', at: NOW });
    const m = lazyMigration();
    m.release();
    const doc = setup(storage, [m.old], durable);
    await settle();
    expect(m.calls).toEqual([]);
    expect(doc.$value.get()).toEqual({ items: [1, 2, 3] });
    expect(storage.data.get(KEY)).toBe('{"items":[1,2,3]}');
    expect(doc.$notice.get()).toBeNull();
  });

  test('a damaged durable copy does not stop the migration', async () => {
    const storage = new FakeStorage();
    storage.data.set(OLD, '[4]');
    const durable = new MemoryDurable();
    durable.data.set(KEY, { text: '{"items":["x"]}', at: NOW });
    const m = lazyMigration();
    m.release();
    const doc = setup(storage, [m.old], durable);
    await settle();
    expect(doc.$value.get()).toEqual({ items: [4] });
    expect(doc.$notice.get()).toMatchObject({ kind: 'migrated' });
  });

  test('a durable copy that cannot be read does not stop the migration', async () => {
    const storage = new FakeStorage();
    storage.data.set(OLD, '[5]');
    const durable = new MemoryDurable();
    durable.get = () => Promise.reject(new Error('refused'));
    const m = lazyMigration();
    m.release();
    const doc = setup(storage, [m.old], durable);
    await settle();
    expect(doc.$value.get()).toEqual({ items: [5] });
    expect(doc.$notice.get()).toMatchObject({ kind: 'migrated', fromKey: OLD });
  });

  test('a change made while the migration runs is kept, not overwritten', async () => {
    const storage = new FakeStorage();
    storage.data.set(OLD, '[1,2]');
    const m = lazyMigration();
    const doc = setup(storage, [m.old], new MemoryDurable());
    await settle();
    expect(doc.set({ items: [9] })).toBe(true);
    m.release();
    await settle();
    expect(doc.$value.get()).toEqual({ items: [9] });
    expect(storage.data.get(KEY)).toBe('{"items":[9]}');
    expect(doc.$notice.get()).toBeNull();
    // The old value is still there.
    expect(storage.data.get(OLD)).toBe('[1,2]');
  });

  test('a migration whose code does not load: the old value is kept and the user told', async () => {
    const storage = new FakeStorage();
    storage.data.set(OLD, '[1,2]');
    const doc = setup(storage, [{ key: OLD, migrate: () => Promise.reject(new Error('offline')) }]);
    await settle();
    expect(doc.$notice.get()).toEqual({ kind: 'recovered', dropped: 1, backupKey: OLD, raw: null });
    expect(storage.data.get(OLD)).toBe('[1,2]');
    expect(doc.$save.get()).toMatchObject({ kind: 'saved' });
  });

  test('the first older key holding something is used, newest first; absent ones are not migrated', async () => {
    const storage = new FakeStorage();
    storage.data.set('eck:test:v0', '[7]');
    const newer = lazyMigration();
    const older = lazyMigration();
    older.release();
    const doc = setup(storage, [newer.old, { ...older.old, key: 'eck:test:v0' }]);
    await settle();
    expect(newer.calls).toEqual([]);
    expect(doc.$value.get()).toEqual({ items: [7] });
    expect(doc.$notice.get()).toMatchObject({ kind: 'migrated', fromKey: 'eck:test:v0' });
  });
});
