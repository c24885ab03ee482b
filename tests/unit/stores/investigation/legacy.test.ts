/**
 * The investigation stores reading what the gum experiment's old code stored, exported and
 * shared (`"legacy": "gum"` in its definition; fixtures made by today's gum code), and campus
 * litter never looking for any of it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  campusLitterDefinition as litter,
  gumResidueDefinition as gum,
} from '../../../../src/lib/investigation/definitions';
import { createInvestigationRecordStore } from '../../../../src/stores/investigation/record';
import { createInvestigationClassStore } from '../../../../src/stores/investigation/class';
import {
  migrateGumFileText,
  migrateStoredGumClass,
  migrateStoredGumRecord,
  migrateStoredGumRecordV1,
  type Migration,
} from '../../../../src/lib/investigation/legacy/gum';
import { legacyClasses } from '../../../../src/lib/investigation/legacy/class-formats';
import { legacyRecords } from '../../../../src/lib/investigation/legacy/record-formats';
import { notOursMessage } from '../../../../src/lib/investigation/import-file';
import {
  salvageInvestigationClass,
  salvageInvestigationData,
} from '../../../../src/lib/investigation/salvage';
import { fragmentFromPasted } from '../../../../src/lib/share/fragment';
import {
  GUM_CLASS_KEY,
  GUM_RECORD_KEY,
  GUM_RECORD_V1_KEY,
  investigationClassKey,
  investigationRecordKey,
} from '../../../../src/lib/storage/storage-keys';
import type { InvestigationDefinition } from '../../../../src/schemas/investigation/definition';
import { FakeStorage } from '../fake-storage';
import { MemoryDurable } from '../fake-durable';
import { gumRecordArb } from '../../gum-fixtures';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/gum-legacy/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2026-12-03T12:00:00.000Z');
const recordKey = investigationRecordKey(gum.id);
const classKey = investigationClassKey(gum.id);

function ok<T>(r: Migration<T> | null): T {
  if (!r?.ok) throw new Error(`not migrated: ${JSON.stringify(r)}`);
  return r.value;
}
const count = (records: Record<string, unknown[]>) =>
  Object.values(records).reduce((n, l) => n + l.length, 0);

/** Wait until the store has loaded (the reader's chunk is a real dynamic import here). */
const loaded = (s: { $save: { get(): { kind: string } } }) =>
  vi.waitFor(() => expect(s.$save.get().kind).not.toBe('loading'));

function recordStore(def: InvestigationDefinition, storage: FakeStorage, durable?: MemoryDurable) {
  let n = 0;
  const s = createInvestigationRecordStore(
    def,
    () => storage,
    { now: () => NOW, newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` },
    durable?.engine,
    legacyRecords,
  );
  s.load();
  return s;
}

function classStore(def: InvestigationDefinition, storage = new FakeStorage()) {
  const s = createInvestigationClassStore(
    def,
    () => storage,
    () => NOW,
    undefined,
    legacyClasses,
  );
  s.load();
  return s;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('record store of the gum definition, first load', () => {
  test('an old version-2 value is migrated, written under the new key and its durable copy, and left in place', async () => {
    const storage = new FakeStorage();
    const raw = fixture('stored-record-v2.json');
    storage.data.set(GUM_RECORD_KEY, raw);
    const durable = new MemoryDurable();
    const s = recordStore(gum, storage, durable);
    expect(s.$save.get()).toEqual({ kind: 'loading' });
    await loaded(s);
    const expected = ok(migrateStoredGumRecord(gum, JSON.parse(raw)));
    expect(s.$data.get()).toEqual(expected);
    expect(s.$data.get().group?.name).toBe('第3组');
    expect(JSON.parse(storage.data.get(recordKey) ?? 'null')).toEqual(expected);
    await vi.waitFor(() =>
      expect(durable.data.get(recordKey)?.text).toBe(storage.data.get(recordKey)),
    );
    expect(storage.data.get(GUM_RECORD_KEY)).toBe(raw);
    expect(s.$notice.get()).toEqual({ kind: 'migrated', fromKey: GUM_RECORD_KEY, dropped: 0 });
    // What was written loads again as it is, without a notice and without the old key.
    const again = recordStore(gum, storage);
    expect(again.$data.get()).toEqual(expected);
    expect(again.$notice.get()).toBeNull();
  });

  test('an old version-1 value is migrated with the ids its migration names', async () => {
    const storage = new FakeStorage();
    const raw = fixture('stored-record-v1.json');
    storage.data.set(GUM_RECORD_V1_KEY, raw);
    const s = recordStore(gum, storage);
    await loaded(s);
    expect(s.$notice.get()).toEqual({ kind: 'migrated', fromKey: GUM_RECORD_V1_KEY, dropped: 0 });
    const expected = ok(migrateStoredGumRecordV1(gum, JSON.parse(raw), NOW.toISOString()));
    expect(s.$data.get()).toEqual(expected);
    expect(s.$data.get().group?.name).toBe('第7组');
    expect(storage.data.get(GUM_RECORD_V1_KEY)).toBe(raw);
  });

  test('an unreadable old value: the user is told where it is kept, nothing is overwritten', async () => {
    const storage = new FakeStorage();
    const raw = fixture('stored-record-v2.json').slice(0, 200);
    storage.data.set(GUM_RECORD_KEY, raw);
    const s = recordStore(gum, storage);
    await loaded(s);
    expect(s.$notice.get()).toEqual({
      kind: 'recovered',
      dropped: 1,
      backupKey: GUM_RECORD_KEY,
      raw: null,
    });
    expect(storage.data.get(GUM_RECORD_KEY)).toBe(raw);
    expect(s.$data.get().group).toBeNull();
  });

  test('the new key’s durable copy (localStorage lost in a kill) wins over migrating again', async () => {
    const storage = new FakeStorage();
    storage.data.set(GUM_RECORD_KEY, fixture('stored-record-v2.json'));
    const first = recordStore(gum, storage);
    await loaded(first);
    // A change after the migration, then localStorage's copy is lost.
    first.saveGroup('第3组（改）');
    const durable = new MemoryDurable();
    durable.data.set(recordKey, {
      text: storage.data.get(recordKey) ?? '',
      at: NOW.toISOString(),
    });
    storage.data.delete(recordKey);
    const load = vi.spyOn(legacyRecords.gum, 'load');
    const s = recordStore(gum, storage, durable);
    await loaded(s);
    await vi.waitFor(() => expect(storage.data.has(recordKey)).toBe(true));
    expect(s.$data.get().group?.name).toBe('第3组（改）');
    expect(s.$notice.get()).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  test('a change made while the migration loads is kept', async () => {
    const storage = new FakeStorage();
    storage.data.set(GUM_RECORD_KEY, fixture('stored-record-v2.json'));
    let release: () => void = () => undefined;
    const real = legacyRecords.gum.load;
    vi.spyOn(legacyRecords.gum, 'load').mockImplementation(() =>
      new Promise<void>((r) => (release = r)).then(real),
    );
    const s = recordStore(gum, storage);
    await vi.waitFor(() => expect(legacyRecords.gum.load).toHaveBeenCalled());
    expect(s.$save.get()).toEqual({ kind: 'loading' });
    expect(s.saveGroup('新的组')).toMatchObject({ ok: true, saved: true });
    release();
    await vi.waitFor(() => expect(s.$save.get().kind).toBe('saved'));
    // Give the migration time to finish: it must not overwrite the change.
    await real();
    expect(s.$data.get().group?.name).toBe('新的组');
    expect(JSON.parse(storage.data.get(recordKey) ?? 'null').group.name).toBe('新的组');
  });

  test('campus litter never reads the old keys nor loads the reader, even when they are there', async () => {
    expect(gum.legacy).toBe('gum');
    expect(litter.legacy).toBeUndefined();
    const storage = new FakeStorage();
    storage.data.set(GUM_RECORD_KEY, fixture('stored-record-v2.json'));
    storage.data.set(GUM_RECORD_V1_KEY, fixture('stored-record-v1.json'));
    storage.data.set(GUM_CLASS_KEY, fixture('stored-class-v1.json'));
    const getItem = vi.spyOn(storage, 'getItem');
    const loadRecord = vi.spyOn(legacyRecords.gum, 'load');
    const loadClass = vi.spyOn(legacyClasses.gum, 'load');
    const r = recordStore(litter, storage);
    const c = classStore(litter, storage);
    expect(r.$save.get()).toEqual({ kind: 'saved', at: null });
    expect(c.$save.get()).toEqual({ kind: 'saved', at: null });
    const read = getItem.mock.calls.map(([k]) => k);
    expect(read).not.toContain(GUM_RECORD_KEY);
    expect(read).not.toContain(GUM_RECORD_V1_KEY);
    expect(read).not.toContain(GUM_CLASS_KEY);
    // An old file or link is not the litter class view's either: its own message.
    const [report] = await c.importTexts([{ name: 'g.json', text: fixture('group-3.json') }]);
    expect(report).toEqual({ source: 'g.json', ok: false, errors: [notOursMessage(litter)] });
    const link = await c.readLink(fixture('group-3.share.txt').trim());
    expect(link.ok).toBe(false);
    expect(loadRecord).not.toHaveBeenCalled();
    expect(loadClass).not.toHaveBeenCalled();
  });

  test('property: any old record the old code accepts migrates to data the engine’s stored schema accepts, with the same ids twice', async () => {
    const reader = await legacyRecords.gum.load();
    fc.assert(
      fc.property(gumRecordArb, (record) => {
        const raw: unknown = JSON.parse(JSON.stringify(record));
        const a = reader.stored(gum, GUM_RECORD_KEY, raw, NOW.toISOString());
        const b = reader.stored(gum, GUM_RECORD_KEY, raw, NOW.toISOString());
        if (!a || !b) return false;
        const ids = (d: typeof a.value) =>
          Object.values(d.records).flatMap((l) => l.map((x) => x.id));
        const stored = salvageInvestigationData(gum, JSON.parse(JSON.stringify(a.value)));
        return (
          stored.dropped === 0 && a.dropped === 0 && ids(a.value).join() === ids(b.value).join()
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('class store of the gum definition', () => {
  test('the old stored class data is migrated on first load', async () => {
    const storage = new FakeStorage();
    const raw = fixture('stored-class-v1.json');
    storage.data.set(GUM_CLASS_KEY, raw);
    const s = classStore(gum, storage);
    await loaded(s);
    const expected = ok(migrateStoredGumClass(gum, JSON.parse(raw)));
    expect(s.$data.get()).toEqual({ groups: expected.groups });
    expect(s.$data.get().groups.map((g) => g.group.name)).toEqual(['第3组', '绿叶队']);
    expect(s.$notice.get()).toEqual({ kind: 'migrated', fromKey: GUM_CLASS_KEY, dropped: 0 });
    expect(storage.data.get(GUM_CLASS_KEY)).toBe(raw);
    // Written as the engine's stored class data: it loads again whole.
    expect(
      salvageInvestigationClass(gum, JSON.parse(storage.data.get(classKey) ?? '')).dropped,
    ).toBe(0);
  });

  test('an old group file and an old class file import with their groups and records', async () => {
    const s = classStore(gum);
    await loaded(s);
    const reports = await s.importTexts([
      { name: '第3组.json', text: fixture('group-3.json') },
      { name: '全班.json', text: fixture('class.json') },
    ]);
    expect(reports).toEqual([
      expect.objectContaining({ source: '第3组.json', ok: true, kind: 'group' }),
      expect.objectContaining({ source: '全班.json', ok: true, kind: 'class' }),
    ]);
    const cls = ok(migrateGumFileText(gum, fixture('class.json'), NOW.getTime()));
    const byName = new Map(s.$data.get().groups.map((g) => [g.group.name, g]));
    expect([...byName.keys()].sort()).toEqual(['第3组', '绿叶队'].sort());
    for (const g of cls.groups) {
      expect(count(byName.get(g.group.name)?.records ?? {})).toBe(count(g.records));
      expect(byName.get(g.group.name)?.group.id).toBe(g.group.id);
    }
    const g3 = ok(migrateGumFileText(gum, fixture('group-3.json'), NOW.getTime())).groups[0];
    expect(reports[0]).toMatchObject({
      groups: [expect.objectContaining({ groupId: g3?.group.id })],
    });
  });

  test('an old share link, opened or pasted, is offered and imported like the group’s file', async () => {
    const s = classStore(gum);
    await loaded(s);
    const fragment = fixture('group-3.share.txt').trim();
    expect(s.codecs.map((c) => c.prefix)).toEqual(['eck-gum-residue', 'eck-gum']);
    const pasted = fragmentFromPasted(
      `请看 https://school.example/lessons/gum-residue/class/#${fragment}`,
    );
    expect(pasted).toBe(fragment);
    const link = await s.readLink(`#${pasted ?? ''}`);
    const g3 = ok(migrateGumFileText(gum, fixture('group-3.json'), NOW.getTime())).groups[0];
    expect(link).toEqual({
      ok: true,
      text: expect.any(String),
      groupName: '第3组',
      records: count(g3?.records ?? {}),
    });
    const [report] = s.acceptLink();
    expect(report).toMatchObject({ ok: true, kind: 'group' });
    expect(s.$data.get().groups[0]?.records).toEqual(g3?.records);
  });

  test('a damaged old share link is refused with the old decoder’s reason', async () => {
    const s = classStore(gum);
    await loaded(s);
    const link = await s.readLink('eck-gum1.');
    expect(link).toEqual({ ok: false, error: expect.stringMatching(/链接/) });
  });

  test.each([
    ['another format', '{"format":"eck-other","groups":[]}'],
    ['not an object', '[1,2]'],
  ])('a file that is neither (%s) gives the engine’s message', async (_n, text) => {
    const s = classStore(gum);
    await loaded(s);
    const [report] = await s.importTexts([{ name: 'x.json', text }]);
    expect(report).toEqual({ source: 'x.json', ok: false, errors: [notOursMessage(gum)] });
  });

  test('an old file with a wrong value is refused with a Chinese reason, nothing imported', async () => {
    const s = classStore(gum);
    await loaded(s);
    const bad = JSON.parse(fixture('group-3.json')) as { group: { name: string } };
    bad.group.name = '';
    const [report] = await s.importTexts([{ name: 'x.json', text: JSON.stringify(bad) }]);
    expect(report).toMatchObject({ ok: false, errors: [expect.stringMatching(/[\u4e00-\u9fff]/)] });
    expect(s.$data.get().groups).toEqual([]);
  });

  test('an engine file of the gum definition does not load the reader', async () => {
    const s = classStore(gum);
    await loaded(s);
    const load = vi.spyOn(legacyClasses.gum, 'load');
    const [report] = await s.importTexts([{ name: 'x.json', text: '{}' }]);
    expect(report).toMatchObject({ ok: false });
    expect(load).toHaveBeenCalledTimes(1);
    load.mockClear();
    const [bad] = await s.importTexts([
      { name: 'y.json', text: '{"format":"eck-investigation","investigation":"gum-residue"}' },
    ]);
    expect(bad).toMatchObject({ ok: false });
    expect(load).not.toHaveBeenCalled();
  });
});
