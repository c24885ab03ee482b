/**
 * Merging groups' files of an investigation into the class data. Groups are keyed by their id,
 * records by id within their kind and group; the newer `updatedAt` wins (ties: a fixed order),
 * so merging is idempotent and the order of imports does not matter. Pure.
 */
import type {
  InvestigationClassData,
  InvestigationClassGroup,
  StoredRecord,
} from '../../schemas/investigation/records';
import { isNewer, mergeById, time, type Counts } from '../merge/newest-wins';
import type { GroupImportReport } from '../merge/group-report';
import { mergeInTurn, mergeOneGroup } from '../merge/in-turn';

function mergeRecords(
  old: Record<string, StoredRecord[]>,
  incoming: Record<string, StoredRecord[]>,
  counts: Counts,
): Record<string, StoredRecord[]> {
  const out: Record<string, StoredRecord[]> = {};
  for (const k of new Set([...Object.keys(old), ...Object.keys(incoming)])) {
    out[k] = mergeById(old[k] ?? [], incoming[k] ?? [], counts);
  }
  return out;
}

function notIn(old: InvestigationClassGroup, incoming: InvestigationClassGroup): number {
  const have = new Set(Object.values(incoming.records).flatMap((l) => l.map((r) => r.id)));
  return Object.values(old.records)
    .flat()
    .filter((r) => !have.has(r.id)).length;
}

/** Merge one group's data into the class data: the new class data and what changed. */
export function mergeInvestigationGroup(
  data: InvestigationClassData,
  incoming: InvestigationClassGroup,
): { data: InvestigationClassData; report: GroupImportReport } {
  const { groups, report } = mergeOneGroup(
    data.groups,
    incoming,
    (old, inc, counts) =>
      old
        ? {
            group: isNewer(inc.group, old.group) ? inc.group : old.group,
            exportedAt:
              time(inc.exportedAt) > time(old.exportedAt) ? inc.exportedAt : old.exportedAt,
            records: mergeRecords(old.records, inc.records, counts),
          }
        : { ...inc, records: mergeRecords({}, inc.records, counts) },
    notIn,
  );
  return { data: { groups }, report };
}

/** Merge several groups in turn; one report per group. */
export function mergeInvestigationGroups(
  data: InvestigationClassData,
  incoming: readonly InvestigationClassGroup[],
): { data: InvestigationClassData; reports: GroupImportReport[] } {
  return mergeInTurn(data, incoming, mergeInvestigationGroup);
}

/** Take a group out of the class data. */
export function removeInvestigationGroup(
  data: InvestigationClassData,
  groupId: string,
): InvestigationClassData {
  return { groups: data.groups.filter((g) => g.group.id !== groupId) };
}
