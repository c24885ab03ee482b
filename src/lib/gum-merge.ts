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
import { isNewer, mergeById, time, type Counts } from './merge/newest-wins';
import type { GroupImportReport } from './merge/group-report';
import { mergeInTurn, mergeOneGroup } from './merge/in-turn';

export { isNewer };
export { describeGroupReport, type GroupImportReport } from './merge/group-report';

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
  const { groups, report } = mergeOneGroup(
    data.groups,
    incoming,
    (old, inc, counts) =>
      mergeInto(
        old ?? {
          group: inc.group,
          exportedAt: inc.exportedAt,
          surveys: [],
          measurements: [],
          decomposition: { setup: null, predictions: [], observations: [] },
        },
        inc,
        counts,
      ),
    notIn,
  );
  return { data: { ...data, groups }, report };
}

/** Merge several groups in turn (a class file, or many files); one report per group. */
export function mergeGroups(
  data: ClassData,
  incoming: readonly ClassGroup[],
): { data: ClassData; reports: GroupImportReport[] } {
  return mergeInTurn(data, incoming, mergeGroup);
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
