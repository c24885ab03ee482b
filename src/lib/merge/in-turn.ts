/**
 * Merging several groups, and several checked files, into class data one after another: one
 * report per group and per file, a file that would pass the class's group limit refused whole.
 * Shared by every class view (the gum experiment's and each investigation's). Pure.
 */
import type { GroupImportReport } from './group-report';
import { byCreated, type Counts } from './newest-wins';

/** A file after its checks: its groups, or why it was refused. */
export type CheckedFile<G> =
  { ok: true; kind: 'group' | 'class'; groups: G[] } | { ok: false; errors: string[] };

/** What happened to one file. */
export type FileReport =
  | { source: string; ok: true; kind: 'group' | 'class'; groups: GroupImportReport[] }
  | { source: string; ok: false; errors: string[] };

/** Merge groups in turn with `mergeOne`; one report per group. */
export function mergeInTurn<D, G>(
  data: D,
  incoming: readonly G[],
  mergeOne: (data: D, group: G) => { data: D; report: GroupImportReport },
): { data: D; reports: GroupImportReport[] } {
  let current = data;
  const reports: GroupImportReport[] = [];
  for (const g of incoming) {
    const r = mergeOne(current, g);
    current = r.data;
    reports.push(r.report);
  }
  return { data: current, reports };
}

/** Merge checked files in turn (the valid ones); one report per file, in the given order. */
export function importInTurn<D extends { groups: readonly unknown[] }, G>(
  data: D,
  parsed: readonly { name: string; result: CheckedFile<G> }[],
  mergeAll: (data: D, groups: readonly G[]) => { data: D; reports: GroupImportReport[] },
  maxGroups: number,
): { data: D; reports: FileReport[] } {
  let current = data;
  const reports: FileReport[] = [];
  for (const { name, result } of parsed) {
    if (!result.ok) {
      reports.push({ source: name, ok: false, errors: result.errors });
      continue;
    }
    const merged = mergeAll(current, result.groups);
    if (merged.data.groups.length > maxGroups) {
      reports.push({
        source: name,
        ok: false,
        errors: [`全班数据最多只能有 ${maxGroups} 个小组，请先删除不用的小组。`],
      });
      continue;
    }
    current = merged.data;
    reports.push({ source: name, ok: true, kind: result.kind, groups: merged.reports });
  }
  return { data: current, reports };
}

interface GroupData {
  group: { id: string; name: string; createdAt: string; updatedAt: string };
}

/**
 * Merge one group into the class's groups: in its place when it is there, else added and the
 * groups kept in order of creation. `merge` combines the old copy (if any) with the incoming
 * one, counting records; `notIn` counts the old copy's records the incoming one lacks.
 */
export function mergeOneGroup<G extends GroupData>(
  groups: readonly G[],
  incoming: G,
  merge: (old: G | undefined, incoming: G, counts: Counts) => G,
  notIn: (old: G, incoming: G) => number,
): { groups: G[]; report: GroupImportReport } {
  const counts: Counts = { added: 0, updated: 0, ignored: 0 };
  const index = groups.findIndex((g) => g.group.id === incoming.group.id);
  const old = groups[index];
  const merged = merge(old, incoming, counts);
  return {
    groups: old
      ? groups.map((g, i) => (i === index ? merged : g))
      : [...groups, merged].sort((a, b) => byCreated(a.group, b.group)),
    report: {
      groupId: merged.group.id,
      groupName: merged.group.name,
      newGroup: !old,
      ...counts,
      notInFile: old ? notIn(old, incoming) : 0,
    },
  };
}
