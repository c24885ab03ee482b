import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Survey } from '../../../src/schemas/gum-survey';
import { emptyClassData, type ClassData } from '../../../src/schemas/gum-class';
import { classGroupFromExport, mergeGroups } from '../../../src/lib/gum-merge';
import {
  readClassDecomposition,
  readClassFindings,
  type ReadableStorage,
} from '../../../src/stores/class-findings';
import { GUM_CLASS_KEY, investigationClassKey } from '../../../src/lib/storage/storage-keys';
import { gumResidueDefinition as def } from '../../../src/lib/investigation/definitions';
import { migrateStoredGumClass } from '../../../src/lib/investigation/legacy/gum';
import { makeGroupExport } from '../../support/gum-data';

type S = Pick<Survey, 'placeType' | 'placeName' | 'areaSquareMetres' | 'count'>;
const ENGINE_KEY = investigationClassKey(def.id);

/** Old class data, as the old class view kept it. */
function oldClassOf(groups: S[][], observations = 0): ClassData {
  const files = groups.map((surveys, gi) => {
    const f = makeGroupExport(gi + 1, { surveys: surveys.length, measurements: 0, observations });
    f.surveys = f.surveys.map((s, i) => ({ ...s, placeOther: '', ...surveys[i] }));
    return classGroupFromExport(f);
  });
  return mergeGroups(emptyClassData(), files).data;
}
/** The same as the engine's class data (what the class view writes since the update). */
function engineText(old: ClassData): string {
  const r = migrateStoredGumClass(def, old);
  if (!r.ok) throw new Error(r.errors.join(''));
  return JSON.stringify({ groups: r.value.groups });
}
const classOf = (groups: S[][], observations = 0) => engineText(oldClassOf(groups, observations));

const storageWith = (value: string | null, old: string | null = null): ReadableStorage => ({
  getItem: (k) => (k === ENGINE_KEY ? value : k === GUM_CLASS_KEY ? old : null),
});
const findings = (
  ...a: Parameters<typeof readClassFindings> extends [unknown, ...infer R] ? R : never
) => readClassFindings(def, ...a);
const decomposition = (
  ...a: Parameters<typeof readClassDecomposition> extends [unknown, ...infer R] ? R : never
) => readClassDecomposition(def, ...a);

const twoGroups: S[][] = [
  [
    { placeType: 'campus', placeName: '操场', areaSquareMetres: 100, count: 10 },
    { placeType: 'corridor', placeName: '三楼', areaSquareMetres: 20, count: 9 },
  ],
  [{ placeType: 'campus', placeName: '操场', areaSquareMetres: 100, count: 30 }],
];
// By hand: places 操场 and 三楼 → 2; area 100 + 20 + 100 = 220 m²; 10 + 9 + 30 = 49 residues;
// 操场 40 / 200 = 0.2 per m², 三楼 9 / 20 = 0.45 per m² → 三楼 is the densest.
const twoGroupsFindings = {
  places: 2,
  totalAreaM2: 220,
  totalCount: 49,
  densest: { name: '三楼', perSquareMetre: 0.45 },
};

describe('readClassFindings', () => {
  test.each([
    ['storage unavailable', null],
    ['nothing saved', storageWith(null)],
    ['not JSON', storageWith('{oops')],
    ['not class data', storageWith(JSON.stringify({ groups: 'x' }))],
    ['class data without groups', storageWith(JSON.stringify({ groups: [] }))],
    ['class data without surveys', storageWith(classOf([[]]))],
    ['old data not JSON', storageWith(null, '{oops')],
    [
      'old data of a newer version',
      storageWith(null, JSON.stringify({ schemaVersion: 2, groups: [] })),
    ],
    ['old data without surveys', storageWith(null, JSON.stringify(emptyClassData()))],
    [
      'storage that throws',
      {
        getItem: () => {
          throw new Error('SecurityError');
        },
      },
    ],
  ])('%s → no findings (the letter prints blanks)', async (_, storage) => {
    expect(await findings(storage)).toBeNull();
  });

  test('two groups: places counted once, areas and residues added, the densest place named', async () => {
    expect(await findings(storageWith(classOf(twoGroups)))).toEqual(twoGroupsFindings);
  });
});

describe('the old class view’s data (not opened since the update)', () => {
  const old = JSON.stringify(oldClassOf(twoGroups, 2));

  test('the engine key holds nothing: the old data gives the same findings and results', async () => {
    expect(await findings(storageWith(null, old))).toEqual(twoGroupsFindings);
    expect(await decomposition(storageWith(null, old))).toEqual(
      await decomposition(storageWith(engineText(JSON.parse(old) as ClassData))),
    );
    expect((await decomposition(storageWith(null, old)))?.items.length).toBeGreaterThan(0);
  });

  test('the engine key holds data: it wins, the old data is not read', async () => {
    const one = classOf([
      [{ placeType: 'shop', placeName: '小卖部', areaSquareMetres: 5, count: 1 }],
    ]);
    expect(await findings(storageWith(one, old))).toMatchObject({ places: 1, totalCount: 1 });
  });

  test('the engine key holds a value without groups (the teacher removed them): no findings', async () => {
    expect(await findings(storageWith(JSON.stringify({ groups: [] }), old))).toBeNull();
  });

  test('old data the reader cannot read whole: none rather than part of it', async () => {
    const damaged = JSON.parse(old) as { groups: unknown[] };
    damaged.groups.push({ group: 'x' });
    expect(await findings(storageWith(null, JSON.stringify(damaged)))).toBeNull();
  });
});

describe('readClassDecomposition', () => {
  test.each([
    ['storage unavailable', null],
    ['nothing saved', storageWith(null)],
    ['not JSON', storageWith('{oops')],
    ['class data without checks', storageWith(classOf([[]]))],
  ])('%s → no results (the letter prints blanks)', async (_, storage) => {
    expect(await decomposition(storage)).toBeNull();
  });

  test('a group’s checks give the results per item', async () => {
    const r = await decomposition(storageWith(classOf([[]], 3)));
    expect(r?.lastDay).toBe(2);
    expect(r?.items.map((i) => i.item)).toEqual(['gum', 'paper', 'plastic']);
  });
});

describe('without a storage given, the page’s localStorage is read', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('saved class data gives the findings and the decomposition results', async () => {
    const one: S[][] = [
      [{ placeType: 'campus', placeName: '操场', areaSquareMetres: 50, count: 5 }],
    ];
    vi.stubGlobal('localStorage', storageWith(classOf(one)));
    expect(await readClassFindings(def)).toEqual({
      places: 1,
      totalAreaM2: 50,
      totalCount: 5,
      densest: { name: '操场', perSquareMetre: 0.1 },
    });
    vi.stubGlobal('localStorage', storageWith(classOf([[]], 1)));
    expect((await readClassDecomposition(def))?.lastDay).toBe(0);
  });

  test.each([
    ['missing', undefined],
    ['null', null],
  ])('localStorage %s: no findings', async (_, storage) => {
    vi.stubGlobal('localStorage', storage);
    expect(await readClassFindings(def)).toBeNull();
    expect(await readClassDecomposition(def)).toBeNull();
  });

  test('a localStorage whose getter throws (storage disabled by policy): no findings', async () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(await readClassFindings(def)).toBeNull();
      expect(await readClassDecomposition(def)).toBeNull();
    } finally {
      if (own) Object.defineProperty(globalThis, 'localStorage', own);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('place names at the limit', () => {
  const withName = (placeName: string) =>
    storageWith(classOf([[{ placeType: 'campus', placeName, areaSquareMetres: 10, count: 2 }]]));

  test('the longest name a survey may have (30 characters) is named whole', async () => {
    const name = '很'.repeat(30);
    expect((await findings(withName(name)))?.densest?.name).toBe(name);
  });

  test('a longer one is not class data: no findings rather than wrong ones', async () => {
    const text = JSON.parse(withName('很'.repeat(30)).getItem(ENGINE_KEY) ?? '') as {
      groups: { records: { survey: { values: { placeName: string } }[] } }[];
    };
    const s = text.groups[0]?.records.survey[0];
    if (s) s.values.placeName = '很'.repeat(31);
    expect(await findings(storageWith(JSON.stringify(text)))).toBeNull();
  });
});

describe('the durable copy (IndexedDB), as the class view loads it', () => {
  const copyOf = (key: string, text: string) => () =>
    Promise.resolve({
      get: (k: string) =>
        Promise.resolve(k === key ? { text, at: '2026-03-01T09:00:00.000Z' } : null),
      put: () => Promise.resolve(),
    });
  const one: S[][] = [[{ placeType: 'campus', placeName: '操场', areaSquareMetres: 50, count: 5 }]];

  test('localStorage lost the class data (the browser killed right after 已保存): the copy is read', async () => {
    expect(await findings(storageWith(null), copyOf(ENGINE_KEY, classOf(one)))).toMatchObject({
      places: 1,
      totalCount: 5,
    });
    expect(await findings(storageWith(null))).toBeNull();
  });

  test('the old class view’s durable copy is read the same way', async () => {
    const old = JSON.stringify(oldClassOf(one));
    expect(await findings(storageWith(null), copyOf(GUM_CLASS_KEY, old))).toMatchObject({
      places: 1,
      totalCount: 5,
    });
  });
});

test('the fixture of the old stored class data gives the numbers the old letter printed', async () => {
  const raw = readFileSync(
    new URL('../fixtures/gum-legacy/stored-class-v1.json', import.meta.url),
    'utf8',
  );
  expect(await findings(storageWith(null, raw), () => Promise.resolve(null))).toEqual({
    places: 4,
    totalAreaM2: 218.5,
    totalCount: 31,
    densest: { name: '三年级二班', perSquareMetre: 0.25 },
  });
  expect(await decomposition(storageWith(null, raw), () => Promise.resolve(null))).toEqual({
    lastDay: 7,
    items: [
      { item: 'gum', state: 'unchanged', medium: 'soil' },
      { item: 'paper', state: 'clear', medium: 'tapWater' },
    ],
  });
});

test('the old code’s reader does not load (offline, never cached): no findings, no error', async () => {
  vi.resetModules();
  vi.doMock('../../../src/lib/investigation/legacy/class-formats', () => ({
    legacyClasses: {
      gum: {
        keys: [GUM_CLASS_KEY],
        codec: { prefix: 'eck-gum', version: 1, title: '口香糖实验' },
        load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      },
    },
  }));
  try {
    const store = await import('../../../src/stores/class-findings');
    const old = JSON.stringify(oldClassOf(twoGroups));
    const none = () => Promise.resolve(null);
    await expect(store.readClassFindings(def, storageWith(null, old), none)).resolves.toBeNull();
    // The engine's data needs no reader.
    await expect(
      store.readClassFindings(def, storageWith(classOf(twoGroups), old), none),
    ).resolves.toEqual(twoGroupsFindings);
  } finally {
    vi.doUnmock('../../../src/lib/investigation/legacy/class-formats');
    vi.resetModules();
  }
});

describe('figures the letter’s schemas refuse: blanks rather than wrong words', () => {
  test('a place named only with spaces (the old letter refused it too): no findings', async () => {
    const data = JSON.parse(
      classOf([[{ placeType: 'campus', placeName: '操场', areaSquareMetres: 10, count: 2 }]]),
    ) as { groups: { records: { survey: { values: Record<string, unknown> }[] } }[] };
    const s = data.groups[0]?.records.survey[0];
    if (s) s.values.placeName = '   ';
    expect(await findings(storageWith(JSON.stringify(data)))).toBeNull();
  });

  test('an item the letter has no words for (a definition with 玻璃): no results', async () => {
    const glass = {
      ...def,
      vocabularies: {
        ...def.vocabularies,
        item: {
          label: '样品',
          options: [...(def.vocabularies.item?.options ?? []), { value: 'glass', label: '玻璃' }],
        },
      },
    };
    const data = JSON.parse(classOf([[]], 1)) as {
      groups: { records: Record<string, { values: Record<string, unknown> }[]> }[];
    };
    for (const g of data.groups) {
      for (const e of g.records.entry ?? []) e.values.item = 'glass';
      for (const s of g.records.setup ?? []) s.values.items = ['glass'];
    }
    const text = JSON.stringify(data);
    expect(
      await readClassDecomposition(glass, storageWith(text), () => Promise.resolve(null)),
    ).toBeNull();
    // The same data with the gum's own items has results.
    expect(await decomposition(storageWith(classOf([[]], 1)))).not.toBeNull();
  });
});
