import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  browserStorage,
  createPersisted,
  isQuotaError,
  startInBrowser,
} from '../../../src/stores/persisted';
import { backupKeyFor } from '../../../src/lib/storage/storage-keys';
import { FakeStorage } from './fake-storage';
import { settle } from './fake-durable';
import { KEY, empty, salvage, type Doc, NOW } from './doc-fixture';

function setup(storage: FakeStorage | null = new FakeStorage(), legacy = false) {
  const doc = createPersisted<Doc>({
    key: KEY,
    empty,
    salvage,
    engine: () => storage,
    now: () => NOW,
    legacy: legacy
      ? [
          {
            key: 'eck:test:v1',
            migrate: (raw) =>
              Array.isArray(raw)
                ? { value: { items: raw.filter((x) => typeof x === 'number') }, dropped: 0 }
                : null,
          },
        ]
      : [],
  });
  doc.load();
  return { doc, storage };
}

describe('loading', () => {
  test('nothing stored: empty, saved, nothing written', () => {
    const { doc, storage } = setup();
    expect(doc.$value.get()).toEqual(empty());
    expect(doc.$save.get()).toEqual({ kind: 'saved', at: null });
    expect(doc.$notice.get()).toBeNull();
    expect(storage?.data.size).toBe(0);
  });

  test('a valid stored value is loaded as it is', () => {
    const s = new FakeStorage();
    s.data.set(KEY, '{"items":[1,2]}');
    const { doc } = setup(s);
    expect(doc.$value.get()).toEqual({ items: [1, 2] });
    expect(doc.$notice.get()).toBeNull();
    expect(s.data.size).toBe(1);
  });

  test.each([
    ['not JSON', '{"items":[1,', { items: [] }, 1],
    ['partly invalid', '{"items":[1,"x",2,null]}', { items: [1, 2] }, 2],
    ['the wrong shape', '[1,2]', { items: [] }, 1],
  ])('%s: valid part loaded, raw value backed up, user told', (_n, raw, value, dropped) => {
    const s = new FakeStorage();
    s.data.set(KEY, raw);
    const { doc } = setup(s);
    const backupKey = backupKeyFor(KEY, raw);
    expect(backupKey.startsWith(`${KEY}:backup:`)).toBe(true);
    expect(doc.$value.get()).toEqual(value);
    expect(doc.$notice.get()).toEqual({ kind: 'recovered', dropped, backupKey, raw: null });
    expect(s.data.get(backupKey)).toBe(raw);
    expect(s.data.get(KEY)).toBe(JSON.stringify(value));
  });

  test('damaged and no room for the backup: the raw value stays in place and in memory', () => {
    const s = new FakeStorage();
    s.data.set(KEY, '{"items":[1,"x"]}');
    s.fill();
    const { doc } = setup(s);
    expect(doc.$value.get()).toEqual({ items: [1] });
    expect(doc.$notice.get()).toEqual({
      kind: 'recovered',
      dropped: 1,
      backupKey: null,
      raw: '{"items":[1,"x"]}',
    });
    expect(s.data.get(KEY)).toBe('{"items":[1,"x"]}');
    // Not "saved": the damaged value is what storage holds.
    expect(doc.$save.get()).toEqual({ kind: 'held', at: null });
  });

  test('the same damaged value is backed up once, however often it is loaded', () => {
    const s = new FakeStorage();
    const raw = '{"items":[1,"x"]}';
    s.data.set(KEY, raw);
    // The salvaged value cannot replace the damaged one, so every visit finds it again.
    s.tooBig.add(KEY);
    for (let visit = 0; visit < 5; visit++) {
      const { doc } = setup(s);
      expect(doc.$notice.get()).toMatchObject({
        kind: 'recovered',
        backupKey: backupKeyFor(KEY, raw),
      });
      expect(doc.$save.get()).toMatchObject({ kind: 'failed', reason: 'quota' });
    }
    expect([...s.data.keys()].filter((k) => k.includes(':backup:'))).toHaveLength(1);
    expect(s.writes.get(backupKeyFor(KEY, raw))).toBe(1);
    expect(s.data.get(KEY)).toBe(raw);
  });

  test('two different damaged values get a backup each', () => {
    const s = new FakeStorage();
    for (const raw of ['{"items":["a"]}', '{"items":["b"]}']) {
      s.data.set(KEY, raw);
      setup(s);
      expect(s.data.get(backupKeyFor(KEY, raw))).toBe(raw);
    }
    expect(backupKeyFor(KEY, 'a')).not.toBe(backupKeyFor(KEY, 'b'));
  });

  test('storage that refuses to be read: empty, and the user is told', () => {
    const s = new FakeStorage();
    s.blocked = true;
    const { doc } = setup(s);
    expect(doc.$save.get()).toEqual({ kind: 'failed', reason: 'unavailable', at: NOW });
    expect(doc.set({ items: [1] })).toBe(false);
    expect(doc.$value.get()).toEqual({ items: [1] });
  });

  test('no storage at all (private mode): data kept in memory, failure shown', () => {
    const { doc } = setup(null);
    expect(doc.$save.get().kind).toBe('failed');
    expect(doc.set({ items: [5] })).toBe(false);
    expect(doc.$value.get()).toEqual({ items: [5] });
  });

  test('an older key is migrated, written under the new key and left in place', async () => {
    const s = new FakeStorage();
    s.data.set('eck:test:v1', '[3,"x",4]');
    const { doc } = setup(s, true);
    expect(doc.$save.get()).toEqual({ kind: 'loading' });
    await settle();
    expect(doc.$save.get()).toMatchObject({ kind: 'saved' });
    expect(doc.$value.get()).toEqual({ items: [3, 4] });
    expect(s.data.get(KEY)).toBe('{"items":[3,4]}');
    expect(s.data.get('eck:test:v1')).toBe('[3,"x",4]');
    expect(doc.$notice.get()).toEqual({ kind: 'migrated', fromKey: 'eck:test:v1', dropped: 0 });
  });

  test.each([
    ['unrecognised', '{"what":1}'],
    ['not JSON', '[3,'],
  ])('an %s older value: the user is told, it is kept where it is', async (_n, raw) => {
    const s = new FakeStorage();
    s.data.set('eck:test:v1', raw);
    const { doc } = setup(s, true);
    await settle();
    expect(doc.$value.get()).toEqual(empty());
    expect(s.data.get('eck:test:v1')).toBe(raw);
    expect(doc.$notice.get()).toEqual({
      kind: 'recovered',
      dropped: 1,
      backupKey: 'eck:test:v1',
      raw: null,
    });
    // Said once: the new key now exists, so the next load does not look at the old one.
    expect(s.data.get(KEY)).toBe(JSON.stringify(empty()));
    const again = setup(s, true).doc;
    expect(again.$notice.get()).toBeNull();
  });
});

describe('writing', () => {
  test('every change is written at once', () => {
    const { doc, storage } = setup();
    expect(doc.set({ items: [1] })).toBe(true);
    expect(storage?.data.get(KEY)).toBe('{"items":[1]}');
    expect(doc.$save.get()).toEqual({ kind: 'saved', at: NOW });
  });

  test('quota exceeded: told at once, kept in memory, what was saved stays saved; retry writes it', () => {
    const s = new FakeStorage();
    const { doc } = setup(s);
    doc.set({ items: [1] });
    s.fill();
    expect(doc.set({ items: [1, 2] })).toBe(false);
    expect(doc.$save.get()).toEqual({ kind: 'failed', reason: 'quota', at: NOW });
    expect(doc.$value.get()).toEqual({ items: [1, 2] });
    expect(s.data.get(KEY)).toBe('{"items":[1]}');
    // Still full: retry fails too and says so.
    expect(doc.retry()).toBe(false);
    s.quota = Number.POSITIVE_INFINITY;
    expect(doc.retry()).toBe(true);
    expect(s.data.get(KEY)).toBe('{"items":[1,2]}');
    expect(doc.$save.get()).toEqual({ kind: 'saved', at: NOW });
  });

  test('a later change after a failed one writes everything, not only the last change', () => {
    const s = new FakeStorage();
    const { doc } = setup(s);
    s.fill();
    doc.set({ items: [1] });
    s.quota = Number.POSITIVE_INFINITY;
    doc.set({ ...doc.$value.get(), items: [...doc.$value.get().items, 2] });
    expect(s.data.get(KEY)).toBe('{"items":[1,2]}');
  });

  test('storage blocked after loading: failure is "unavailable"', () => {
    const s = new FakeStorage();
    const { doc } = setup(s);
    s.blocked = true;
    expect(doc.set({ items: [1] })).toBe(false);
    expect(doc.$save.get()).toEqual({ kind: 'failed', reason: 'unavailable', at: NOW });
  });
});

describe('a damaged value that could not be backed up', () => {
  const raw = '{"items":[1,"x",2]}';
  function held() {
    const s = new FakeStorage();
    s.data.set(KEY, raw);
    s.fill();
    return setup(s) as { doc: ReturnType<typeof setup>['doc']; storage: FakeStorage };
  }

  test('changes stay in memory and the original is not overwritten', () => {
    const { doc, storage } = held();
    for (const n of [3, 4, 5]) {
      expect(doc.set({ items: [...doc.$value.get().items, n] })).toBe(false);
      expect(storage.data.get(KEY)).toBe(raw);
      expect(doc.$save.get()).toEqual({ kind: 'held', at: NOW });
    }
    expect(doc.$value.get()).toEqual({ items: [1, 2, 3, 4, 5] });
    expect(doc.$notice.get()).toMatchObject({ backupKey: null, raw });
    expect(doc.retry()).toBe(false);
    expect(storage.data.get(KEY)).toBe(raw);
  });

  test('once there is room, the next change backs it up first and then saves', () => {
    const { doc, storage } = held();
    doc.set({ items: [1, 2, 3] });
    storage.quota = Number.POSITIVE_INFINITY;
    expect(doc.set({ items: [1, 2, 3, 4] })).toBe(true);
    const backupKey = backupKeyFor(KEY, raw);
    expect(storage.data.get(backupKey)).toBe(raw);
    expect(storage.data.get(KEY)).toBe('{"items":[1,2,3,4]}');
    expect(doc.$notice.get()).toEqual({ kind: 'recovered', dropped: 1, backupKey, raw: null });
    expect(doc.$save.get()).toEqual({ kind: 'saved', at: NOW });
  });

  test('the user chooses to save over it (after downloading it): release() writes', () => {
    const { doc, storage } = held();
    doc.set({ items: [7] });
    // Still no room for a backup, but the damaged value's own place can take the new value.
    storage.quota += 100;
    storage.tooBig.add(backupKeyFor(KEY, raw));
    expect(doc.release()).toBe(true);
    expect(storage.data.get(KEY)).toBe('{"items":[7]}');
    expect(doc.$save.get()).toEqual({ kind: 'saved', at: NOW });
    expect(doc.set({ items: [7, 8] })).toBe(true);
  });

  test('another tab’s value does not replace the held changes', () => {
    const { doc } = held();
    doc.set({ items: [1, 2, 3] });
    doc.handleStorageEvent({ key: KEY, newValue: '{"items":[9]}' });
    expect(doc.$value.get()).toEqual({ items: [1, 2, 3] });
    expect(doc.$save.get().kind).toBe('held');
  });
});

describe('other tabs', () => {
  test('a valid value from another tab replaces ours without writing', () => {
    const s = new FakeStorage();
    const { doc } = setup(s);
    doc.handleStorageEvent({ key: KEY, newValue: '{"items":[9]}' });
    expect(doc.$value.get()).toEqual({ items: [9] });
    expect(s.data.has(KEY)).toBe(false);
  });

  test.each([
    ['another key', { key: 'other', newValue: '{"items":[9]}' }],
    ['a damaged value', { key: KEY, newValue: '{"items":[9,"x"]}' }],
    ['not JSON', { key: KEY, newValue: '{' }],
  ])('%s is ignored', (_n, e) => {
    const { doc } = setup();
    doc.set({ items: [1] });
    doc.handleStorageEvent(e);
    expect(doc.$value.get()).toEqual({ items: [1] });
  });

  test('while this tab has unsaved changes, another tab does not replace them', () => {
    const s = new FakeStorage();
    const { doc } = setup(s);
    s.fill();
    doc.set({ items: [1, 2, 3] });
    doc.handleStorageEvent({ key: KEY, newValue: '{"items":[9]}' });
    expect(doc.$value.get()).toEqual({ items: [1, 2, 3] });
    expect(doc.$save.get().kind).toBe('failed');
  });

  test('storage cleared in another tab: this tab writes its copy back', () => {
    const s = new FakeStorage();
    const { doc } = setup(s);
    doc.set({ items: [1] });
    s.data.clear();
    doc.handleStorageEvent({ key: null, newValue: null });
    expect(s.data.get(KEY)).toBe('{"items":[1]}');
  });

  test('listen() subscribes to storage events and unsubscribes', () => {
    const { doc } = setup();
    const target = new EventTarget();
    const stop = doc.listen(target as unknown as Window);
    const event = (newValue: string) => Object.assign(new Event('storage'), { key: KEY, newValue });
    target.dispatchEvent(event('{"items":[7]}'));
    expect(doc.$value.get()).toEqual({ items: [7] });
    stop();
    target.dispatchEvent(event('{"items":[8]}'));
    expect(doc.$value.get()).toEqual({ items: [7] });
  });
});

describe('isQuotaError', () => {
  test.each([
    [new DOMException('x', 'QuotaExceededError'), true],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    [{ code: 22 }, true],
    [{ code: 1014 }, true],
    [new DOMException('x', 'SecurityError'), false],
    [new Error('x'), false],
    [null, false],
    ['QuotaExceededError', false],
  ])('%o → %s', (e, out) => expect(isQuotaError(e)).toBe(out));
});

describe('a held value whose notice was dismissed', () => {
  test('is still backed up once there is room; the notice stays dismissed', () => {
    const raw = '{"items":[1,"x"]}';
    const s = new FakeStorage();
    s.data.set(KEY, raw);
    s.fill();
    const { doc } = setup(s);
    expect(doc.$save.get().kind).toBe('held');
    doc.dismissNotice();
    s.quota = Number.POSITIVE_INFINITY;
    expect(doc.set({ items: [1, 2] })).toBe(true);
    expect(s.data.get(backupKeyFor(KEY, raw))).toBe(raw);
    expect(s.data.get(KEY)).toBe('{"items":[1,2]}');
    expect(doc.$notice.get()).toBeNull();
  });
});

describe('without storage, other tabs are not followed', () => {
  test.each([
    ['a value', { key: KEY, newValue: '{"items":[9]}' }],
    ['a clear', { key: null, newValue: null }],
  ])('%s from another tab changes nothing and writes nothing', (_, e) => {
    const { doc } = setup(null);
    doc.set({ items: [1] });
    const save = doc.$save.get();
    doc.handleStorageEvent(e);
    expect(doc.$value.get()).toEqual({ items: [1] });
    expect(doc.$save.get()).toBe(save);
  });
});

describe('browserStorage', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('the page’s localStorage when it can be read', () => {
    const s = new FakeStorage();
    vi.stubGlobal('localStorage', s);
    expect(browserStorage()).toBe(s);
  });

  test.each<[string, unknown]>([
    ['missing (an old or locked-down browser)', undefined],
    ['null', null],
    [
      'refusing to be read (private mode, blocked cookies)',
      Object.assign(new FakeStorage(), { blocked: true }),
    ],
  ])('null when localStorage is %s', (_, storage) => {
    vi.stubGlobal('localStorage', storage);
    expect(browserStorage()).toBeNull();
  });

  test('null when even reaching localStorage throws', () => {
    // As Firefox does when cookies are blocked: the getter itself throws.
    const own = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(browserStorage()).toBeNull();
    } finally {
      if (own) Object.defineProperty(globalThis, 'localStorage', own);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('startInBrowser', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('outside a browser (the build): nothing is loaded', () => {
    const store = { load: vi.fn(), listen: vi.fn() };
    startInBrowser(store);
    expect(store.load).not.toHaveBeenCalled();
    expect(store.listen).not.toHaveBeenCalled();
  });

  test('in a browser: loads, then follows the window’s storage events', () => {
    const win = new EventTarget();
    vi.stubGlobal('window', win);
    const calls: string[] = [];
    const store = {
      load: () => calls.push('load'),
      listen: (t: unknown) => {
        expect(t).toBe(win);
        calls.push('listen');
        return () => undefined;
      },
    };
    startInBrowser(store);
    expect(calls).toEqual(['load', 'listen']);
  });
});
