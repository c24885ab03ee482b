import { describe, expect, test, vi } from 'vitest';
import { UNDO_MS } from '../../../../src/stores/actions';
import {
  createInvestigationRecordStore,
  investigationRecordStore,
} from '../../../../src/stores/investigation/record';
import { createInvestigationClassStore } from '../../../../src/stores/investigation/class';
import {
  investigationClassKey,
  investigationRecordKey,
} from '../../../../src/lib/storage/storage-keys';
import { FakeStorage } from '../fake-storage';
import { def, exportText, litterGroup, uuid } from '../../../support/litter-data';

function clock() {
  let n = 0;
  let t = Date.parse('2026-11-30T08:00:00Z');
  return { now: () => new Date((t += 60_000)), newId: () => uuid(++n) };
}

const surveyValues = (zone: string) => ({
  zone,
  round: 'first',
  date: '2026-11-30',
  recyclable: 1,
  hazardous: 0,
  kitchen: 2,
  other: 3,
  'recyclable-g': null,
  'hazardous-g': null,
  'kitchen-g': null,
  'other-g': null,
  gathers: null,
  note: null,
});

describe('investigation record store', () => {
  test('group, add, update, remove; every change written under the investigation key', () => {
    const storage = new FakeStorage();
    const s = createInvestigationRecordStore(def, () => storage, clock());
    s.load();
    expect(s.saveGroup('第3组')).toMatchObject({ ok: true, saved: true });
    const z = s.add('zone', { name: '操场', area: null });
    if (!z.ok || !z.id) throw new Error('zone');
    const r = s.add('survey', surveyValues(z.id));
    if (!r.ok || !r.id) throw new Error('survey');
    expect(s.update('survey', r.id, { ...surveyValues(z.id), other: 9 })).toMatchObject({
      ok: true,
    });
    const stored = JSON.parse(storage.data.get(investigationRecordKey(def.id)) ?? '{}');
    expect(stored.records.survey[0].values.other).toBe(9);
    expect(stored.records.survey[0].updatedAt > stored.records.survey[0].createdAt).toBe(true);
    expect(s.remove('zone', z.id)).toEqual({
      ok: false,
      error: '还有调查记录选了它，请先修改或删除那些记录。',
    });
    expect(s.remove('survey', r.id)).toMatchObject({ ok: true });
    expect(s.remove('zone', z.id)).toMatchObject({ ok: true });
    expect(s.update('zone', z.id, { name: 'x', area: null })).toMatchObject({ ok: false });
    expect(s.saveGroup('第4组')).toMatchObject({ ok: true });
    expect(s.$data.get().group?.name).toBe('第4组');
  });

  test('a deletion can be undone for UNDO_MS, back in its place', () => {
    vi.useFakeTimers();
    try {
      const s = createInvestigationRecordStore(def, () => new FakeStorage(), clock());
      s.load();
      for (const name of ['甲', '乙', '丙']) s.add('zone', { name, area: null });
      const middle = s.$data.get().records['zone']?.[1]?.id ?? '';
      s.remove('zone', middle);
      expect(s.$undo.get()?.label).toBe('一个区域');
      expect(s.undoDelete()).toMatchObject({ ok: true, id: middle });
      expect(s.$data.get().records['zone']?.map((z) => z.values['name'])).toEqual([
        '甲',
        '乙',
        '丙',
      ]);
      s.remove('zone', middle);
      vi.advanceTimersByTime(UNDO_MS + 1);
      expect(s.$undo.get()).toBeNull();
      expect(s.undoDelete()).toEqual({ ok: false, error: '没有可以撤销的删除。' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('the most records of a kind is kept to', () => {
    const s = createInvestigationRecordStore(def, () => new FakeStorage(), clock());
    s.load();
    for (let i = 0; i < 10; i += 1) s.add('zone', { name: `区域${i}`, area: null });
    expect(s.add('zone', { name: '多一个', area: null })).toEqual({
      ok: false,
      error: '我们的区域最多 10 条，请先删除不用的。',
    });
    expect(s.add('nothing', {})).toEqual({ ok: false, error: '没有这种记录。' });
  });

  test('a damaged stored value is backed up and what is valid is loaded', () => {
    const storage = new FakeStorage();
    storage.data.set(investigationRecordKey(def.id), '{"group":null,"records":{"zone":[1]}}');
    const s = createInvestigationRecordStore(def, () => storage, clock());
    s.load();
    expect(s.$notice.get()).toMatchObject({ kind: 'recovered', dropped: 1 });
    expect([...storage.data.keys()].some((k) => k.includes(':backup:'))).toBe(true);
  });
});

describe('investigation class store', () => {
  test('imports texts, keeps them, removes a group', async () => {
    const storage = new FakeStorage();
    const s = createInvestigationClassStore(
      def,
      () => storage,
      () => new Date('2026-11-30T10:00:00Z'),
    );
    s.load();
    const g = litterGroup(3, '第3组', '操场', [1, 0, 0, 0], [0, 0, 0, 1]);
    const reports = await s.importTexts([
      { name: 'a.json', text: exportText(g) },
      { name: 'b.json', text: '' },
    ]);
    expect(reports.map((r) => r.ok)).toEqual([true, false]);
    expect(JSON.parse(storage.data.get(investigationClassKey(def.id)) ?? '{}').groups).toHaveLength(
      1,
    );
    expect((await s.check(exportText(g))).ok).toBe(true);
    s.removeGroup(g.group.id);
    expect(s.$data.get().groups).toEqual([]);
  });
});

describe('investigation record store: edges', () => {
  test('without a clock: random UUIDs and this device’s time', () => {
    const s = createInvestigationRecordStore(def, () => new FakeStorage());
    s.load();
    const before = Date.now();
    const r = s.add('zone', { name: '操场', area: 12 });
    if (!r.ok || !r.id) throw new Error('zone');
    expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const z = s.$data.get().records['zone']?.[0];
    expect(Date.parse(z?.createdAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(z?.updatedAt).toBe(z?.createdAt);
  });

  test('renaming keeps the group’s id and creation time', () => {
    const s = createInvestigationRecordStore(def, () => new FakeStorage(), clock());
    s.load();
    s.saveGroup('第3组');
    const g = s.$data.get().group;
    s.saveGroup('三组');
    expect(s.$data.get().group).toEqual({ ...g, name: '三组', updatedAt: expect.any(String) });
    expect((s.$data.get().group?.updatedAt ?? '') > (g?.updatedAt ?? '')).toBe(true);
  });

  test('group details are saved with the name, kept by a rename without them, cleared when undefined', () => {
    const storage = new FakeStorage();
    const s = createInvestigationRecordStore(def, () => storage, clock());
    s.load();
    s.saveGroup('第3组', { grade: 4, nicknames: ['小明', '小红'] });
    expect(s.$data.get().group).toMatchObject({ grade: 4, nicknames: ['小明', '小红'] });
    s.saveGroup('三组');
    expect(s.$data.get().group).toMatchObject({
      name: '三组',
      grade: 4,
      nicknames: ['小明', '小红'],
    });
    s.saveGroup('三组', { grade: 2, nicknames: undefined });
    const stored = JSON.parse(storage.data.get(investigationRecordKey(def.id)) ?? '{}');
    expect(stored.group).toEqual({ ...s.$data.get().group, grade: 2 });
    expect('nicknames' in stored.group).toBe(false);
    // What was stored reads back as it was saved.
    const again = createInvestigationRecordStore(def, () => storage, clock());
    again.load();
    expect(again.$data.get().group).toEqual(stored.group);
  });

  test('changing a record that is gone says so and changes nothing', () => {
    const s = createInvestigationRecordStore(def, () => new FakeStorage(), clock());
    s.load();
    const before = s.$data.get();
    expect(s.update('zone', uuid(77), { name: 'x', area: null })).toEqual({
      ok: false,
      error: '这条记录已经不在了（可能在另一个页面删除了）。',
    });
    expect(s.remove('zone', uuid(77))).toEqual({ ok: false, error: '这条记录已经不在了。' });
    expect(s.$data.get()).toBe(before);
  });

  test('undo puts the record back at its place, or at the end if the list got shorter', () => {
    vi.useFakeTimers();
    try {
      const s = createInvestigationRecordStore(def, () => new FakeStorage(), clock());
      s.load();
      for (const name of ['甲', '乙', '丙']) s.add('zone', { name, area: null });
      const ids = (s.$data.get().records['zone'] ?? []).map((z) => z.id);
      s.remove('zone', ids[0] ?? '');
      // A second deletion replaces the first as the one to undo.
      s.remove('zone', ids[2] ?? '');
      expect(s.$undo.get()?.record.values['name']).toBe('丙');
      expect(s.$undo.get()?.index).toBe(1);
      expect(s.undoDelete()).toMatchObject({ ok: true, id: ids[2] });
      expect(s.$data.get().records['zone']?.map((z) => z.values['name'])).toEqual(['乙', '丙']);
      // The first timer must not clear a later deletion's undo early.
      s.remove('zone', ids[1] ?? '');
      vi.advanceTimersByTime(UNDO_MS - 1);
      expect(s.$undo.get()).not.toBeNull();
      vi.advanceTimersByTime(1);
      expect(s.$undo.get()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a full storage keeps the change in memory and reports it unsaved', () => {
    const storage = new FakeStorage();
    const s = createInvestigationRecordStore(def, () => storage, clock());
    s.load();
    storage.quota = 0;
    expect(s.saveGroup('第3组')).toMatchObject({ ok: true, saved: false });
    expect(s.$data.get().group?.name).toBe('第3组');
    expect(s.$save.get()).toMatchObject({ kind: 'failed', reason: 'quota' });
  });

  test('a change made in another tab is followed', () => {
    const storage = new FakeStorage();
    const a = createInvestigationRecordStore(def, () => storage, clock());
    const b = createInvestigationRecordStore(def, () => storage, clock());
    a.load();
    b.load();
    a.saveGroup('第3组');
    b.handleStorageEvent({
      key: investigationRecordKey(def.id),
      newValue: storage.data.get(investigationRecordKey(def.id)) ?? null,
    });
    expect(b.$data.get().group?.name).toBe('第3组');
  });

  test('the page keeps one record store per investigation', () => {
    expect(investigationRecordStore(def)).toBe(investigationRecordStore(def));
  });
});
