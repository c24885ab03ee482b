/** A parent record with its children (gum observation × entries): one store change each time. */
import { describe, expect, test } from 'vitest';
import { createInvestigationRecordStore } from '../../../../src/stores/investigation/record';
import { saveWithChildren } from '../../../../src/stores/investigation/record-children';
import { gumResidueDefinition as def } from '../../../../src/lib/investigation/definitions';
import { investigationRecordKey } from '../../../../src/lib/storage/storage-keys';
import { FakeStorage } from '../fake-storage';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
function setup() {
  const storage = new FakeStorage();
  let n = 0;
  let t = Date.parse('2026-12-03T08:00:00Z');
  const s = createInvestigationRecordStore(def, () => storage, {
    now: () => new Date((t += 60_000)),
    newId: () => uuid(++n),
  });
  s.load();
  s.saveGroup('第3组');
  const writes = () => storage.writes.get(investigationRecordKey(def.id)) ?? 0;
  return { s, storage, writes };
}
const obs = (date: string) => ({ date, observer: null, note: null });
const entry = (item: string, medium: string, state: string) => ({
  item,
  medium,
  state,
  sizeCm: null,
  note: null,
});
const stored = (storage: FakeStorage) =>
  JSON.parse(storage.getItem(investigationRecordKey(def.id)) ?? '{}') as {
    records: Record<string, { id: string; values: Record<string, unknown> }[]>;
  };

describe('saveWithChildren', () => {
  test('adds the parent and its children in one written change', () => {
    const { s, storage, writes } = setup();
    const w = writes();
    const spy: string[] = [];
    const off = s.$data.listen(() => spy.push('change'));
    const r = saveWithChildren(s, def, 'observation', null, obs('2026-12-02'), [
      entry('gum', 'soil', 'slight'),
      entry('paper', 'soil', 'unchanged'),
    ]);
    off();
    expect(r.ok).toBe(true);
    expect(spy).toEqual(['change']);
    expect(writes()).toBe(w + 1);
    const after = stored(storage).records;
    const parent = after['observation']?.[0];
    expect(after['entry']?.map((e) => [e.values['item'], e.values['observation']])).toEqual([
      ['gum', parent?.id],
      ['paper', parent?.id],
    ]);
  });

  test('an edit replaces exactly that observation’s children; a cell kept keeps its id', () => {
    const { s } = setup();
    saveWithChildren(s, def, 'observation', null, obs('2026-12-02'), [
      entry('gum', 'soil', 'slight'),
      entry('paper', 'soil', 'unchanged'),
    ]);
    saveWithChildren(s, def, 'observation', null, obs('2026-12-03'), [
      entry('gum', 'soil', 'clear'),
    ]);
    const [first, second] = s.$data.get().records['observation'] ?? [];
    const gumId = s.$data.get().records['entry']?.[0]?.id;
    const r = saveWithChildren(s, def, 'observation', first?.id ?? '', obs('2026-12-01'), [
      entry('gum', 'soil', 'almostGone'),
      entry('gum', 'tapWater', 'slight'),
    ]);
    expect(r).toMatchObject({ ok: true, id: first?.id });
    const entries = s.$data.get().records['entry'] ?? [];
    const of = (id: string | undefined) =>
      entries.filter((e) => e.values['observation'] === id).map((e) => e.values['state']);
    expect(of(first?.id)).toEqual(['almostGone', 'slight']);
    expect(of(second?.id)).toEqual(['clear']);
    expect(entries.find((e) => e.values['state'] === 'almostGone')?.id).toBe(gumId);
    expect(s.$data.get().records['observation']?.[0]?.values['date']).toBe('2026-12-01');
  });

  test('an edited observation deleted meanwhile: nothing saved, the store says so', () => {
    const { s } = setup();
    const r = saveWithChildren(s, def, 'observation', uuid(99), obs('2026-12-02'), []);
    expect(r).toEqual({ ok: false, error: '这条记录已经不在了（可能在另一个页面删除了）。' });
    expect(s.$data.get().records['entry']).toEqual([]);
  });

  test('children beyond the child kind’s maxRecords: refused, nothing saved', () => {
    const { s } = setup();
    const many = Array.from({ length: 1001 }, () => entry('gum', 'soil', 'slight'));
    const r = saveWithChildren(s, def, 'observation', null, obs('2026-12-02'), many);
    expect(r).toEqual({ ok: false, error: '观察项最多 1000 条，请先删除不用的。' });
    expect(s.$data.get().records['observation']).toEqual([]);
  });
});

describe('deleting a parent', () => {
  test('removes its children in the same change; undo brings both back in their places', () => {
    const { s, storage, writes } = setup();
    saveWithChildren(s, def, 'observation', null, obs('2026-12-02'), [
      entry('gum', 'soil', 'slight'),
    ]);
    saveWithChildren(s, def, 'observation', null, obs('2026-12-03'), [
      entry('gum', 'soil', 'clear'),
      entry('paper', 'soil', 'clear'),
    ]);
    const before = s.$data.get().records;
    const first = before['observation']?.[0]?.id ?? '';
    const w = writes();
    expect(s.remove('observation', first).ok).toBe(true);
    expect(writes()).toBe(w + 1);
    expect(stored(storage).records['observation']).toHaveLength(1);
    expect(stored(storage).records['entry']?.map((e) => e.values['state'])).toEqual([
      'clear',
      'clear',
    ]);
    expect(s.undoDelete().ok).toBe(true);
    expect(s.$data.get().records['observation']).toEqual(before['observation']);
    expect(s.$data.get().records['entry']).toEqual(before['entry']);
    expect(stored(storage).records['entry']).toHaveLength(3);
  });
});

describe('saveWithChildren of a kind without children', () => {
  test.each(['survey', 'no-such-kind'])('%s: refused, nothing written', (kind) => {
    const { s, writes } = setup();
    const w = writes();
    expect(saveWithChildren(s, def, kind, null, obs('2026-12-02'), [])).toEqual({
      ok: false,
      error: '没有这种记录。',
    });
    expect(writes()).toBe(w);
  });
});
