/**
 * Saving a record of a kind with `children` (an observation with its entries) and its children
 * in one change of the record store: a reload or a closed tab never leaves half of it. An action
 * beside the store, loaded only with the grid (src/islands/investigation/ChildGrid.tsx).
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import type { FieldValue, StoredRecord } from '../../schemas/investigation/records';
import type { ActionResult } from '../actions';
import type { InvestigationRecordStore } from './record';

/**
 * Add (`id` null) or edit a parent record and make its children these: a child keeps its id and
 * creation time when one of the parent's children had its row and column, the others go. The
 * children are given without their parent field.
 */
export function saveWithChildren(
  store: InvestigationRecordStore,
  def: InvestigationDefinition,
  kind: string,
  id: string | null,
  values: Record<string, FieldValue>,
  children: Record<string, FieldValue>[],
): ActionResult {
  const { clock } = store;
  const c = def.kinds.find((x) => x.id === kind)?.children;
  if (!c) return { ok: false, error: '没有这种记录。' };
  const all = store.$data.get().records;
  const list = all[kind] ?? [];
  const old = list.find((r) => r.id === id);
  // The store's own answer for an edited record deleted meanwhile.
  if (id !== null && !old) return store.update(kind, id, values);
  const t = clock.now().toISOString();
  const parent: StoredRecord = old
    ? { ...old, values, updatedAt: t }
    : { id: clock.newId(), createdAt: t, updatedAt: t, values };
  const isMine = (r: StoredRecord) => r.values[c.parent] === parent.id;
  const mine = (all[c.kind] ?? []).filter(isMine);
  const others = (all[c.kind] ?? []).filter((r) => !isMine(r));
  const axes = [c.rows.field, c.columns.field];
  const kids = children.map((v): StoredRecord => {
    const same = mine.find((r) => axes.every((f) => r.values[f] === v[f]));
    const cv = { ...v, [c.parent]: parent.id };
    return same
      ? { ...same, values: cv, updatedAt: t }
      : { id: clock.newId(), createdAt: t, updatedAt: t, values: cv };
  });
  // The store refuses lists longer than their kind's maxRecords (an added parent, its children).
  return store.replaceRecords(
    {
      [kind]: old ? list.map((r) => (r.id === id ? parent : r)) : [...list, parent],
      [c.kind]: [...others, ...kids],
    },
    parent.id,
  );
}
