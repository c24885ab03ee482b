/**
 * The gum experiment's old data (files, links and stored values made by today's gum code:
 * tests/unit/fixtures/gum-legacy/) migrated to engine data for the gum-residue definition.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gumResidueDefinition as def } from '../../../../../src/lib/investigation/definitions';
import {
  GUM_LEGACY_NAMESPACE,
  GUM_SETUP_KIND,
  UNNAMED,
  entryId,
  migrateGumClassGroups,
  migrateGumFileText,
  migrateGumRecord,
  migrateGumShareFragment,
  migrateStoredGumClass,
  migrateStoredGumRecord,
  migrateStoredGumRecordV1,
  gumClassReader,
  migratedSchemas,
  setupId,
  tooManyGroupsMessage,
  type MigratedClassGroup,
  type MigratedData,
  type Migration,
} from '../../../../../src/lib/investigation/legacy/gum';
import { uuidV5 } from '../../../../../src/lib/investigation/legacy/uuid-v5';
import {
  MAX_INVESTIGATION_GROUPS,
  investigationSchemas,
  type InvestigationClassData,
} from '../../../../../src/schemas/investigation/records';
import { mergeInvestigationGroups } from '../../../../../src/lib/investigation/merge';
import { describeInvestigationPath } from '../../../../../src/lib/investigation/import-file';
import type { InvestigationDefinition } from '../../../../../src/schemas/investigation/definition';
import { MAX_CLASS_GROUPS, type ClassGroup } from '../../../../../src/schemas/gum-class';
import { buildGumExport } from '../../../../support/gum-old/gum-export';
import { buildClassExport } from '../../../../../src/lib/gum-import';
import { classGroupFromExport } from '../../../../../src/lib/gum-merge';
import { encodeShareFragment } from '../../../../../src/lib/share/encode-share';
import { gumRecordArb } from '../../../gum-fixtures';
import { makeGroupExport, must } from '../../../../support/gum-data';
import type { GumRecord } from '../../../../../src/schemas/gum-record';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/gum-legacy/${name}`, import.meta.url), 'utf8');
const json = (name: string): unknown => JSON.parse(fixture(name));
/** After every time in the fixtures and the arbitraries (2099 at the latest). */
const now = Date.parse('2100-01-01T00:00:00Z');
const NOW_ISO = '2026-12-03T12:00:00.000Z';

function ok<T>(r: Migration<T> | null): T {
  if (!r?.ok) throw new Error(`not migrated: ${JSON.stringify(r)}`);
  return r.value;
}
function errors<T>(r: Migration<T> | null): string[] {
  if (!r || r.ok) throw new Error(`migrated: ${JSON.stringify(r)}`);
  return r.errors;
}
const counts = (records: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.length]));
const kinds = [...new Set([...def.kinds.map((k) => k.id), 'setup'])];
/** Records an old group holds, entries counted one by one, a setup as one. */
const oldCount = (r: Pick<GumRecord, 'surveys' | 'measurements' | 'decomposition'>) =>
  r.surveys.length +
  r.measurements.length +
  r.decomposition.predictions.length +
  r.decomposition.observations.length +
  r.decomposition.observations.reduce((n, o) => n + o.entries.length, 0) +
  (r.decomposition.setup ? 1 : 0);
const newCount = (records: Record<string, unknown[]>) =>
  Object.values(records).reduce((n, l) => n + l.length, 0);
const schemas = migratedSchemas(def);

describe('fixtures made by today’s gum code', () => {
  const g3 = ok(migrateGumFileText(def, fixture('group-3.json'), now));
  const g5 = ok(migrateGumFileText(def, fixture('group-5.json'), now));
  const cls = ok(migrateGumFileText(def, fixture('class.json'), now));

  test.each([
    [
      'group-3.json',
      g3,
      'group',
      [{ survey: 3, measurement: 2, prediction: 1, observation: 1, entry: 2, setup: 1 }],
    ],
    [
      'group-5.json',
      g5,
      'group',
      [{ survey: 1, measurement: 1, prediction: 0, observation: 0, entry: 0, setup: 1 }],
    ],
    [
      'class.json',
      cls,
      'class',
      [
        { survey: 3, measurement: 2, prediction: 1, observation: 1, entry: 2, setup: 1 },
        { survey: 1, measurement: 1, prediction: 0, observation: 0, entry: 0, setup: 1 },
      ],
    ],
  ])('%s migrates with every record', (_name, file, kind, perGroup) => {
    expect(file.kind).toBe(kind);
    expect(file.groups.map((g) => counts(g.records))).toEqual(perGroup);
    expect(schemas.classData.safeParse({ groups: file.groups }).success).toBe(true);
  });

  test('group 3: group details, values, the setup and entries pointing at their observation', () => {
    const g = must(g3.groups[0]);
    expect(g.group).toEqual({
      id: '00000003-0000-4000-8000-000000000001',
      createdAt: '2026-03-02T08:00:00.000Z',
      updatedAt: '2026-03-02T08:01:00.000Z',
      name: '第3组',
      grade: 6,
      nicknames: ['小明', '小红'],
    });
    expect(g.exportedAt).toBe('2026-03-02T08:30:00.000Z');
    expect(g.records['survey']?.map((s) => s.values)).toEqual([
      {
        date: '2026-03-02',
        placeType: 'classroom',
        placeOther: null,
        placeName: '三年级二班',
        areaSquareMetres: 48,
        lengthMetres: 8,
        widthMetres: 6,
        count: 12,
        note: '<script>alert(1)</script> 😀',
      },
      {
        date: '2026-03-03',
        placeType: 'other',
        placeOther: '车棚',
        placeName: '=SUM(A1)',
        areaSquareMetres: 120.5,
        lengthMetres: null,
        widthMetres: null,
        count: 7,
        note: null,
      },
      {
        date: '2026-03-03',
        placeType: 'corridor',
        placeOther: null,
        placeName: null,
        areaSquareMetres: null,
        lengthMetres: null,
        widthMetres: null,
        count: 3,
        note: '只数了',
      },
    ]);
    expect(g.records['measurement']?.map((m) => m.values)).toEqual([
      {
        surface: 'paper',
        difficulty: 'hard',
        diameterCm: 2,
        widestCm: null,
        squares: null,
        note: null,
      },
      {
        surface: 'ground',
        difficulty: 'veryHard',
        diameterCm: 1.5,
        widestCm: 2,
        squares: null,
        note: '黏',
      },
    ]);
    expect(g.records['prediction']?.[0]?.values).toEqual({
      pupil: '小明',
      mostChangeItem: 'paper',
      leastChangeItem: 'gum',
      mostChangeMedium: 'tapWater',
      reason: '纸遇水会软。',
    });
    const obs = must(g.records['observation']?.[0]);
    expect(obs.id).toBe('00000003-0000-4000-8000-000000000008');
    expect(obs.values).toEqual({ date: '2026-03-09', observer: '小红', note: null });
    expect(g.records['entry']).toEqual([
      {
        id: uuidV5(GUM_LEGACY_NAMESPACE, `entry/${obs.id}/gum/soil`),
        createdAt: obs.createdAt,
        updatedAt: obs.updatedAt,
        values: {
          observation: obs.id,
          item: 'gum',
          medium: 'soil',
          state: 'unchanged',
          sizeCm: 2,
          note: null,
        },
      },
      {
        id: uuidV5(GUM_LEGACY_NAMESPACE, `entry/${obs.id}/paper/tapWater`),
        createdAt: obs.createdAt,
        updatedAt: obs.updatedAt,
        values: {
          observation: obs.id,
          item: 'paper',
          medium: 'tapWater',
          state: 'clear',
          sizeCm: null,
          note: '散开了',
        },
      },
    ]);
    expect(g.records['setup']).toEqual([
      {
        id: uuidV5(GUM_LEGACY_NAMESPACE, 'setup/2026-03-02T08:08:00.000Z'),
        createdAt: '2026-03-02T08:08:00.000Z',
        updatedAt: '2026-03-02T08:08:00.000Z',
        values: {
          startDate: '2026-03-02',
          media: ['soil', 'tapWater'],
          items: ['gum', 'paper'],
          note: '埋在花坛东边',
        },
      },
    ]);
  });

  test('group 5 (no grade, no nicknames, squares, a setup of one medium): keys absent', () => {
    const g = must(g5.groups[0]);
    expect(Object.keys(g.group).sort()).toEqual(['createdAt', 'id', 'name', 'updatedAt']);
    expect(g.records['measurement']?.[0]?.values).toMatchObject({ diameterCm: null, squares: 4 });
    expect(g.records['setup']?.[0]?.values).toMatchObject({
      media: ['vinegar'],
      items: ['gum', 'plastic'],
      note: null,
    });
  });

  test('the class file, the stored class data and the two group files give the same groups', () => {
    const stored = ok(migrateStoredGumClass(def, json('stored-class-v1.json')));
    expect(stored.kind).toBe('class');
    // The class file holds the same groups as the stored class data it was made from.
    expect(stored.groups).toEqual(cls.groups);
    // Ids do not depend on the way in: the group files give the class file's records.
    expect(cls.groups.map((g) => g.records)).toEqual([g3, g5].map((f) => f.groups[0]?.records));
  });

  test('without the group details, the engine’s own schema accepts it (setup is a kind of gum-residue.json)', () => {
    const plain = cls.groups.map((g) => {
      const { grade: _grade, nicknames: _nicknames, ...group } = g.group;
      expect(g.records.setup).toHaveLength(1);
      return { ...g, group };
    });
    expect(investigationSchemas(def).classData.safeParse({ groups: plain }).success).toBe(true);
  });

  test('the share link, decoded by today’s code, gives what the group file gives', async () => {
    const link = fixture('group-3.share.txt').trim();
    expect(ok(await migrateGumShareFragment(def, `#${link}`, now))).toEqual(g3);
  });

  test('the stored record (version 2) gives the group file’s group and records, and its last export', () => {
    const r = migrateStoredGumRecord(def, json('stored-record-v2.json'));
    expect(r).toMatchObject({ ok: true, dropped: 0, repaired: 0 });
    const data = ok(r);
    expect(data).toEqual({
      group: g3.groups[0]?.group,
      records: g3.groups[0]?.records,
      lastExportedAt: '2026-03-02T08:20:00.000Z',
    });
    expect(schemas.data.safeParse(data).success).toBe(true);
  });

  test('the stored record of version 1: ids named after the value, the same every time', () => {
    const raw = json('stored-record-v1.json');
    const a = ok(migrateStoredGumRecordV1(def, raw, NOW_ISO));
    const b = ok(migrateStoredGumRecordV1(def, structuredClone(raw), '2027-01-01T00:00:00.000Z'));
    const seed = JSON.stringify(raw);
    expect(a.group).toEqual({
      id: uuidV5(GUM_LEGACY_NAMESPACE, `v1/0/${seed}`),
      createdAt: NOW_ISO,
      updatedAt: NOW_ISO,
      name: '第7组',
    });
    expect(a.records['survey']?.map((s) => [s.id, s.values])).toEqual([
      [
        uuidV5(GUM_LEGACY_NAMESPACE, `v1/1/${seed}`),
        {
          date: '2025-10-20',
          placeType: 'corridor',
          placeOther: null,
          placeName: '二楼楼道',
          areaSquareMetres: 36,
          lengthMetres: null,
          widthMetres: null,
          count: 5,
          note: null,
        },
      ],
      [
        uuidV5(GUM_LEGACY_NAMESPACE, `v1/2/${seed}`),
        {
          date: '2025-10-21',
          placeType: 'other',
          placeOther: '车棚',
          placeName: '车棚',
          areaSquareMetres: 12.5,
          lengthMetres: null,
          widthMetres: null,
          count: 2,
          note: null,
        },
      ],
    ]);
    // Only the times come from `now`.
    expect(b.records['survey']?.map((s) => s.id)).toEqual(a.records['survey']?.map((s) => s.id));
    expect(b.group?.id).toBe(a.group?.id);
    expect(schemas.data.safeParse(a).success).toBe(true);
  });
});

/** The record with its setup starting on its first observation at the latest (as files must). */
function startBeforeObservations(r: GumRecord): GumRecord {
  const setup = r.decomposition.setup;
  const first = r.decomposition.observations.map((o) => o.date).sort()[0];
  if (!setup || !first || setup.startDate <= first) return r;
  return { ...r, decomposition: { ...r.decomposition, setup: { ...setup, startDate: first } } };
}

describe('any valid gum data', () => {
  test('a stored record migrates to valid engine data, the same twice, no record lost', () => {
    fc.assert(
      fc.property(gumRecordArb, (record) => {
        const once = ok(migrateGumRecord(def, record));
        expect(ok(migrateGumRecord(def, structuredClone(record)))).toEqual(once);
        expect(schemas.data.safeParse(once).success).toBe(true);
        expect(Object.keys(once.records).sort()).toEqual([...kinds].sort());
        expect(newCount(once.records)).toBe(oldCount(record));
        // Old ids are kept; the made ones are new and distinct.
        const ids = Object.values(once.records).flatMap((l) => l.map((x) => x.id));
        expect(new Set(ids).size).toBe(ids.length);
        for (const s of record.surveys) expect(ids).toContain(s.id);
      }),
      { numRuns: 60 },
    );
  });

  test('its export file and class file migrate like the stored record does', () => {
    fc.assert(
      fc.property(gumRecordArb.map(startBeforeObservations), (record) => {
        const file = buildGumExport(record, '2099-12-31T00:00:00.000Z');
        fc.pre(file !== null);
        const fromFile = ok(migrateGumFileText(def, JSON.stringify(file), now));
        const cls = buildClassExport(
          { schemaVersion: 1, groups: [classGroupFromExport(must(file))] },
          '2099-12-31T00:00:00.000Z',
        );
        const fromClass = ok(migrateGumFileText(def, JSON.stringify(cls), now));
        const fromRecord = ok(migrateGumRecord(def, record));
        expect(fromFile.groups[0]?.records).toEqual(fromRecord.records);
        expect(fromClass.groups).toEqual(fromFile.groups);
        expect(fromFile.groups[0]?.group).toEqual(fromRecord.group);
      }),
      { numRuns: 40 },
    );
  });

  test('anything stored in the record key gives valid engine data or Chinese messages', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          gumRecordArb.map((r) => ({ ...r, surveys: [1, ...r.surveys] })),
        ),
        (raw) => {
          const r = migrateStoredGumRecord(def, raw);
          if (r.ok) expect(schemas.data.safeParse(r.value).success).toBe(true);
          else for (const e of r.errors) expect(e).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** A class of `n` groups made by today's code (its group files imported as the class view does). */
function oldClass(n: number): ClassGroup[] {
  return Array.from({ length: n }, (_, i) =>
    classGroupFromExport(makeGroupExport(i + 1, { surveys: 1, measurements: 0, observations: 0 })),
  );
}

/** A definition the old data does not fit: its samples lie in vinegar, this one has soil only. */
const noVinegar: InvestigationDefinition = {
  ...def,
  vocabularies: {
    ...def.vocabularies,
    medium: { label: '放样品的地方', options: [{ value: 'soil', label: '土埋' }] },
  },
};

describe('what is refused, with a Chinese message', () => {
  test.each([
    ['not JSON', '{', '文件不是有效的 JSON'],
    ['an empty file', '', '文件是空的'],
    ['another format', '{"format":"eck-investigation"}', '这不是口香糖实验的数据文件'],
    ['a newer version', '{"format":"eck-gum-group","schemaVersion":2}', '更新版本'],
    [
      'a group file with an unknown key',
      JSON.stringify({ ...JSON.parse(fixture('group-5.json')), extra: 1 }),
      '不认识的项',
    ],
    [
      'a time in the future',
      fixture('group-5.json').replace(
        '"exportedAt":"2026-03-02T08:31:00.000Z"',
        '"exportedAt":"2101-01-01T00:00:00.000Z"',
      ),
      '导出',
    ],
  ])('%s', (_name, text, message) => {
    const e = errors(migrateGumFileText(def, text, now));
    expect(e.join('')).toContain(message);
  });

  test.each([
    ['not a gum link', 'eck-campus-litter1.abc', '不是口香糖实验的分享链接'],
    ['a cut-off link', '#eck-gum1', '不完整'],
    ['bad base64', 'eck-gum1.!!!!', '有错字或不完整'],
  ])('a share link: %s', async (_name, fragment, message) => {
    expect(errors(await migrateGumShareFragment(def, fragment, now)).join('')).toContain(message);
  });

  test('any text as a file, any fragment as a link: refused with Chinese messages', async () => {
    const chinese = (r: Migration<unknown>) => {
      expect(r.ok).toBe(false);
      for (const e of errors(r)) expect(e).toMatch(/[\u4e00-\u9fff]/);
    };
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) =>
        chinese(migrateGumFileText(def, text, now)),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string().map((s) => `eck-gum1.${s}`),
        async (f) => chinese(await migrateGumShareFragment(def, f, now)),
      ),
      { numRuns: 50 },
    );
  });

  test(`as many groups as the old class view held (${MAX_CLASS_GROUPS}) migrate; more are refused with the reason`, () => {
    // The engine holds what the old view held: no class it kept is refused on migration.
    expect(MAX_INVESTIGATION_GROUPS).toBe(MAX_CLASS_GROUPS);
    const most = oldClass(MAX_CLASS_GROUPS);
    const text = JSON.stringify(
      buildClassExport({ schemaVersion: 1, groups: most }, '2026-03-03T00:00:00.000Z'),
    );
    expect(ok(migrateGumFileText(def, text, now)).groups).toHaveLength(MAX_CLASS_GROUPS);
    expect(ok(migrateStoredGumClass(def, { schemaVersion: 1, groups: most })).groups).toHaveLength(
      MAX_CLASS_GROUPS,
    );
    // More than that (the old code refused such a file itself) is not migrated, with the reason.
    const n = MAX_INVESTIGATION_GROUPS + 1;
    const e = errors(migrateGumClassGroups(def, 'class', oldClass(n)));
    expect(e).toEqual([tooManyGroupsMessage(n)]);
    expect(e[0]).toContain(`有 ${n} 个小组`);
    expect(e[0]).toContain(`最多 ${MAX_INVESTIGATION_GROUPS} 个小组`);
  });

  test('more records of a kind than one group may keep (84 checks of 12 entries: 1,008)', () => {
    const file = makeGroupExport(1, { surveys: 0, measurements: 0, observations: 84 });
    const e = errors(migrateGumFileText(def, JSON.stringify(file), now));
    expect(e).toEqual(['“第1组”的观察项有 1008 条，新版本每个小组最多 1000 条，没有迁移。']);
    const stored = migrateStoredGumRecord(def, {
      schemaVersion: 2,
      group: file.group,
      surveys: [],
      measurements: [],
      decomposition: file.decomposition,
      lastExportedAt: null,
    });
    expect(errors(stored)).toEqual([
      '这台平板的观察项有 1008 条，新版本每个小组最多 1000 条，没有迁移。',
    ]);
  });

  test('a definition the old data does not fit: named fields, nothing migrated', () => {
    const e = errors(
      migrateGumFileText(noVinegar, fixture('group-5.json'), now, describeInvestigationPath),
    );
    expect(e.join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(e.join('')).toContain('要选词表里的选项');
    // A kind the old data has no records of: its list is missing.
    const more: InvestigationDefinition = {
      ...def,
      vocabularies: {},
      kinds: [...def.kinds, { ...must(def.kinds[3]), id: 'zone' }],
    };
    expect(errors(migrateGumFileText(more, fixture('group-5.json'), now)).length).toBeGreaterThan(
      0,
    );
  });

  test('the class reader: old class data the definition does not fit is not migrated', () => {
    const stored = json('stored-class-v1.json');
    expect(
      gumClassReader.stored(def, 'eck:gum-class:v1', stored, NOW_ISO)?.value.groups,
    ).toHaveLength(2);
    expect(gumClassReader.stored(noVinegar, 'eck:gum-class:v1', stored, NOW_ISO)).toBeNull();
  });

  test('the class reader leaves files that are not the old code’s to the engine', () => {
    for (const text of ['不是 JSON', '[1]', '{"format":"eck-investigation"}']) {
      expect(gumClassReader.file(def, text, now, describeInvestigationPath)).toBeNull();
    }
  });

  test('a definition that already has the setup kind: the contract’s setup schema is used', () => {
    const withSetup = {
      ...def,
      kinds: [...def.kinds, { ...GUM_SETUP_KIND, fields: [GUM_SETUP_KIND.fields[0]] }],
    } as unknown as InvestigationDefinition;
    expect(ok(migrateGumFileText(withSetup, fixture('group-3.json'), now))).toEqual(
      ok(migrateGumFileText(def, fixture('group-3.json'), now)),
    );
  });

  test('a version-1 value with nothing readable gives null; a damaged one keeps what it can', () => {
    expect(migrateStoredGumRecordV1(def, 'x', NOW_ISO)).toBeNull();
    expect(migrateStoredGumRecordV1(def, { version: 1, surveys: 'no' }, NOW_ISO)).toBeNull();
    const r = migrateStoredGumRecordV1(
      def,
      {
        version: 1,
        groupName: ' ',
        surveys: [{ date: '2025-10-20', placeType: 'shop', placeName: '', area: 0.001, count: 1 }],
      },
      NOW_ISO,
    );
    // The area of 0.001 m² is below today's minimum: dropped, as today's code drops it.
    expect(r).toEqual({
      ok: true,
      value: { group: null, records: expect.any(Object) as object },
      dropped: 1,
      repaired: 0,
    });
    expect(newCount(ok(r).records)).toBe(0);
  });
});

describe('stored text the forms would not write', () => {
  const stored = (): GumRecord => JSON.parse(fixture('stored-record-v2.json')) as GumRecord;

  test('control characters are removed and blank names named, each counted', () => {
    const r = stored();
    const g = must(r.group);
    g.name = '\u200b';
    g.nicknames = ['小\u202e明', '\u200b'];
    must(r.surveys[0]).note = 'a\u0007b';
    must(r.decomposition.predictions[0]).pupil = '\u200b\u200b';
    const m = migrateStoredGumRecord(def, r);
    expect(m).toMatchObject({ ok: true, dropped: 0, repaired: 5 });
    const data = ok(m) as MigratedData;
    expect(data.group).toMatchObject({ name: UNNAMED, nicknames: ['小明'] });
    expect(data.records['survey']?.[0]?.values['note']).toBe('ab');
    expect(data.records['prediction']?.[0]?.values['pupil']).toBe(UNNAMED);
  });

  test('a damaged stored value keeps its valid records and counts the rest', () => {
    const r = stored() as unknown as Record<string, unknown>;
    r['measurements'] = [{ bad: true }, ...(r['measurements'] as unknown[])];
    const m = migrateStoredGumRecord(def, r);
    expect(m).toMatchObject({ ok: true, dropped: 1 });
    expect(ok(m).records['measurement']).toHaveLength(2);
  });

  test('a stored class value that is not one gives no groups', () => {
    expect(migrateStoredGumClass(def, 42)).toMatchObject({
      ok: true,
      value: { groups: [] },
      dropped: 1,
    });
  });
});

describe('made ids', () => {
  test('a setup is named by its createdAt, an entry by its observation, item and medium', () => {
    const setup = { createdAt: '2026-03-02T08:08:00.000Z' } as Parameters<typeof setupId>[0];
    expect(setupId(setup)).toBe(uuidV5(GUM_LEGACY_NAMESPACE, 'setup/2026-03-02T08:08:00.000Z'));
    const o = { id: '00000003-0000-4000-8000-000000000008' } as Parameters<typeof entryId>[0];
    expect(entryId(o, 'gum', 'soil')).not.toBe(entryId(o, 'gum', 'tapWater'));
    expect(entryId(o, 'gum', 'soil')).toBe(entryId({ ...o }, 'gum', 'soil'));
  });

  test('the class view’s migrated data and a tablet’s migrated file merge without a copy', () => {
    const asEngine = (f: { groups: MigratedClassGroup[] }) =>
      f as unknown as InvestigationClassData;
    const cls = asEngine(ok(migrateStoredGumClass(def, json('stored-class-v1.json'))));
    const g3 = asEngine(ok(migrateGumFileText(def, fixture('group-3.json'), now)));
    const merged = mergeInvestigationGroups(cls, g3.groups);
    expect(merged.data).toEqual({ groups: cls.groups });
    expect(merged.reports).toEqual([
      expect.objectContaining({ newGroup: false, added: 0, updated: 0, ignored: 10, notInFile: 0 }),
    ]);
  });

  test('a share link made now from a group gives the ids its file gives', async () => {
    const file = makeGroupExport(9);
    const fromLink = ok(await migrateGumShareFragment(def, await encodeShareFragment(file), now));
    const groups: MigratedClassGroup[] = ok(
      migrateGumFileText(def, JSON.stringify(file), now),
    ).groups;
    expect(fromLink.groups).toEqual(groups);
  });
});
