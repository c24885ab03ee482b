/**
 * One group's records of an investigation on its tablet: the data, its save state and notices,
 * and the actions the record page dispatches. Every action writes at once, through the guarded
 * persistence layer with its durable IndexedDB copy.
 */
import type {
  ChildrenDef,
  InvestigationDefinition,
  RecordKind,
} from '../../schemas/investigation/definition';
import {
  emptyInvestigationData,
  type FieldValue,
  type GroupDetails,
  type InvestigationData,
  type StoredRecord,
} from '../../schemas/investigation/records';
import { salvageInvestigationData } from '../../lib/investigation/salvage';
import { randomId } from '../../lib/random-id';
import { investigationRecordKey } from '../../lib/storage/storage-keys';
import {
  browserDurableCopy,
  browserStorage,
  createPersisted,
  type DurableEngine,
  type StorageEngine,
} from '../persisted';
import { perInvestigation } from './per-investigation';
import { legacyKeys } from '../../lib/investigation/legacy/formats';
import type { legacyRecords } from '../../lib/investigation/legacy/record-formats';
import { undoSlot, type ActionResult, type Clock } from '../actions';

/**
 * Why records of this kind can no longer be added, changed or deleted (`closedBy`: the group has
 * a record of that kind), or null while they can.
 */
export const closedMessage = (k: RecordKind | undefined, records: InvestigationData['records']) =>
  k?.closedBy && records[k.closedBy.kind]?.length ? k.closedBy.message : null;

export function createInvestigationRecordStore(
  def: InvestigationDefinition,
  engine: () => StorageEngine | null,
  clock: Clock = { now: () => new Date(), newId: () => randomId() },
  durable?: () => Promise<DurableEngine | null>,
  /**
   * The older code's formats a definition may name in `legacy` (./legacy/record-formats.ts),
   * given by the page that needs them: only its code can then reach their readers.
   */
  formats?: typeof legacyRecords,
) {
  const iso = () => clock.now().toISOString();
  const doc = createPersisted<InvestigationData>({
    key: investigationRecordKey(def.id),
    empty: () => emptyInvestigationData(def),
    salvage: (raw) => salvageInvestigationData(def, raw),
    legacy: legacyKeys(def, formats, iso),
    engine,
    now: iso,
    ...(durable ? { durable } : {}),
  });
  const current = () => doc.$value.get();
  const commit = (next: InvestigationData, id?: string): ActionResult => {
    // Every action puts a new list in place of one it changes: a kind closed by now
    // (`closedBy`) keeps its list, whichever action it is (an undo puts a record back too).
    for (const k of def.kinds) {
      const error = closedMessage(k, current().records);
      if (error && next.records[k.id] !== current().records[k.id]) return { ok: false, error };
    }
    const saved = doc.set(next);
    return id === undefined ? { ok: true, saved } : { ok: true, id, saved };
  };
  const list = (kind: string) => current().records[kind] ?? [];
  const withList = (kind: string, items: StoredRecord[]): InvestigationData => ({
    ...current(),
    records: { ...current().records, [kind]: items },
  });
  const kindDef = (kind: string) => def.kinds.find((k) => k.id === kind);
  const tooMany = (k: RecordKind): ActionResult => ({
    ok: false,
    error: `${k.label}最多 ${k.maxRecords} 条，请先删除不用的。`,
  });

  /** The last deletion, while it can be undone. */
  const undo = undoSlot<{
    kind: string;
    label: string;
    record: StoredRecord;
    index: number;
    /** The record's children (`children`), deleted with it, each with its place in its list. */
    children: { kind: string; record: StoredRecord; index: number }[];
  }>(() => clock.now().getTime());

  /** Records of other kinds that chose this one (a zone with surveys in it), not its children. */
  function usedBy(id: string, c: ChildrenDef | undefined): string | null {
    for (const k of def.kinds) {
      for (const f of k.fields) {
        if (f.type !== 'choice' || !f.recordOf || (k.id === c?.kind && f.id === c.parent)) continue;
        if ((current().records[k.id] ?? []).some((r) => r.values[f.id] === id)) return k.label;
      }
    }
    return null;
  }

  return {
    /** The clock the actions stamp records with; actions beside the store use it too. */
    clock,
    $data: doc.$value,
    $undo: undo.$undo,
    $save: doc.$save,
    $notice: doc.$notice,
    load: doc.load,
    listen: doc.listen,
    retrySave: doc.retry,
    releaseDamaged: doc.release,
    dismissNotice: doc.dismissNotice,
    handleStorageEvent: doc.handleStorageEvent,

    /**
     * Create or rename the group; with `details` (checked, `checkGroupDetails`) its grade and
     * nicknames become these (an undefined one is cleared), without them they stay as they were.
     */
    saveGroup(name: string, details?: GroupDetails): ActionResult {
      const g = current().group;
      const t = iso();
      const group = g
        ? { ...g, name, updatedAt: t, ...details }
        : { id: clock.newId(), name, createdAt: t, updatedAt: t, ...details };
      return commit({ ...current(), group }, group.id);
    },
    add(kind: string, values: Record<string, FieldValue>): ActionResult {
      const k = kindDef(kind);
      if (!k) return { ok: false, error: '没有这种记录。' };
      if (list(kind).length >= k.maxRecords) return tooMany(k);
      const t = iso();
      const record: StoredRecord = { id: clock.newId(), createdAt: t, updatedAt: t, values };
      return commit(withList(kind, [...list(kind), record]), record.id);
    },
    update(kind: string, id: string, values: Record<string, FieldValue>): ActionResult {
      const old = list(kind).find((r) => r.id === id);
      if (!old) return { ok: false, error: '这条记录已经不在了（可能在另一个页面删除了）。' };
      const next = list(kind).map((r) => (r.id === id ? { ...r, values, updatedAt: iso() } : r));
      return commit(withList(kind, next), id);
    },
    /**
     * Put these record lists in place of the current ones, in one change: for actions beside
     * the store that change several kinds at once (./record-children.ts saves a record with its
     * children), so a reload never finds half of it.
     */
    replaceRecords(records: Record<string, StoredRecord[]>, id: string): ActionResult {
      for (const k of def.kinds) {
        if ((records[k.id]?.length ?? 0) > Math.max(k.maxRecords, list(k.id).length))
          return tooMany(k);
      }
      return commit({ ...current(), records: { ...current().records, ...records } }, id);
    },
    remove(kind: string, id: string): ActionResult {
      if (!list(kind).some((r) => r.id === id)) return { ok: false, error: '这条记录已经不在了。' };
      const c = kindDef(kind)?.children;
      const user = usedBy(id, c);
      if (user) {
        return { ok: false, error: `还有${user}选了它，请先修改或删除那些记录。` };
      }
      const index = list(kind).findIndex((r) => r.id === id);
      const record = list(kind)[index] as StoredRecord;
      const all = c ? list(c.kind) : [];
      const children = all.flatMap((record, i) =>
        c && record.values[c.parent] === id ? [{ kind: c.kind, record, index: i }] : [],
      );
      const next = withList(
        kind,
        list(kind).filter((r) => r.id !== id),
      );
      // Its children go in the same change: a reload never finds them without their parent.
      if (c) next.records[c.kind] = all.filter((r) => r.values[c.parent] !== id);
      const done = commit(next);
      // Only a deletion that happened can be undone (a closed kind's is refused).
      if (done.ok) {
        undo.offer({
          kind,
          label: kindDef(kind)?.itemLabel ?? '一条记录',
          record,
          index,
          children,
        });
      }
      return done;
    },
    /** Remember that 导出文件 saved a file at this time (for the export section). */
    markExported(at: string): ActionResult {
      return commit({ ...current(), lastExportedAt: at });
    },
    /** Put the last deleted record (and its children) back in its place. */
    undoDelete(): ActionResult {
      const u = undo.take();
      if (!u) return { ok: false, error: '没有可以撤销的删除。' };
      const records = { ...current().records };
      // In the order they were taken out: each goes back where it was.
      for (const x of [u, ...u.children]) {
        const items = (records[x.kind] ?? []).filter((r) => r.id !== x.record.id);
        items.splice(Math.min(x.index, items.length), 0, x.record);
        records[x.kind] = items;
      }
      return commit({ ...current(), records }, u.record.id);
    },
  };
}

export type InvestigationRecordStore = ReturnType<typeof createInvestigationRecordStore>;

/** The page's store of an investigation, on localStorage with a durable IndexedDB copy. */
export const investigationRecordStore = perInvestigation((def) =>
  createInvestigationRecordStore(def, browserStorage, undefined, browserDurableCopy),
);
