/**
 * Reading stored values back (src/stores/persisted.ts `salvage`): what is valid is kept, what
 * is not is counted, never silently dropped. Pure.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import {
  MAX_INVESTIGATION_GROUPS,
  emptyRecords,
  investigationSchemas,
  recordSchema,
  type InvestigationClassData,
  type InvestigationClassGroup,
  type InvestigationData,
  type StoredRecord,
} from '../../schemas/investigation/records';
import { findForbiddenKey, type Salvaged } from '../safe-json';

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Read a tablet's stored data, keeping every valid record of a damaged value. */
export function salvageInvestigationData(
  def: InvestigationDefinition,
  input: unknown,
): Salvaged<InvestigationData> {
  const schemas = investigationSchemas(def);
  if (findForbiddenKey(input) === null) {
    const whole = schemas.data.safeParse(input);
    if (whole.success) return { value: whole.data, dropped: 0 };
  }
  if (!isObject(input) || findForbiddenKey(input) !== null) {
    return { value: { group: null, records: emptyRecords(def) }, dropped: 1 };
  }
  let dropped = 0;
  const g = schemas.data.shape.group.safeParse(input['group']);
  if (!g.success) dropped += 1;
  const raw = isObject(input['records']) ? input['records'] : {};
  const records = emptyRecords(def);
  const seen = new Set<string>();
  for (const k of def.kinds) {
    const list = Array.isArray(raw[k.id]) ? (raw[k.id] as unknown[]) : [];
    const schema = recordSchema(def, k);
    for (const r of list.slice(0, k.maxRecords)) {
      const p = schema.safeParse(r);
      if (!p.success || seen.has(p.data.id)) {
        dropped += 1;
        continue;
      }
      seen.add(p.data.id);
      records[k.id]?.push(p.data as StoredRecord);
    }
    dropped += Math.max(0, list.length - k.maxRecords);
  }
  // A record whose zone (or other chosen record) was lost would fail every later load.
  for (const k of def.kinds) {
    for (const f of k.fields) {
      if (f.type !== 'choice' || !f.recordOf) continue;
      const ids = new Set((records[f.recordOf] ?? []).map((r) => r.id));
      const kept = (records[k.id] ?? []).filter(
        (r) => r.values[f.id] == null || ids.has(String(r.values[f.id])),
      );
      dropped += (records[k.id]?.length ?? 0) - kept.length;
      records[k.id] = kept;
    }
  }
  // The time of the last export is only a note for the group: forgotten with a damaged value.
  return { value: { group: g.success ? g.data : null, records }, dropped: Math.max(1, dropped) };
}

/** Read stored class data, keeping every valid group of a damaged value. */
export function salvageInvestigationClass(
  def: InvestigationDefinition,
  input: unknown,
): Salvaged<InvestigationClassData> {
  const schemas = investigationSchemas(def);
  if (findForbiddenKey(input) === null) {
    const whole = schemas.classData.safeParse(input);
    if (whole.success) return { value: whole.data, dropped: 0 };
  }
  const raw =
    input !== null && typeof input === 'object' && !Array.isArray(input)
      ? (input as Record<string, unknown>)['groups']
      : undefined;
  if (!Array.isArray(raw)) return { value: { groups: [] }, dropped: 1 };
  const seen = new Set<string>();
  const groups: InvestigationClassGroup[] = [];
  for (const g of raw.slice(0, MAX_INVESTIGATION_GROUPS)) {
    const r = schemas.classGroup.safeParse(g);
    if (!r.success || findForbiddenKey(g) !== null || seen.has(r.data.group.id)) continue;
    seen.add(r.data.group.id);
    groups.push(r.data);
  }
  return { value: { groups }, dropped: Math.max(1, raw.length - groups.length) };
}
