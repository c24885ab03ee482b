import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import {
  GUM_RECORD_KEY,
  GUM_RECORD_V1_KEY,
  UNDO_MS,
  createGumRecordStore,
} from '../../../src/stores/gum-record';
import { GumRecordSchema } from '../../../src/schemas/gum-record';
import type { SurveyInput } from '../../../src/lib/gum-forms';
import {
  fullRecord,
  gumRecordArb,
  measurement,
  observation,
  prediction,
  setup,
  survey,
} from '../gum-fixtures';
import { FakeStorage } from './fake-storage';
import { settle } from './fake-durable';

const { id: _id, createdAt: _c, updatedAt: _u, ...surveyInput } = survey;
const { id: _pid, createdAt: _pc, updatedAt: _pu, ...predictionInput } = prediction;
const { id: _oid, createdAt: _oc, updatedAt: _ou, ...observationInput } = observation;
const { createdAt: _sc, updatedAt: _su, ...setupInput } = setup;

function make(storage = new FakeStorage()) {
  let t = Date.parse('2026-03-02T08:00:00.000Z');
  let n = 0;
  const store = createGumRecordStore(() => storage, {
    now: () => new Date((t += 1000)),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  store.load();
  const stored = () => JSON.parse(storage.data.get(GUM_RECORD_KEY) ?? 'null');
  return { store, storage, stored };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('records', () => {
  test('add gives an id and times; every change is stored at once and valid', () => {
    const { store, stored } = make();
    store.saveGroup({ name: '第3组', nicknames: [] });
    const r = store.addSurvey(surveyInput);
    expect(r).toEqual({ ok: true, id: '00000000-0000-4000-8000-000000000002', saved: true });
    const s = store.$gumRecord.get().surveys[0];
    expect(s).toEqual({
      ...surveyInput,
      id: r.ok ? r.id : '',
      createdAt: s?.createdAt,
      updatedAt: s?.createdAt,
    });
    expect(stored()).toEqual(store.$gumRecord.get());
    expect(GumRecordSchema.safeParse(stored()).success).toBe(true);
  });

  test('update keeps the id and createdAt, moves updatedAt', () => {
    const { store } = make();
    const r = store.addSurvey(surveyInput);
    const id = r.ok ? (r.id ?? '') : '';
    const before = store.$gumRecord.get().surveys[0];
    store.updateSurvey(id, { ...surveyInput, count: 99 });
    const after = store.$gumRecord.get().surveys[0];
    expect(after?.count).toBe(99);
    expect(after?.id).toBe(id);
    expect(after?.createdAt).toBe(before?.createdAt);
    expect((after?.updatedAt ?? '') > (before?.updatedAt ?? '')).toBe(true);
    expect(store.updateSurvey('missing', surveyInput).ok).toBe(false);
  });

  test('delete can be undone for UNDO_MS, back in its place', () => {
    vi.useFakeTimers();
    const { store, stored } = make();
    const ids = [1, 2, 3].map((count) => {
      const r = store.addSurvey({ ...surveyInput, count } satisfies SurveyInput);
      return r.ok ? r.id : undefined;
    });
    store.remove('surveys', ids[1] ?? '');
    expect(stored().surveys.map((s: { count: number }) => s.count)).toEqual([1, 3]);
    expect(store.$undo.get()?.label).toBe('一条清点记录');
    vi.advanceTimersByTime(10_000);
    expect(store.undoDelete().ok).toBe(true);
    expect(stored().surveys.map((s: { count: number }) => s.count)).toEqual([1, 2, 3]);
    expect(store.$undo.get()).toBeNull();

    store.remove('surveys', ids[0] ?? '');
    vi.advanceTimersByTime(UNDO_MS + 1);
    expect(store.$undo.get()).toBeNull();
    expect(store.undoDelete()).toEqual({ ok: false, error: '没有可以撤销的删除。' });
    expect(UNDO_MS).toBeGreaterThanOrEqual(10_000);
  });

  test('predictions are locked once the first check is recorded', () => {
    const { store } = make();
    store.saveSetup(setupInput);
    const p = store.addPrediction(predictionInput);
    expect(p.ok).toBe(true);
    expect(store.addObservation(observationInput).ok).toBe(true);
    const locked = { ok: false, error: '第一次观察已经记录，预测不能再添加或修改。' };
    expect(store.addPrediction(predictionInput)).toEqual(locked);
    expect(store.updatePrediction(p.ok ? (p.id ?? '') : '', predictionInput)).toEqual(locked);
  });

  test('observations need a setup and may not come before its start', () => {
    const { store } = make();
    expect(store.addObservation(observationInput)).toEqual({
      ok: false,
      error: '请先填写实验设置（开始日期）。',
    });
    store.saveSetup(setupInput);
    expect(store.addObservation({ ...observationInput, date: '2026-03-01' })).toEqual({
      ok: false,
      error: '观察日期不能早于实验开始的日子（2026-03-02）。',
    });
    expect(store.addObservation(observationInput).ok).toBe(true);
    // The start may not move after the first check.
    expect(store.saveSetup({ ...setupInput, startDate: '2026-03-10' })).toEqual({
      ok: false,
      error: '开始日期不能晚于已记录的第一次观察（2026-03-09）。',
    });
    expect(store.saveSetup({ ...setupInput, startDate: '2026-03-01' }).ok).toBe(true);
    expect(store.$gumRecord.get().decomposition.setup?.createdAt).not.toBe(
      store.$gumRecord.get().decomposition.setup?.updatedAt,
    );
  });

  test('a failed write keeps the change in memory and says it was not saved', () => {
    const { store, storage, stored } = make();
    store.addSurvey(surveyInput);
    storage.fill();
    expect(store.addSurvey(surveyInput)).toMatchObject({ ok: true, saved: false });
    expect(store.$gumRecord.get().surveys).toHaveLength(2);
    expect(stored().surveys).toHaveLength(1);
    expect(store.$save.get()).toMatchObject({ kind: 'failed', reason: 'quota' });
  });

  test('markExported remembers the time', () => {
    const { store, stored } = make();
    store.markExported('2026-03-09T09:00:00.000Z');
    expect(stored().lastExportedAt).toBe('2026-03-09T09:00:00.000Z');
  });
});

describe('the group’s grade', () => {
  test('kept when given, stored valid; left out when the group is saved without one', () => {
    const { store, stored } = make();
    store.saveGroup({ name: '第3组', nicknames: [], grade: 2 });
    expect(stored().group).toMatchObject({ name: '第3组', grade: 2 });
    const id = stored().group.id;
    store.saveGroup({ name: '第3组', nicknames: [], grade: 6 });
    expect(stored().group).toMatchObject({ id, grade: 6 });
    store.saveGroup({ name: '第3组', nicknames: [] });
    expect('grade' in stored().group).toBe(false);
    expect(stored().group.id).toBe(id);
    expect(GumRecordSchema.safeParse(stored()).success).toBe(true);
  });

  test('a stored record from before grades loads as it is', () => {
    const storage = new FakeStorage();
    const old = make(storage);
    old.store.saveGroup({ name: '第3组', nicknames: [] });
    old.store.addSurvey(surveyInput);
    const again = make(storage);
    expect(again.store.$gumRecord.get().group?.grade).toBeUndefined();
    expect(again.store.$gumRecord.get().surveys).toHaveLength(1);
    expect(again.store.$notice.get()).toBeNull();
  });
});

describe('persistent storage', () => {
  test('asked for once, when the group is created', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    const { store } = make();
    store.saveGroup({ name: '第3组', nicknames: [] });
    store.saveGroup({ name: '第4组', nicknames: ['小明'] });
    await vi.waitFor(() => expect(store.$persistent.get()).toBe(true));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(store.$gumRecord.get().group?.name).toBe('第4组');
  });

  test('refused or missing: recorded as false or left unknown', async () => {
    vi.stubGlobal('navigator', { storage: { persist: async () => false } });
    const a = make().store;
    a.saveGroup({ name: 'x', nicknames: [] });
    await vi.waitFor(() => expect(a.$persistent.get()).toBe(false));
    vi.stubGlobal('navigator', {});
    const b = make().store;
    b.saveGroup({ name: 'x', nicknames: [] });
    await Promise.resolve();
    expect(b.$persistent.get()).toBeNull();
  });
});

describe('stored data', () => {
  test('property: any accepted record round-trips through storage unchanged', () => {
    fc.assert(
      fc.property(gumRecordArb, (record) => {
        const storage = new FakeStorage();
        storage.data.set(GUM_RECORD_KEY, JSON.stringify(record));
        const { store } = make(storage);
        expect(store.$notice.get()).toBeNull();
        expect(store.$gumRecord.get()).toEqual(record);
        // And what the store writes is read back the same by a second tab.
        store.markExported('2026-03-09T09:00:00.000Z');
        const second = make(storage).store;
        expect(second.$gumRecord.get()).toEqual(store.$gumRecord.get());
      }),
      { numRuns: 150 },
    );
  });

  test('version 1 is migrated to version 2 (once the store has loaded)', async () => {
    const storage = new FakeStorage();
    storage.data.set(
      GUM_RECORD_V1_KEY,
      JSON.stringify({
        version: 1,
        groupName: '老组',
        surveys: [
          { date: '2026-03-02', placeType: 'shop', placeName: '小卖部', area: 20, count: 9 },
        ],
      }),
    );
    const { store, stored } = make(storage);
    expect(store.$save.get()).toEqual({ kind: 'loading' });
    await settle();
    expect(store.$notice.get()).toEqual({
      kind: 'migrated',
      fromKey: GUM_RECORD_V1_KEY,
      dropped: 0,
    });
    expect(stored().group.name).toBe('老组');
    expect(stored().surveys[0]).toMatchObject({
      placeName: '小卖部',
      areaSquareMetres: 20,
      count: 9,
    });
    expect(GumRecordSchema.safeParse(stored()).success).toBe(true);
  });

  test('a damaged version 1 is not dropped without a word', async () => {
    const storage = new FakeStorage();
    storage.data.set(GUM_RECORD_V1_KEY, '{"version":1,"groupName":"老组","surveys":[');
    const { store } = make(storage);
    await settle();
    expect(store.$notice.get()).toEqual({
      kind: 'recovered',
      dropped: 1,
      backupKey: GUM_RECORD_V1_KEY,
      raw: null,
    });
    expect(storage.data.get(GUM_RECORD_V1_KEY)).toBe('{"version":1,"groupName":"老组","surveys":[');
  });
});

describe('every list is updated and removed the same way', () => {
  const { id: _mid, createdAt: _mc, updatedAt: _mu, ...measurementInput } = measurement;

  test('updating one record of several leaves the others as they were', () => {
    const { store, stored } = make();
    const a = store.addMeasurement(measurementInput);
    const b = store.addMeasurement({ ...measurementInput, diameterCm: 3 });
    const before = store.$gumRecord.get().measurements;
    const r = store.updateMeasurement(b.ok ? (b.id ?? '') : '', {
      ...measurementInput,
      diameterCm: 4,
    });
    expect(r).toMatchObject({ ok: true, saved: true });
    const after = store.$gumRecord.get().measurements;
    expect(after[0]).toBe(before[0]);
    expect(after[0]?.id).toBe(a.ok ? a.id : '');
    expect(after[1]?.diameterCm).toBe(4);
    expect(stored().measurements).toEqual(after);
    expect(store.updateMeasurement('missing', measurementInput)).toEqual({
      ok: false,
      error: '这条记录已经不在了（可能在另一个页面删除了）。',
    });
  });

  test.each([
    ['surveys', '一条清点记录'],
    ['measurements', '一条测量记录'],
    ['predictions', '一条预测'],
    ['observations', '一次观察记录'],
  ] as const)('removing from %s is labelled “%s”; a missing id is an error', (list, label) => {
    vi.useFakeTimers();
    const { store, stored } = make();
    store.saveSetup(setupInput);
    const ids = [
      store.addSurvey(surveyInput),
      store.addMeasurement(measurementInput),
      store.addPrediction(predictionInput),
      store.addObservation(observationInput),
    ].map((r) => (r.ok ? (r.id ?? '') : ''));
    const index = ['surveys', 'measurements', 'predictions', 'observations'].indexOf(list);
    expect(store.remove(list, 'missing')).toEqual({ ok: false, error: '这条记录已经不在了。' });
    expect(store.$undo.get()).toBeNull();
    expect(store.remove(list, ids[index] ?? '')).toMatchObject({ ok: true });
    expect(store.$undo.get()).toMatchObject({ list, label, index: 0 });
    const all = stored();
    const lists = [
      all.surveys,
      all.measurements,
      all.decomposition.predictions,
      all.decomposition.observations,
    ];
    expect(lists.map((l: unknown[]) => l.length)).toEqual(
      [0, 1, 2, 3].map((i) => (i === index ? 0 : 1)),
    );
    expect(store.undoDelete()).toMatchObject({ ok: true, id: ids[index] });
    expect(stored()).toEqual(store.$gumRecord.get());
  });

  test('undo puts a record back at the end when the list got shorter meanwhile', () => {
    vi.useFakeTimers();
    const { store } = make();
    const ids = [1, 2, 3].map((count) => {
      const r = store.addSurvey({ ...surveyInput, count });
      return r.ok ? (r.id ?? '') : '';
    });
    store.remove('surveys', ids[2] ?? '');
    // Another tab deleted a record before the undo.
    const other = { ...store.$gumRecord.get() };
    store.handleStorageEvent({
      key: GUM_RECORD_KEY,
      newValue: JSON.stringify({ ...other, surveys: other.surveys.slice(0, 1) }),
    });
    expect(store.$gumRecord.get().surveys).toHaveLength(1);
    expect(store.undoDelete().ok).toBe(true);
    expect(store.$gumRecord.get().surveys.map((s) => s.count)).toEqual([1, 3]);
  });

  test('a second delete replaces the pending undo', () => {
    vi.useFakeTimers();
    const { store } = make();
    const a = store.addSurvey({ ...surveyInput, count: 1 });
    const b = store.addSurvey({ ...surveyInput, count: 2 });
    store.remove('surveys', a.ok ? (a.id ?? '') : '');
    vi.advanceTimersByTime(UNDO_MS - 1000);
    store.remove('surveys', b.ok ? (b.id ?? '') : '');
    // The first timer does not clear the second deletion's undo.
    vi.advanceTimersByTime(2000);
    expect(store.$undo.get()?.record.id).toBe(b.ok ? b.id : '');
    vi.advanceTimersByTime(UNDO_MS);
    expect(store.$undo.get()).toBeNull();
  });
});

describe('updatePrediction and updateObservation', () => {
  test('a prediction is changed until the first check', () => {
    const { store } = make();
    const p = store.addPrediction(predictionInput);
    const id = p.ok ? (p.id ?? '') : '';
    expect(store.updatePrediction(id, { ...predictionInput, reason: '改了' })).toMatchObject({
      ok: true,
      id,
    });
    expect(store.$gumRecord.get().decomposition.predictions[0]?.reason).toBe('改了');
  });

  test('an observation may not be moved before the start; without a setup it is changed as it is', () => {
    const { store } = make();
    store.saveSetup(setupInput);
    const o = store.addObservation(observationInput);
    const id = o.ok ? (o.id ?? '') : '';
    expect(store.updateObservation(id, { ...observationInput, date: '2026-03-01' })).toEqual({
      ok: false,
      error: '观察日期不能早于实验开始的日子（2026-03-02）。',
    });
    expect(store.updateObservation(id, { ...observationInput, date: '2026-03-02' })).toMatchObject({
      ok: true,
      id,
    });
    expect(store.$gumRecord.get().decomposition.observations[0]?.date).toBe('2026-03-02');

    // A record whose setup was lost (e.g. salvaged) can still have its observations fixed.
    const storage = new FakeStorage();
    storage.data.set(
      GUM_RECORD_KEY,
      JSON.stringify({
        ...fullRecord(),
        decomposition: { ...fullRecord().decomposition, setup: null, predictions: [] },
      }),
    );
    const bare = make(storage);
    expect(bare.store.$notice.get()).toBeNull();
    expect(bare.store.$gumRecord.get().decomposition.setup).toBeNull();
    expect(
      bare.store.updateObservation(observation.id, { ...observationInput, observer: '小刚' }),
    ).toMatchObject({ ok: true, id: observation.id });
    expect(bare.stored().decomposition.observations[0].observer).toBe('小刚');
    expect(bare.store.updateObservation('missing', observationInput).ok).toBe(false);
  });
});

describe('the default clock', () => {
  test('times are the device clock, ids random version-4 UUIDs', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-05T10:00:00.000Z'));
    const storage = new FakeStorage();
    const store = createGumRecordStore(() => storage);
    store.load();
    const a = store.addSurvey(surveyInput);
    const b = store.addSurvey(surveyInput);
    const [s1, s2] = store.$gumRecord.get().surveys;
    expect(s1?.createdAt).toBe('2026-03-05T10:00:00.000Z');
    expect(s1?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.ok && b.ok && a.id !== b.id).toBe(true);
    expect(s2?.id).toBe(b.ok ? b.id : '');
  });
});
