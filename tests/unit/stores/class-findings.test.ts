import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Survey } from '../../../src/schemas/gum-survey';
import { emptyClassData, type ClassData } from '../../../src/schemas/gum-class';
import { classGroupFromExport, mergeGroups } from '../../../src/lib/gum-merge';
import {
  readClassDecomposition,
  readClassFindings,
  type ReadableStorage,
} from '../../../src/stores/class-findings';
import { GUM_CLASS_KEY } from '../../../src/stores/gum-class';
import { makeGroupExport } from '../../support/gum-data';

type S = Pick<Survey, 'placeType' | 'placeName' | 'areaSquareMetres' | 'count'>;

function classOf(groups: S[][]): ClassData {
  const files = groups.map((surveys, gi) => {
    const f = makeGroupExport(gi + 1, {
      surveys: surveys.length,
      measurements: 0,
      observations: 0,
    });
    f.surveys = f.surveys.map((s, i) => ({ ...s, placeOther: '', ...surveys[i] }));
    return classGroupFromExport(f);
  });
  return mergeGroups(emptyClassData(), files).data;
}

const storageWith = (value: string | null): ReadableStorage => ({
  getItem: (k) => (k === GUM_CLASS_KEY ? value : null),
});

describe('readClassFindings', () => {
  test.each([
    ['storage unavailable', null],
    ['nothing saved', storageWith(null)],
    ['not JSON', storageWith('{oops')],
    ['not class data', storageWith(JSON.stringify({ schemaVersion: 1, groups: 'x' }))],
    ['a newer version', storageWith(JSON.stringify({ schemaVersion: 2, groups: [] }))],
    ['class data without surveys', storageWith(JSON.stringify(emptyClassData()))],
    [
      'storage that throws',
      {
        getItem: () => {
          throw new Error('SecurityError');
        },
      },
    ],
  ])('%s → no findings (the letter prints blanks)', async (_, storage) => {
    expect(await readClassFindings(storage)).toBeNull();
  });

  test('two groups: places counted once, areas and residues added, the densest place named', async () => {
    const data = classOf([
      [
        { placeType: 'campus', placeName: '操场', areaSquareMetres: 100, count: 10 },
        { placeType: 'corridor', placeName: '三楼', areaSquareMetres: 20, count: 9 },
      ],
      [{ placeType: 'campus', placeName: '操场', areaSquareMetres: 100, count: 30 }],
    ]);
    // By hand: places 操场 and 三楼 → 2; area 100 + 20 + 100 = 220 m²; 10 + 9 + 30 = 49 residues;
    // 操场 40 / 200 = 0.2 per m², 三楼 9 / 20 = 0.45 per m² → 三楼 is the densest.
    expect(await readClassFindings(storageWith(JSON.stringify(data)))).toEqual({
      places: 2,
      totalAreaM2: 220,
      totalCount: 49,
      densest: { name: '三楼', perSquareMetre: 0.45 },
    });
  });
});

describe('readClassDecomposition', () => {
  test.each([
    ['storage unavailable', null],
    ['nothing saved', storageWith(null)],
    ['not JSON', storageWith('{oops')],
    ['class data without checks', storageWith(JSON.stringify(emptyClassData()))],
  ])('%s → no results (the letter prints blanks)', async (_, storage) => {
    expect(await readClassDecomposition(storage)).toBeNull();
  });

  test('a group’s checks give the results per item', async () => {
    const data = mergeGroups(emptyClassData(), [
      classGroupFromExport(makeGroupExport(1, { observations: 3 })),
    ]).data;
    const r = await readClassDecomposition(storageWith(JSON.stringify(data)));
    expect(r?.lastDay).toBe(2);
    expect(r?.items.map((i) => i.item)).toEqual(['gum', 'paper', 'plastic']);
  });
});

describe('without a storage given, the page’s localStorage is read', () => {
  const data = classOf([
    [{ placeType: 'campus', placeName: '操场', areaSquareMetres: 50, count: 5 }],
  ]);
  afterEach(() => vi.unstubAllGlobals());

  test('saved class data gives the findings and the decomposition results', async () => {
    const full = mergeGroups(emptyClassData(), [
      classGroupFromExport(makeGroupExport(1, { observations: 1 })),
    ]).data;
    vi.stubGlobal('localStorage', storageWith(JSON.stringify(data)));
    expect(await readClassFindings()).toEqual({
      places: 1,
      totalAreaM2: 50,
      totalCount: 5,
      densest: { name: '操场', perSquareMetre: 0.1 },
    });
    vi.stubGlobal('localStorage', storageWith(JSON.stringify(full)));
    expect((await readClassDecomposition())?.lastDay).toBe(0);
  });

  test.each([
    ['missing', undefined],
    ['null', null],
  ])('localStorage %s: no findings', async (_, storage) => {
    vi.stubGlobal('localStorage', storage);
    expect(await readClassFindings()).toBeNull();
    expect(await readClassDecomposition()).toBeNull();
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
      expect(await readClassFindings()).toBeNull();
      expect(await readClassDecomposition()).toBeNull();
    } finally {
      if (own) Object.defineProperty(globalThis, 'localStorage', own);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('place names at the limit', () => {
  const withName = (placeName: string) =>
    storageWith(
      JSON.stringify(
        classOf([[{ placeType: 'campus', placeName, areaSquareMetres: 10, count: 2 }]]),
      ),
    );

  test('the longest name a survey may have (30 characters) is named whole', async () => {
    const name = '很'.repeat(30);
    expect((await readClassFindings(withName(name)))?.densest?.name).toBe(name);
  });

  test('a longer one is not class data: no findings rather than wrong ones', async () => {
    expect(await readClassFindings(withName('很'.repeat(31)))).toBeNull();
  });
});

describe('the durable copy (IndexedDB), as the class view loads it', () => {
  test('localStorage lost the class data (the browser killed right after 已保存): the copy is read', async () => {
    const data = classOf([
      [{ placeType: 'campus', placeName: '操场', areaSquareMetres: 50, count: 5 }],
    ]);
    const durable = () =>
      Promise.resolve({
        get: (k: string) =>
          Promise.resolve(
            k === GUM_CLASS_KEY
              ? { text: JSON.stringify(data), at: '2026-03-01T09:00:00.000Z' }
              : null,
          ),
        put: () => Promise.resolve(),
      });
    expect(await readClassFindings(storageWith(null), durable)).toMatchObject({
      places: 1,
      totalCount: 5,
    });
    expect(await readClassFindings(storageWith(null))).toBeNull();
  });
});
