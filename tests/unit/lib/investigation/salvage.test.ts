import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { def, litterGroup, uuid, zone } from '../../../support/litter-data';
import {
  salvageInvestigationClass,
  salvageInvestigationData,
} from '../../../../src/lib/investigation/salvage';
import { investigationSchemas } from '../../../../src/schemas/investigation/records';

const schemas = investigationSchemas(def);
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);
const stored = { group: g3.group, records: g3.records };
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const emptyData = { group: null, records: { zone: [], survey: [] } };

describe('salvageInvestigationData', () => {
  test.each<[string, unknown, unknown, number]>([
    ['nothing stored yet (null)', null, emptyData, 1],
    ['a list', [stored], emptyData, 1],
    ['text', 'oops', emptyData, 1],
    ['a prototype key', JSON.parse('{"__proto__":{"x":1},"group":null}'), emptyData, 1],
    [
      'a group but no records',
      { group: g3.group },
      { group: g3.group, records: { zone: [], survey: [] } },
      1,
    ],
    ['records not a map', { group: null, records: [1] }, emptyData, 1],
  ])('%s', (_, input, value, dropped) => {
    expect(salvageInvestigationData(def, input)).toEqual({ value, dropped });
  });

  test('a record past the most a kind may keep is left out and counted', () => {
    const zones = Array.from({ length: 12 }, (_, i) => zone(500 + i, `区域${i}`));
    const r = salvageInvestigationData(def, { group: null, records: { zone: zones, survey: [] } });
    expect(r.value.records['zone']).toEqual(zones.slice(0, 10));
    expect(r.dropped).toBe(2);
  });

  test('a second record with an id already used (in any kind) is left out', () => {
    const x = copy(stored);
    const z = x.records['zone']?.[0];
    if (!z) throw new Error('zone');
    x.records['zone']?.push({ ...z, values: { name: '另一个', area: null } });
    const r = salvageInvestigationData(def, x);
    expect(r.value.records['zone']).toEqual([z]);
    expect(r.value.records['survey']).toEqual(stored.records['survey']);
    expect(r.dropped).toBe(1);
  });

  test('a damaged group is dropped, the records kept', () => {
    const r = salvageInvestigationData(def, { ...copy(stored), group: { name: 3 } });
    expect(r).toEqual({ value: { group: null, records: stored.records }, dropped: 1 });
  });

  test('property: whatever is stored, what comes back is valid data and what was left out is counted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const r = salvageInvestigationData(def, input);
        expect(schemas.data.safeParse(r.value).success).toBe(true);
        expect(r.dropped).toBeGreaterThanOrEqual(1);
      }),
      // Each run builds the schemas anew: enough shapes of junk without slowing the suite.
      { numRuns: 50 },
    );
  });

  test('property: spoiling some records keeps every other one, in order', () => {
    const all = [...(stored.records['zone'] ?? []), ...(stored.records['survey'] ?? [])];
    fc.assert(
      fc.property(
        fc.subarray([0, 1, 2]),
        fc.constantFrom<unknown>(null, 7, 'x', {}, { id: 'bad' }),
        (spoil, junk) => {
          const x = copy(stored);
          // Index 0 is the zone, 1 and 2 its surveys.
          const lists = [x.records['zone'], x.records['survey'], x.records['survey']];
          const offsets = [0, 0, 1];
          for (const i of spoil) (lists[i] as unknown[])[offsets[i] ?? 0] = junk;
          const r = salvageInvestigationData(def, x);
          const zoneLost = spoil.includes(0);
          const kept = all.filter((_, i) => !spoil.includes(i) && !(zoneLost && i > 0));
          expect([
            ...(r.value.records['zone'] ?? []),
            ...(r.value.records['survey'] ?? []),
          ]).toEqual(kept);
          expect(r.dropped).toBe(spoil.length === 0 ? 0 : all.length - kept.length);
          expect(r.value.group).toEqual(stored.group);
        },
      ),
    );
  });
});

describe('salvageInvestigationClass', () => {
  test.each<[string, unknown, unknown[], number]>([
    ['valid', { groups: [g3, g5] }, [g3, g5], 0],
    ['nothing', null, [], 1],
    ['groups not a list', { groups: {} }, [], 1],
    ['a group twice', { groups: [g3, g3, g5] }, [g3, g5], 1],
    ['a damaged group', { groups: [g3, { group: 1 }, g5] }, [g3, g5], 1],
    [
      'a group with a prototype key',
      { groups: [JSON.parse(`{"__proto__":1,${JSON.stringify(g5).slice(1)}`), g3] },
      [g3],
      1,
    ],
  ])('%s', (_, input, groups, dropped) => {
    expect(salvageInvestigationClass(def, input)).toEqual({ value: { groups }, dropped });
  });

  test('more than 100 groups: the first 100 valid ones are kept', () => {
    const many = Array.from({ length: 102 }, (_, i) => ({
      ...g3,
      group: { ...g3.group, id: uuid(1000 + i), name: `第${i + 1}组` },
    }));
    const r = salvageInvestigationClass(def, { groups: many });
    expect(r.value.groups).toHaveLength(100);
    expect(r.dropped).toBe(2);
  });

  test('property: whatever is stored, the class data that comes back is valid', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.array(fc.constantFrom<unknown>(g3, g5, null, { groups: 1 })),
        (junk, gs) => {
          for (const input of [junk, { groups: [...gs, junk] }]) {
            const r = salvageInvestigationClass(def, input);
            expect(schemas.classData.safeParse(r.value).success).toBe(true);
          }
        },
      ),
    );
  });
});

describe('a stored value without a kind’s list', () => {
  test('gets the empty list; what it holds is kept (the value as a whole failed: one drop)', () => {
    const z = zone(1, '操场', 100);
    const r = salvageInvestigationData(def, { group: null, records: { zone: [z] } });
    expect(r.value.records['survey']).toEqual([]);
    expect(r.value.records['zone']).toEqual([z]);
    expect(r.dropped).toBe(1);
  });
});
