import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { StoredPhoto } from '../../../../src/stores/present/photos';
import { FakeIndexedDb } from '../fake-indexeddb';

let idb: FakeIndexedDb;
/** The module afresh: it keeps its open database between calls. */
const photos = () => import('../../../../src/stores/present/photos');

const photo = (name = 'tree.jpg'): StoredPhoto => ({
  blob: new Blob(['jpeg bytes'], { type: 'image/jpeg' }),
  name,
  savedAt: 1_764_000_000_000,
});

const unavailable = expect.stringContaining('不能在设备上保存照片');

beforeEach(() => {
  vi.resetModules();
  idb = new FakeIndexedDb('eck-photos');
  vi.stubGlobal('indexedDB', idb);
});
afterEach(() => vi.unstubAllGlobals());

describe('photos kept in IndexedDB', () => {
  test('saved, loaded back, replaced and removed, per slot key', async () => {
    const { loadPhoto, removePhoto, savePhoto } = await photos();
    expect(await loadPhoto('gum-residue/intro')).toEqual({ ok: true, value: undefined });
    // The first open creates the store.
    expect(idb.created).toEqual(['photos']);

    const first = photo();
    expect(await savePhoto('gum-residue/intro', first)).toEqual({ ok: true, value: true });
    expect(await loadPhoto('gum-residue/intro')).toEqual({ ok: true, value: first });
    expect(await loadPhoto('gum-residue/other')).toEqual({ ok: true, value: undefined });

    const second = photo('bin.png');
    await savePhoto('gum-residue/intro', second);
    const loaded = await loadPhoto('gum-residue/intro');
    expect(loaded.ok && loaded.value?.name).toBe('bin.png');

    expect(await removePhoto('gum-residue/intro')).toEqual({ ok: true, value: true });
    expect(await loadPhoto('gum-residue/intro')).toEqual({ ok: true, value: undefined });
    // Removing what is not there is fine.
    expect(await removePhoto('gum-residue/intro')).toEqual({ ok: true, value: true });
    // The database is opened once for all of that.
    expect(idb.opens).toBe(1);
  });

  test('an existing database keeps its store; nothing is created again', async () => {
    idb.version = 1;
    idb.stores.set('photos', new Map<string, unknown>([['k', photo()]]));
    const { loadPhoto } = await photos();
    const r = await loadPhoto('k');
    expect(r.ok && r.value?.name).toBe('tree.jpg');
    expect(idb.created).toEqual([]);
  });

  test('an upgrade of a database that already has the store does not create it again', async () => {
    idb.stores.set('photos', new Map());
    const { savePhoto } = await photos();
    expect(await savePhoto('k', photo())).toEqual({ ok: true, value: true });
    expect(idb.created).toEqual([]);
  });

  test.each<[string, unknown, number]>([
    ['a missing savedAt is 0', { blob: new Blob(['x']), name: 'a.jpg' }, 0],
    [
      'a savedAt that is not a number is 0',
      { blob: new Blob(['x']), name: 'a.jpg', savedAt: 'x' },
      0,
    ],
    [
      'a savedAt kept as text is read as a number',
      { blob: new Blob(['x']), name: 'a.jpg', savedAt: '42' },
      42,
    ],
  ])('%s', async (_, stored, savedAt) => {
    idb.stores.set('photos', new Map([['k', stored]]));
    idb.version = 1;
    const { loadPhoto } = await photos();
    const r = await loadPhoto('k');
    expect(r).toEqual({ ok: true, value: { blob: expect.any(Blob), name: 'a.jpg', savedAt } });
  });

  test.each<[string, unknown]>([
    ['null', null],
    ['a string', 'photo'],
    ['a number', 7],
    ['no blob', { name: 'a.jpg', savedAt: 1 }],
    ['a blob that is not a Blob', { blob: 'bytes', name: 'a.jpg' }],
    ['no name', { blob: new Blob(['x']) }],
    ['a name that is not text', { blob: new Blob(['x']), name: 3 }],
  ])('a damaged value (%s) is removed and the slot says so', async (_, stored) => {
    const kept = new Map<string, unknown>([
      ['k', stored],
      ['other', photo()],
    ]);
    idb.stores.set('photos', kept);
    idb.version = 1;
    const { loadPhoto } = await photos();
    expect(await loadPhoto('k')).toEqual({
      ok: false,
      error: '保存的照片已损坏，已经移除，请重新放入。',
    });
    expect(kept.has('k')).toBe(false);
    expect(kept.has('other')).toBe(true);
  });

  test('a damaged value that cannot be removed is still reported as damaged', async () => {
    idb.stores.set('photos', new Map([['k', { nope: true }]]));
    idb.version = 1;
    idb.failWrites = new DOMException('read only', 'ReadOnlyError');
    const { loadPhoto } = await photos();
    expect(await loadPhoto('k')).toEqual({ ok: false, error: expect.stringContaining('已损坏') });
    expect(idb.stores.get('photos')?.has('k')).toBe(true);
  });
});

describe('failures come back as messages for the slot', () => {
  test('a full device says so, and the photo is not kept', async () => {
    const { loadPhoto, savePhoto } = await photos();
    idb.failWrites = new DOMException('full', 'QuotaExceededError');
    expect(await savePhoto('k', photo())).toEqual({
      ok: false,
      error: expect.stringContaining('存储空间满了'),
    });
    idb.failWrites = undefined;
    expect(await loadPhoto('k')).toEqual({ ok: true, value: undefined });
  });

  test.each<[string, DOMException | 'no-reason']>([
    ['another DOMException', new DOMException('gone', 'InvalidStateError')],
    ['an abort with no error', 'no-reason'],
  ])('a write that fails with %s: storage is unavailable', async (_, failure) => {
    const { removePhoto, savePhoto } = await photos();
    idb.failWrites = failure;
    expect(await savePhoto('k', photo())).toEqual({ ok: false, error: unavailable });
    expect(await removePhoto('k')).toEqual({ ok: false, error: unavailable });
  });

  test('a read that fails: storage is unavailable', async () => {
    const { loadPhoto } = await photos();
    idb.failReads = new DOMException('gone', 'UnknownError');
    expect(await loadPhoto('k')).toEqual({ ok: false, error: unavailable });
  });

  test('a transaction that cannot start (the store is missing): unavailable', async () => {
    idb.version = 1; // an old database without the store, no upgrade
    const { savePhoto } = await photos();
    expect(await savePhoto('k', photo())).toEqual({ ok: false, error: unavailable });
  });

  test('no IndexedDB at all (private mode in some browsers)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { loadPhoto, removePhoto, savePhoto } = await photos();
    expect(await loadPhoto('k')).toEqual({ ok: false, error: unavailable });
    expect(await savePhoto('k', photo())).toEqual({ ok: false, error: unavailable });
    expect(await removePhoto('k')).toEqual({ ok: false, error: unavailable });
  });

  test.each(['error', 'error-without-reason', 'blocked'] as const)(
    'an open that ends in %s is tried again on the next call',
    async (outcome) => {
      idb.openOutcome = outcome;
      const { loadPhoto, savePhoto } = await photos();
      expect(await savePhoto('k', photo())).toEqual({ ok: false, error: unavailable });
      expect(idb.opens).toBe(1);
      // Another tab let go of the old version: the next call opens and works.
      idb.openOutcome = 'success';
      expect(await savePhoto('k', photo())).toEqual({ ok: true, value: true });
      expect(idb.opens).toBe(2);
      const r = await loadPhoto('k');
      expect(r.ok && r.value?.name).toBe('tree.jpg');
      expect(idb.opens).toBe(2);
    },
  );
});
