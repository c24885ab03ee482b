import { describe, expect, test } from 'vitest';
import { createPersisted, isQuotaError, type Salvaged } from '../../../src/stores/persisted';
import { FakeStorage } from './fake-storage';

/** A small value for the generic layer: a list of numbers; anything else in it is dropped. */
type Doc = { items: number[] };
const empty = (): Doc => ({ items: [] });
function salvage(raw: unknown): Salvaged<Doc> {
  const items = (raw as { items?: unknown })?.items;
  if (!Array.isArray(items)) return { value: empty(), dropped: 1 };
  const kept = items.filter((x): x is number => typeof x === 'number');
  return { value: { items: kept }, dropped: items.length - kept.length };
}
const KEY = 'eck:test:v2';
const NOW = '2026-03-02T08:00:00.000Z';

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
    const backupKey = `${KEY}:backup:${NOW}`;
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

  test('an older key is migrated, written under the new key and left in place', () => {
    const s = new FakeStorage();
    s.data.set('eck:test:v1', '[3,"x",4]');
    const { doc } = setup(s, true);
    expect(doc.$value.get()).toEqual({ items: [3, 4] });
    expect(s.data.get(KEY)).toBe('{"items":[3,4]}');
    expect(s.data.get('eck:test:v1')).toBe('[3,"x",4]');
    expect(doc.$notice.get()).toEqual({ kind: 'migrated', fromKey: 'eck:test:v1', dropped: 0 });
  });

  test('an unrecognised older value is ignored and kept', () => {
    const s = new FakeStorage();
    s.data.set('eck:test:v1', '{"what":1}');
    const { doc } = setup(s, true);
    expect(doc.$value.get()).toEqual(empty());
    expect(s.data.get('eck:test:v1')).toBe('{"what":1}');
    expect(doc.$notice.get()).toBeNull();
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
