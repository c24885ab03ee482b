/**
 * The gum experiment's records on this tablet: `$gumRecord`, its save state and notices, and
 * the actions the record page dispatches. Every action writes at once (no save button).
 */
import { atom } from 'nanostores';
import { randomId } from '../lib/random-id';
import { emptyGumRecord, type GumRecord } from '../schemas/gum-record';
import type { Survey } from '../schemas/gum-survey';
import type { Measurement } from '../schemas/gum-measurement';
import type { Observation, Prediction } from '../schemas/gum-decomposition';
import { migrateGumRecordV1, salvageGumRecord } from '../lib/gum-migrate';
import type { GroupInput, MeasurementInput, SurveyInput } from '../lib/gum-forms';
import type { ObservationInput, PredictionInput, SetupInput } from '../lib/gum-decomposition-forms';
import {
  browserDurableCopy,
  browserStorage,
  createPersisted,
  type DurableEngine,
  type Persisted,
  type StorageEngine,
} from './persisted';
import { GUM_RECORD_KEY, GUM_RECORD_V1_KEY } from '../lib/storage/storage-keys';
import { UNDO_MS, type ActionResult, type Clock } from './actions';

export { GUM_RECORD_KEY, GUM_RECORD_V1_KEY };
export { UNDO_MS } from './actions';

type Lists = {
  surveys: Survey;
  measurements: Measurement;
  predictions: Prediction;
  observations: Observation;
};
export type ListName = keyof Lists;

/** A deletion that can still be undone. */
export interface PendingUndo {
  list: ListName;
  /** What the user sees, e.g. "一条清点记录". */
  label: string;
  record: Lists[ListName];
  index: number;
  expiresAt: number;
}

export type { ActionResult, Clock } from './actions';

const listLabels: Record<ListName, string> = {
  surveys: '一条清点记录',
  measurements: '一条测量记录',
  predictions: '一条预测',
  observations: '一次观察记录',
};

function getList<K extends ListName>(r: GumRecord, list: K): Lists[K][] {
  const lists = {
    surveys: r.surveys,
    measurements: r.measurements,
    predictions: r.decomposition.predictions,
    observations: r.decomposition.observations,
  };
  return lists[list] as Lists[K][];
}

function withList<K extends ListName>(r: GumRecord, list: K, items: Lists[K][]): GumRecord {
  if (list === 'surveys') return { ...r, surveys: items as Survey[] };
  if (list === 'measurements') return { ...r, measurements: items as Measurement[] };
  return { ...r, decomposition: { ...r.decomposition, [list]: items } };
}

/** Build the store and its actions on a storage engine (the page uses localStorage). */
export function createGumRecordStore(
  engine: () => StorageEngine | null,
  clock: Clock = { now: () => new Date(), newId: () => randomId() },
  durable?: () => Promise<DurableEngine | null>,
) {
  const iso = () => clock.now().toISOString();
  const doc: Persisted<GumRecord> = createPersisted({
    key: GUM_RECORD_KEY,
    empty: emptyGumRecord,
    salvage: salvageGumRecord,
    legacy: [
      { key: GUM_RECORD_V1_KEY, migrate: (raw) => migrateGumRecordV1(raw, iso(), clock.newId) },
    ],
    engine,
    now: iso,
    ...(durable ? { durable } : {}),
  });
  const $undo = atom<PendingUndo | null>(null);
  /** Whether the browser agreed to keep the data (null: not asked or not supported). */
  const $persistent = atom<boolean | null>(null);
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  const current = () => doc.$value.get();
  const commit = (next: GumRecord, id?: string): ActionResult => {
    // The change is kept in memory even when the write fails; $save tells the user.
    const saved = doc.set(next);
    return id === undefined ? { ok: true, saved } : { ok: true, id, saved };
  };

  function add<K extends ListName>(
    list: K,
    input: Omit<Lists[K], 'id' | 'createdAt' | 'updatedAt'>,
  ) {
    const t = iso();
    const record = { ...input, id: clock.newId(), createdAt: t, updatedAt: t } as Lists[K];
    const r = current();
    return commit(withList(r, list, [...getList(r, list), record]), record.id);
  }

  function update<K extends ListName>(
    list: K,
    id: string,
    input: Omit<Lists[K], 'id' | 'createdAt' | 'updatedAt'>,
  ): ActionResult {
    const r = current();
    const items = getList(r, list);
    const old = items.find((x) => x.id === id);
    if (!old) return { ok: false, error: '这条记录已经不在了（可能在另一个页面删除了）。' };
    const next = items.map((x) =>
      x.id === id ? ({ ...input, id, createdAt: old.createdAt, updatedAt: iso() } as Lists[K]) : x,
    );
    return commit(withList(r, list, next), id);
  }

  function remove(list: ListName, id: string): ActionResult {
    const r = current();
    const items = getList(r, list);
    const index = items.findIndex((x) => x.id === id);
    const record = items[index];
    if (!record) return { ok: false, error: '这条记录已经不在了。' };
    clearTimeout(undoTimer);
    $undo.set({
      list,
      label: listLabels[list],
      record,
      index,
      expiresAt: clock.now().getTime() + UNDO_MS,
    });
    undoTimer = setTimeout(() => $undo.set(null), UNDO_MS);
    return commit(
      withList(
        r,
        list,
        items.filter((x) => x.id !== id),
      ),
    );
  }

  function undoDelete(): ActionResult {
    const u = $undo.get();
    if (!u) return { ok: false, error: '没有可以撤销的删除。' };
    clearTimeout(undoTimer);
    $undo.set(null);
    const r = current();
    const items = getList(r, u.list).filter((x) => x.id !== u.record.id);
    items.splice(Math.min(u.index, items.length), 0, u.record);
    return commit(withList(r, u.list, items), u.record.id);
  }

  const locked = (): string | null =>
    current().decomposition.observations.length > 0
      ? '第一次观察已经记录，预测不能再添加或修改。'
      : null;

  async function requestPersistence(): Promise<void> {
    try {
      // Safari before 15.2 has no navigator.storage; some browsers no persist().
      const nav = globalThis.navigator;
      if (nav && 'storage' in nav && typeof nav.storage.persist === 'function') {
        $persistent.set(await nav.storage.persist());
      }
    } catch {
      $persistent.set(false);
    }
  }

  return {
    $gumRecord: doc.$value,
    $save: doc.$save,
    $notice: doc.$notice,
    $undo,
    $persistent,
    load: doc.load,
    listen: doc.listen,
    retrySave: doc.retry,
    releaseDamaged: doc.release,
    dismissNotice: doc.dismissNotice,
    handleStorageEvent: doc.handleStorageEvent,

    /** Create or rename the group; the first time also asks the browser to keep the data. */
    saveGroup(input: GroupInput): ActionResult {
      const r = current();
      const t = iso();
      // Built from the input, so a grade left out of the input is left out of the group.
      const group = r.group
        ? { ...input, id: r.group.id, createdAt: r.group.createdAt, updatedAt: t }
        : { ...input, id: clock.newId(), createdAt: t, updatedAt: t };
      if (!r.group) void requestPersistence();
      return commit({ ...r, group }, group.id);
    },
    addSurvey: (input: SurveyInput) => add('surveys', input),
    updateSurvey: (id: string, input: SurveyInput) => update('surveys', id, input),
    addMeasurement: (input: MeasurementInput) => add('measurements', input),
    updateMeasurement: (id: string, input: MeasurementInput) => update('measurements', id, input),
    saveSetup(input: SetupInput): ActionResult {
      const r = current();
      const t = iso();
      const old = r.decomposition.setup;
      const first = r.decomposition.observations.map((o) => o.date).sort()[0];
      if (first && input.startDate > first) {
        return { ok: false, error: `开始日期不能晚于已记录的第一次观察（${first}）。` };
      }
      const setup = { ...input, createdAt: old?.createdAt ?? t, updatedAt: t };
      return commit({ ...r, decomposition: { ...r.decomposition, setup } });
    },
    addPrediction(input: PredictionInput): ActionResult {
      const why = locked();
      return why ? { ok: false, error: why } : add('predictions', input);
    },
    updatePrediction(id: string, input: PredictionInput): ActionResult {
      const why = locked();
      return why ? { ok: false, error: why } : update('predictions', id, input);
    },
    addObservation(input: ObservationInput): ActionResult {
      const setup = current().decomposition.setup;
      if (!setup) return { ok: false, error: '请先填写实验设置（开始日期）。' };
      if (input.date < setup.startDate) {
        return { ok: false, error: `观察日期不能早于实验开始的日子（${setup.startDate}）。` };
      }
      return add('observations', input);
    },
    updateObservation(id: string, input: ObservationInput): ActionResult {
      const setup = current().decomposition.setup;
      if (setup && input.date < setup.startDate) {
        return { ok: false, error: `观察日期不能早于实验开始的日子（${setup.startDate}）。` };
      }
      return update('observations', id, input);
    },
    remove,
    undoDelete,
    /** Remember that the group exported a file now (for the reminder). */
    markExported(at: string): ActionResult {
      return commit({ ...current(), lastExportedAt: at });
    },
  };
}

export type GumRecordStore = ReturnType<typeof createGumRecordStore>;

/**
 * The page's store, on localStorage with a durable IndexedDB copy. `load()` and
 * `listen(window)` run when the island starts.
 */
export const gumStore = createGumRecordStore(browserStorage, undefined, browserDurableCopy);
export const { $gumRecord, $save, $notice, $undo, $persistent } = gumStore;
