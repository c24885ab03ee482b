import { describe, expect, test, vi } from 'vitest';
import { CLASS_UNDO_MS, GUM_CLASS_KEY, createGumClassStore } from '../../../src/stores/gum-class';
import { buildClassExport } from '../../../src/lib/gum-import';
import { emptyClassData } from '../../../src/schemas/gum-class';
import type { GumExport } from '../../../src/schemas/gum-export';
import type { StorageEngine } from '../../../src/stores/persisted';
import { backupKeyFor } from '../../../src/lib/storage/storage-keys';
import { encodeShareFragment } from '../../../src/lib/share/encode-share';
import { makeGroupExport, must } from '../../support/gum-data';

/** An in-memory storage that can be told to fail like a full localStorage. */
function memoryEngine(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  let full = false;
  const engine: StorageEngine = {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
  };
  return { engine, items, fill: (f: boolean) => (full = f) };
}

const file = (g: number) => ({ name: `第${g}组.json`, text: JSON.stringify(makeGroupExport(g)) });

describe('class store', () => {
  test('imports files, saves them, and a second store on the same storage reads them', () => {
    const m = memoryEngine();
    const store = createGumClassStore(() => m.engine);
    store.load();
    store.importTexts([file(1), file(2)]);
    expect(store.$classData.get().groups).toHaveLength(2);
    expect(store.$save.get().kind).toBe('saved');
    const other = createGumClassStore(() => m.engine);
    other.load();
    expect(other.$classData.get()).toEqual(store.$classData.get());
  });

  test('importing the same file again writes nothing new', () => {
    const m = memoryEngine();
    const store = createGumClassStore(() => m.engine);
    store.load();
    store.importTexts([file(1)]);
    const spy = vi.spyOn(m.engine, 'setItem');
    const reports = store.importTexts([file(1)]);
    expect(spy).not.toHaveBeenCalled();
    expect(reports[0]).toMatchObject({ ok: true, groups: [{ added: 0, updated: 0, ignored: 8 }] });
  });

  test('a bad file changes nothing and is reported', () => {
    const m = memoryEngine();
    const store = createGumClassStore(() => m.engine);
    store.load();
    store.importTexts([file(1)]);
    const before = m.items.get(GUM_CLASS_KEY);
    const reports = store.importTexts([{ name: '坏.json', text: '{"__proto__":{"x":1}}' }]);
    expect(reports).toEqual([
      { source: '坏.json', ok: false, errors: ['文件里有不允许的项（__proto__），没有导入。'] },
    ]);
    expect(m.items.get(GUM_CLASS_KEY)).toBe(before);
  });

  test('a full storage: the data stays in memory and the failure is shown', () => {
    const m = memoryEngine();
    const store = createGumClassStore(() => m.engine);
    store.load();
    m.fill(true);
    store.importTexts([file(1)]);
    expect(store.$classData.get().groups).toHaveLength(1);
    expect(store.$save.get()).toMatchObject({ kind: 'failed', reason: 'quota' });
    m.fill(false);
    expect(store.retrySave()).toBe(true);
  });

  test('a damaged stored value is backed up and the valid groups are loaded', () => {
    const m = memoryEngine();
    const store = createGumClassStore(() => m.engine);
    store.load();
    store.importTexts([file(1), file(2)]);
    const raw = JSON.parse(m.items.get(GUM_CLASS_KEY) ?? '');
    raw.groups[1].surveys[0].count = -1;
    m.items.set(GUM_CLASS_KEY, JSON.stringify(raw));
    const again = createGumClassStore(
      () => m.engine,
      () => new Date('2026-03-10T08:00:00Z'),
    );
    again.load();
    expect(again.$classData.get().groups.map((g) => g.group.name)).toEqual(['第1组']);
    expect(again.$notice.get()).toMatchObject({ kind: 'recovered', dropped: 1 });
    const text = JSON.stringify(raw);
    expect(m.items.get(backupKeyFor(GUM_CLASS_KEY, text))).toBe(text);
  });

  test('removing a group can be undone', () => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    store.importTexts([file(1), file(2)]);
    const before = store.$classData.get();
    store.remove(must(before.groups[0]).group.id);
    expect(store.$classData.get().groups.map((g) => g.group.name)).toEqual(['第2组']);
    expect(store.$removal.get()?.group.group.name).toBe('第1组');
    store.undoRemove();
    expect(store.$classData.get()).toEqual(before);
    expect(store.$removal.get()).toBeNull();
  });

  test('a group can be replaced by its last imported file, and the replacement undone', () => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    const full = makeGroupExport(1, { surveys: 3 });
    const trimmed = { ...full, surveys: full.surveys.slice(0, 1) };
    store.importTexts([{ name: 'a.json', text: JSON.stringify(full) }]);
    const before = store.$classData.get();
    const reports = store.importTexts([{ name: 'b.json', text: JSON.stringify(trimmed) }]);
    expect(reports[0]).toMatchObject({ ok: true, groups: [{ notInFile: 2 }] });
    expect(store.replaceWithFile(full.group.id)).toBe(true);
    expect(store.$classData.get().groups[0]?.surveys).toHaveLength(1);
    expect(store.$reports.get()[0]).toMatchObject({ groups: [{ notInFile: 0 }] });
    expect(store.$removal.get()?.kind).toBe('replaced');
    store.undoRemove();
    expect(store.$classData.get()).toEqual(before);
    // Nothing to replace with for a group not in the last import.
    expect(store.replaceWithFile(makeGroupExport(9).group.id)).toBe(false);
  });

  test('a share link waits for the teacher, then is added once', async () => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    const fragment = await encodeShareFragment(makeGroupExport(3));
    await store.readLink(`#${fragment}`);
    expect(store.$link.get()).toMatchObject({ ok: true, groupName: '第3组', records: 8 });
    expect(store.$classData.get().groups).toHaveLength(0);
    store.acceptLink();
    expect(store.$classData.get().groups).toHaveLength(1);
    expect(store.$link.get()).toBeNull();
    await store.readLink(`#${fragment}`);
    expect(store.acceptLink()[0]).toMatchObject({ ok: true, groups: [{ added: 0 }] });
  });

  test('a bad share link is refused; declining leaves the data alone', async () => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    await store.readLink('#eck-gum1.AAAA');
    expect(store.$link.get()).toMatchObject({ ok: false });
    expect(store.acceptLink()).toEqual([]);
    const fragment = await encodeShareFragment(makeGroupExport(3));
    await store.readLink(fragment);
    store.declineLink();
    expect(store.$classData.get().groups).toHaveLength(0);
  });

  test("another tab's import arrives through the storage event", () => {
    const m = memoryEngine();
    const a = createGumClassStore(() => m.engine);
    const b = createGumClassStore(() => m.engine);
    a.load();
    b.load();
    a.importTexts([file(1)]);
    b.handleStorageEvent({ key: GUM_CLASS_KEY, newValue: m.items.get(GUM_CLASS_KEY) ?? null });
    expect(b.$classData.get()).toEqual(a.$classData.get());
  });
});

describe('class store: links that are not a group file', () => {
  test.each<[string, () => unknown, RegExp]>([
    [
      'a group file with a field the schema does not know',
      () => ({ ...makeGroupExport(4), extra: 1 }),
      /不认识的项：extra/,
    ],
    [
      'a class file (a teacher shares files, not links)',
      () => buildClassExport(emptyClassData(), '2026-03-02T08:00:00.000Z'),
      /^这个链接不是小组的分享链接。$/,
    ],
  ])('%s is refused with a message and adds nothing', async (_, content, message) => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    const fragment = await encodeShareFragment(content() as GumExport);
    const pending = await store.readLink(`#${fragment}`);
    expect(pending).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(store.$link.get()).toEqual(pending);
    expect(store.acceptLink()).toEqual([]);
    expect(store.$classData.get().groups).toHaveLength(0);
  });

  test('links queue: the second waits behind the first and shows once it is answered', async () => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    await store.readLink(await encodeShareFragment(makeGroupExport(1)));
    await store.readLink(await encodeShareFragment(makeGroupExport(2)));
    expect(store.$link.get()).toMatchObject({ groupName: '第1组' });
    expect(store.$linksWaiting.get()).toBe(1);
    store.declineLink();
    expect(store.$link.get()).toMatchObject({ groupName: '第2组' });
    expect(store.$linksWaiting.get()).toBe(0);
    store.acceptLink();
    expect(store.$classData.get().groups.map((g) => g.group.name)).toEqual(['第2组']);
    expect(store.$link.get()).toBeNull();
    // Nothing waiting: accepting or declining does nothing.
    expect(store.acceptLink()).toEqual([]);
    store.declineLink();
    expect(store.$linksWaiting.get()).toBe(0);
  });
});

describe('class store: removing, replacing and undoing', () => {
  test('an unknown group is not removed; nothing to undo is false', () => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    store.importTexts([file(1)]);
    const before = store.$classData.get();
    expect(store.remove(makeGroupExport(9).group.id)).toBe(false);
    expect(store.$removal.get()).toBeNull();
    expect(store.undoRemove()).toBe(false);
    expect(store.$classData.get()).toBe(before);
  });

  test('the undo lasts CLASS_UNDO_MS, then the removal is final', () => {
    vi.useFakeTimers();
    try {
      const at = new Date('2026-03-02T09:00:00.000Z');
      const store = createGumClassStore(
        () => memoryEngine().engine,
        () => at,
      );
      store.load();
      store.importTexts([file(1), file(2)]);
      store.remove(must(store.$classData.get().groups[0]).group.id);
      expect(store.$removal.get()?.expiresAt).toBe(at.getTime() + CLASS_UNDO_MS);
      vi.advanceTimersByTime(CLASS_UNDO_MS - 1);
      expect(store.$removal.get()).not.toBeNull();
      // A second removal starts its own full period.
      store.remove(must(store.$classData.get().groups[0]).group.id);
      vi.advanceTimersByTime(CLASS_UNDO_MS - 1);
      expect(store.$removal.get()?.group.group.name).toBe('第2组');
      vi.advanceTimersByTime(1);
      expect(store.$removal.get()).toBeNull();
      expect(store.undoRemove()).toBe(false);
      expect(store.$classData.get().groups).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('replacing one group leaves the reports of other groups and of bad files as they were', () => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    const one = makeGroupExport(1, { surveys: 3 });
    const two = makeGroupExport(2, { surveys: 3 });
    store.importTexts([
      { name: '1.json', text: JSON.stringify(one) },
      { name: '2.json', text: JSON.stringify(two) },
    ]);
    const trim = (g: typeof one) => JSON.stringify({ ...g, surveys: g.surveys.slice(0, 1) });
    store.importTexts([
      { name: '坏.json', text: '{' },
      { name: '1.json', text: trim(one) },
      { name: '2.json', text: trim(two) },
    ]);
    expect(store.replaceWithFile(one.group.id)).toBe(true);
    const [bad, r1, r2] = store.$reports.get();
    expect(bad).toEqual({
      source: '坏.json',
      ok: false,
      errors: ['文件不是有效的 JSON，可能不完整或已损坏。'],
    });
    expect(r1).toMatchObject({ groups: [{ notInFile: 0 }] });
    expect(r2).toMatchObject({ groups: [{ notInFile: 2 }] });
    const surveys = store.$classData.get().groups.map((g) => g.surveys.length);
    expect(surveys).toEqual([1, 3]);
  });

  test('a group removed after its file was imported cannot be replaced', () => {
    const store = createGumClassStore(() => memoryEngine().engine);
    store.load();
    store.importTexts([file(1)]);
    const id = must(store.$classData.get().groups[0]).group.id;
    store.remove(id);
    expect(store.replaceWithFile(id)).toBe(false);
  });
});
