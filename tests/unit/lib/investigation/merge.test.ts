import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { must } from '../../../support/gum-data';
import { at, litterGroup, survey, uuid, zone } from '../../../support/litter-data';
import {
  mergeInvestigationGroup,
  mergeInvestigationGroups,
  removeInvestigationGroup,
} from '../../../../src/lib/investigation/merge';
import type {
  InvestigationClassData,
  InvestigationClassGroup,
  StoredRecord,
} from '../../../../src/schemas/investigation/records';

const empty: InvestigationClassData = { groups: [] };
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);

describe('mergeInvestigationGroup', () => {
  test('a new group is added with all its records, the groups in order of creation', () => {
    const early = { ...g5, group: { ...g5.group, createdAt: at(-5) } };
    const once = mergeInvestigationGroup({ groups: [g3] }, early);
    expect(once.data.groups.map((g) => g.group.name)).toEqual(['第5组', '第3组']);
    expect(once.report).toEqual({
      groupId: g5.group.id,
      groupName: '第5组',
      newGroup: true,
      added: 3,
      updated: 0,
      ignored: 0,
      notInFile: 0,
    });
  });

  test('a file without the list of a kind keeps the class’s records of that kind', () => {
    const { survey: surveys, ...others } = g3.records;
    expect(surveys?.length).toBeGreaterThan(0);
    const merged = mergeInvestigationGroup({ groups: [g3] }, { ...g3, records: others });
    expect(merged.data.groups[0]?.records).toEqual(g3.records);
    expect(merged.report).toMatchObject({ added: 0, updated: 0, notInFile: surveys?.length });
  });

  test('the newer name wins, whichever file came first; the later export time is kept', () => {
    const renamed: InvestigationClassGroup = {
      ...g3,
      group: { ...g3.group, name: '三组', updatedAt: at(40) },
      exportedAt: at(45),
    };
    const older = { ...g3, exportedAt: at(55) };
    for (const order of [
      [older, renamed],
      [renamed, older],
    ]) {
      const { data, reports } = mergeInvestigationGroups(empty, order);
      expect(data.groups).toHaveLength(1);
      expect(must(data.groups[0]).group.name).toBe('三组');
      expect(must(data.groups[0]).exportedAt).toBe(at(55));
      expect(reports.at(-1)?.groupName).toBe('三组');
    }
  });

  test('records deleted on the tablet since an earlier import are kept and counted', () => {
    const fewer = { ...g3, records: { zone: g3.records['zone'] ?? [], survey: [] } };
    const { data, report } = mergeInvestigationGroup({ groups: [g3] }, fewer);
    expect(report).toMatchObject({ newGroup: false, added: 0, ignored: 1, notInFile: 2 });
    expect(data).toEqual({ groups: [g3] });
  });

  test('a kind missing from one copy is taken from the other', () => {
    const zonesOnly = { ...g3, records: { zone: g3.records['zone'] ?? [] } };
    const merged = mergeInvestigationGroups(empty, [zonesOnly, g3]).data;
    expect(merged.groups[0]?.records).toEqual(g3.records);
  });
});

describe('removeInvestigationGroup', () => {
  test('takes out that group only; an unknown id changes nothing', () => {
    const data = { groups: [g3, g5] };
    expect(removeInvestigationGroup(data, g3.group.id)).toEqual({ groups: [g5] });
    expect(removeInvestigationGroup(data, uuid(404))).toEqual(data);
    expect(data.groups).toHaveLength(2);
  });
});

// Copies of a few groups' data as different tablets exported them at different times.
const copyArb = fc.record({
  group: fc.integer({ min: 1, max: 3 }),
  groupT: fc.integer({ min: 0, max: 4 }),
  name: fc.constantFrom('甲', '乙', '丙'),
  exported: fc.integer({ min: 0, max: 9 }),
  zones: fc.uniqueArray(
    fc.record({
      n: fc.integer({ min: 1, max: 3 }),
      t: fc.integer({ min: 0, max: 4 }),
      name: fc.constantFrom('操场', '门口'),
    }),
    { selector: (z) => z.n, maxLength: 3 },
  ),
  surveys: fc.uniqueArray(
    fc.record({
      n: fc.integer({ min: 1, max: 4 }),
      t: fc.integer({ min: 0, max: 4 }),
      count: fc.integer({ min: 0, max: 3 }),
    }),
    { selector: (s) => s.n, maxLength: 4 },
  ),
});
type Copy = typeof copyArb extends fc.Arbitrary<infer T> ? T : never;

function toGroup(c: Copy): InvestigationClassGroup {
  const base = c.group * 1000;
  const zones = c.zones.map((z) => zone(base + z.n, z.name, null, z.t));
  const z0 = zones[0];
  return {
    group: { id: uuid(c.group), name: c.name, createdAt: at(0), updatedAt: at(c.groupT) },
    exportedAt: at(10 + c.exported),
    records: {
      zone: zones,
      survey: z0
        ? c.surveys.map((s) =>
            survey(base + 100 + s.n, z0.id, 'first', [s.count, 0, 0, 0], { t: s.t }),
          )
        : [],
    },
  };
}

/** The copy of each record that should win: latest updatedAt, ties by the larger JSON. */
function newestCopies(groups: readonly InvestigationClassGroup[]): Map<string, StoredRecord> {
  const best = new Map<string, StoredRecord>();
  for (const g of groups) {
    for (const r of Object.values(g.records).flat()) {
      const cur = best.get(r.id);
      const newer =
        !cur ||
        r.updatedAt > cur.updatedAt ||
        (r.updatedAt === cur.updatedAt && JSON.stringify(r) > JSON.stringify(cur));
      if (newer) best.set(r.id, r);
    }
  }
  return best;
}

describe('properties of merging', () => {
  const copies = fc.array(copyArb.map(toGroup), { maxLength: 8 });

  test('idempotent: importing the same files again changes nothing and adds nothing', () => {
    fc.assert(
      fc.property(copies, (groups) => {
        const once = mergeInvestigationGroups(empty, groups).data;
        const again = mergeInvestigationGroups(once, groups);
        expect(again.data).toEqual(once);
        for (const r of again.reports) expect(r.added + r.updated).toBe(0);
      }),
    );
  });

  test('commutative: any order of the same files gives the same class data', () => {
    fc.assert(
      fc.property(
        copies.chain((groups) =>
          fc.tuple(fc.constant(groups), fc.shuffledSubarray(groups, { minLength: groups.length })),
        ),
        ([groups, shuffled]) => {
          const a = mergeInvestigationGroups(empty, groups).data;
          expect(mergeInvestigationGroups(empty, shuffled).data).toEqual(a);
          // Merging in two batches is the same as one.
          const half = Math.floor(shuffled.length / 2);
          const twoSteps = mergeInvestigationGroups(
            mergeInvestigationGroups(empty, shuffled.slice(0, half)).data,
            shuffled.slice(half),
          ).data;
          expect(twoSteps).toEqual(a);
        },
      ),
    );
  });

  test('newest wins: every record is there once, in its newest copy; nothing is lost', () => {
    fc.assert(
      fc.property(copies, (groups) => {
        const { data, reports } = mergeInvestigationGroups(empty, groups);
        const merged = data.groups.flatMap((g) => Object.values(g.records).flat());
        const best = newestCopies(groups);
        expect(merged).toHaveLength(best.size);
        for (const r of merged) expect(r).toEqual(best.get(r.id));
        expect(new Set(data.groups.map((g) => g.group.id)).size).toBe(data.groups.length);
        // Every incoming record is counted exactly once.
        const incoming = groups.reduce((n, g) => n + Object.values(g.records).flat().length, 0);
        const counted = reports.reduce((n, r) => n + r.added + r.updated + r.ignored, 0);
        expect(counted).toBe(incoming);
      }),
    );
  });
});
