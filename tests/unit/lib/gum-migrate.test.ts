import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { migrateGumRecordV1, salvageGumRecord } from '../../../src/lib/gum-migrate';
import { GumRecordSchema, emptyGumRecord } from '../../../src/schemas/gum-record';
import { fullRecord, gumRecordArb, survey } from '../gum-fixtures';

describe('salvageGumRecord', () => {
  test('a valid record is kept whole', () => {
    expect(salvageGumRecord(fullRecord())).toEqual({ value: fullRecord(), dropped: 0 });
  });

  test.each([
    ['null', null],
    ['a number', 42],
    ['an array', [fullRecord()]],
    ['a string', 'hello'],
  ])('%s gives an empty record, counted as one loss', (_n, input) => {
    expect(salvageGumRecord(input)).toEqual({ value: emptyGumRecord(), dropped: 1 });
  });

  test('invalid records are left out, valid ones kept', () => {
    const r = fullRecord();
    const damaged = {
      ...r,
      surveys: [survey, { ...survey, id: 'not-a-uuid' }, { nonsense: true }],
      measurements: 'oops',
      decomposition: { ...r.decomposition, setup: { broken: 1 } },
      extra: 'key',
    };
    const out = salvageGumRecord(damaged);
    expect(out.value).toEqual({
      ...r,
      surveys: [survey],
      measurements: [],
      decomposition: { ...r.decomposition, setup: null },
    });
    expect(out.dropped).toBe(4);
    expect(GumRecordSchema.safeParse(out.value).success).toBe(true);
  });

  test('a duplicate id keeps its first copy', () => {
    const out = salvageGumRecord({ ...fullRecord(), surveys: [survey, { ...survey, count: 99 }] });
    expect(out.value.surveys).toEqual([survey]);
    expect(out.dropped).toBe(1);
  });

  test('a __proto__ key in a record drops the record', () => {
    const raw = JSON.parse(
      JSON.stringify({ ...fullRecord(), surveys: [survey] }).replace(
        '"count":12',
        '"count":12,"__proto__":{"x":1}',
      ),
    );
    const out = salvageGumRecord(raw);
    expect(out.value.surveys).toEqual([]);
    expect(out.dropped).toBeGreaterThan(0);
  });

  test('property: the salvaged value always passes the schema', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          gumRecordArb.map((r) => ({ ...r, surveys: [...r.surveys, { bad: 1 }] })),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        (input) => {
          expect(GumRecordSchema.safeParse(salvageGumRecord(input).value).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('migrateGumRecordV1', () => {
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const now = '2026-03-10T08:00:00.000Z';

  test('group name and surveys get ids, times and the version-2 fields', () => {
    n = 0;
    const out = migrateGumRecordV1(
      {
        version: 1,
        groupName: ' 第3组 ',
        surveys: [
          { date: '2026-03-02', placeType: 'classroom', placeName: '一班', area: 48, count: 12 },
          { date: '2026-03-03', placeType: 'other', placeName: '公园', area: 100, count: 3 },
        ],
      },
      now,
      newId,
    );
    expect(out).toEqual({
      dropped: 0,
      value: {
        ...emptyGumRecord(),
        group: {
          id: '00000000-0000-4000-8000-000000000001',
          createdAt: now,
          updatedAt: now,
          name: '第3组',
          nicknames: [],
        },
        surveys: [
          {
            id: '00000000-0000-4000-8000-000000000002',
            createdAt: now,
            updatedAt: now,
            date: '2026-03-02',
            placeType: 'classroom',
            placeOther: '',
            placeName: '一班',
            areaSquareMetres: 48,
            lengthMetres: null,
            widthMetres: null,
            count: 12,
            note: '',
          },
          {
            id: '00000000-0000-4000-8000-000000000003',
            createdAt: now,
            updatedAt: now,
            date: '2026-03-03',
            placeType: 'other',
            placeOther: '公园',
            placeName: '公园',
            areaSquareMetres: 100,
            lengthMetres: null,
            widthMetres: null,
            count: 3,
            note: '',
          },
        ],
      },
    });
    expect(GumRecordSchema.safeParse(out?.value).success).toBe(true);
  });

  test('long names are cut to the version-2 limits; an empty group name leaves no group', () => {
    const out = migrateGumRecordV1(
      {
        version: 1,
        groupName: '',
        surveys: [
          { date: '2026-03-02', placeType: 'shop', placeName: '店'.repeat(40), area: 1, count: 1 },
        ],
      },
      now,
      newId,
    );
    expect(out?.value.group).toBeNull();
    expect(out?.value.surveys[0]?.placeName).toHaveLength(30);
    expect(out?.dropped).toBe(0);
  });

  test.each([
    ['version 2', fullRecord()],
    ['junk', { hello: 1 }],
    ['null', null],
    ['an array', []],
  ])('%s: nothing of version 1 can be read', (_n, input) => {
    expect(migrateGumRecordV1(input, now, newId)).toBeNull();
  });

  test.each([
    [
      'a negative count: the group is kept, the survey counted as dropped',
      { version: 1, groupName: 'x', surveys: [{ ...v1Survey, count: -1 }] },
      { group: 'x', places: [], dropped: 1 },
    ],
    [
      'one bad survey among good ones',
      {
        version: 1,
        groupName: '第2组',
        surveys: [v1Survey, { nonsense: true }, { ...v1Survey, placeName: '操场' }],
      },
      { group: '第2组', places: ['小卖部', '操场'], dropped: 1 },
    ],
    [
      'no version and a broken group name',
      { groupName: 7, surveys: [v1Survey] },
      { group: null, places: ['小卖部'], dropped: 1 },
    ],
  ])('damaged version 1, %s', (_n, input, want) => {
    const out = migrateGumRecordV1(input, now, newId);
    expect(out?.value.group?.name ?? null).toBe(want.group);
    expect(out?.value.surveys.map((s) => s.placeName)).toEqual(want.places);
    expect(out?.dropped).toBe(want.dropped);
    expect(GumRecordSchema.safeParse(out?.value).success).toBe(true);
  });
});

const v1Survey = {
  date: '2026-03-02',
  placeType: 'shop',
  placeName: '小卖部',
  area: 20,
  count: 9,
};
