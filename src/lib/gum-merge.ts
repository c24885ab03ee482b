/**
 * Merging groups' exported data into the class data on the teacher's device. Pure.
 *
 * Records are keyed by id within their group and groups by the group's id, so two groups never
 * mix. For the same id the copy with the later `updatedAt` wins; equal times fall back to a
 * fixed order of the records' JSON, so the result does not depend on the order of imports,
 * and importing the same file again changes nothing. Lists are kept sorted by createdAt, id.
 */
import type { ClassData, ClassGroup } from '../schemas/gum-class';
import type { GumExport } from '../schemas/gum-export';
import type { DecompositionSetup } from '../schemas/gum-decomposition';

/** What one group's import did. Counts are records: surveys, measurements, predictions, checks and the setup. */
export interface GroupImportReport {
  groupId: string;
  /** The group's name after the import. */
  groupName: string;
  /** True when the group was not in the class data before. */
  newGroup: boolean;
  added: number;
  updated: number;
  /** Records already there in the same or a newer version. */
  ignored: number;
  /**
   * Records of this group in the class data that the import did not contain: deleted on the
   * tablet since an earlier import, or from another file. Merging never deletes them.
   */
  notInFile: number;
}

interface Stamped {
  updatedAt: string;
}
interface Keyed extends Stamped {
  id: string;
  createdAt: string;
}

function time(t: string): number {
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? ms : 0;
}

/** Whether `a` should replace `b`: later updatedAt; on a tie, the larger JSON (a fixed order). */
export function isNewer(a: Stamped, b: Stamped): boolean {
  const d = time(a.updatedAt) - time(b.updatedAt);
  if (d !== 0) return d > 0;
  return JSON.stringify(a) > JSON.stringify(b);
}

function byCreated(a: Keyed, b: Keyed): number {
  const d = time(a.createdAt) - time(b.createdAt);
  if (d !== 0) return d;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Counts {
  added: number;
  updated: number;
  ignored: number;
}

function mergeById<T extends Keyed>(
  old: readonly T[],
  incoming: readonly T[],
  counts: Counts,
): T[] {
  const byId = new Map<string, T>();
  for (const x of old) byId.set(x.id, x);
  let changed = false;
  for (const x of incoming) {
    const cur = byId.get(x.id);
    if (!cur) {
      byId.set(x.id, x);
      counts.added += 1;
      changed = true;
    } else if (isNewer(x, cur)) {
      byId.set(x.id, x);
      counts.updated += 1;
      changed = true;
    } else {
      counts.ignored += 1;
    }
  }
  return changed ? [...byId.values()].sort(byCreated) : [...old];
}

function mergeSetup(
  old: DecompositionSetup | null,
  incoming: DecompositionSetup | null,
  counts: Counts,
): DecompositionSetup | null {
  if (!incoming) return old;
  if (!old) {
    counts.added += 1;
    return incoming;
  }
  if (isNewer(incoming, old)) {
    counts.updated += 1;
    return incoming;
  }
  counts.ignored += 1;
  return old;
}

function sortGroups(groups: ClassGroup[]): ClassGroup[] {
  return groups.sort((a, b) => byCreated(a.group, b.group));
}

function mergeInto(old: ClassGroup, incoming: ClassGroup, counts: Counts): ClassGroup {
  return {
    group: isNewer(incoming.group, old.group) ? incoming.group : old.group,
    exportedAt:
      time(incoming.exportedAt) > time(old.exportedAt) ? incoming.exportedAt : old.exportedAt,
    surveys: mergeById(old.surveys, incoming.surveys, counts),
    measurements: mergeById(old.measurements, incoming.measurements, counts),
    decomposition: {
      setup: mergeSetup(old.decomposition.setup, incoming.decomposition.setup, counts),
      predictions: mergeById(
        old.decomposition.predictions,
        incoming.decomposition.predictions,
        counts,
      ),
      observations: mergeById(
        old.decomposition.observations,
        incoming.decomposition.observations,
        counts,
      ),
    },
  };
}

/** A group's export file as class data of that group. */
export function classGroupFromExport(file: GumExport): ClassGroup {
  return {
    group: file.group,
    exportedAt: file.exportedAt,
    surveys: file.surveys,
    measurements: file.measurements,
    decomposition: file.decomposition,
  };
}

function notIn(old: ClassGroup, incoming: ClassGroup): number {
  const ids = (g: ClassGroup) => [
    ...g.surveys.map((x) => x.id),
    ...g.measurements.map((x) => x.id),
    ...g.decomposition.predictions.map((x) => x.id),
    ...g.decomposition.observations.map((x) => x.id),
  ];
  const have = new Set(ids(incoming));
  return ids(old).filter((id) => !have.has(id)).length;
}

/** Put a group's data in place of what the class data holds for that group (no merging). */
export function replaceGroup(data: ClassData, incoming: ClassGroup): ClassData {
  const rest = data.groups.filter((g) => g.group.id !== incoming.group.id);
  return mergeGroup({ ...data, groups: rest }, incoming).data;
}

/** Merge one group's data into the class data; returns new class data and what changed. */
export function mergeGroup(
  data: ClassData,
  incoming: ClassGroup,
): { data: ClassData; report: GroupImportReport } {
  const counts: Counts = { added: 0, updated: 0, ignored: 0 };
  const index = data.groups.findIndex((g) => g.group.id === incoming.group.id);
  const old = data.groups[index];
  const base: ClassGroup = old ?? {
    group: incoming.group,
    exportedAt: incoming.exportedAt,
    surveys: [],
    measurements: [],
    decomposition: { setup: null, predictions: [], observations: [] },
  };
  const merged = mergeInto(base, incoming, counts);
  const groups = old
    ? data.groups.map((g, i) => (i === index ? merged : g))
    : sortGroups([...data.groups, merged]);
  return {
    data: { ...data, groups },
    report: {
      groupId: merged.group.id,
      groupName: merged.group.name,
      newGroup: !old,
      ...counts,
      notInFile: old ? notIn(old, incoming) : 0,
    },
  };
}

/** Merge several groups in turn (a class file, or many files); one report per group. */
export function mergeGroups(
  data: ClassData,
  incoming: readonly ClassGroup[],
): { data: ClassData; reports: GroupImportReport[] } {
  let current = data;
  const reports: GroupImportReport[] = [];
  for (const g of incoming) {
    const r = mergeGroup(current, g);
    current = r.data;
    reports.push(r.report);
  }
  return { data: current, reports };
}

/** Take a group out of the class data; `removed` is what undo puts back (by merging it). */
export function removeGroup(
  data: ClassData,
  groupId: string,
): { data: ClassData; removed: ClassGroup | null } {
  const removed = data.groups.find((g) => g.group.id === groupId) ?? null;
  if (!removed) return { data, removed: null };
  return { data: { ...data, groups: data.groups.filter((g) => g !== removed) }, removed };
}

/** Number of records of a group (as counted in import reports). */
export function countRecords(g: ClassGroup): number {
  return (
    g.surveys.length +
    g.measurements.length +
    g.decomposition.predictions.length +
    g.decomposition.observations.length +
    (g.decomposition.setup ? 1 : 0)
  );
}

/** One line in Chinese about one group's import, e.g. "第3组（新小组）：新增 5 条，更新 1 条，已有 0 条". */
export function describeGroupReport(r: GroupImportReport): string {
  const tag = r.newGroup ? '（新小组）' : '';
  const extra = r.notInFile > 0 ? `；全班数据里另有 ${r.notInFile} 条这个文件里没有的记录` : '';
  return `${r.groupName}${tag}：新增 ${r.added} 条，更新 ${r.updated} 条，已有未变 ${r.ignored} 条${extra}`;
}
