import { describe, expect, test } from 'vitest';
import { def, litterGroup } from '../../../support/litter-data';
import { readInvestigationClass } from '../../../../src/stores/investigation/class-findings';
import type { ReadableStorage } from '../../../../src/stores/read-stored';
import { investigationClassKey } from '../../../../src/lib/storage/storage-keys';

const key = investigationClassKey('campus-litter');
const storageWith = (value: string | null): ReadableStorage => ({
  getItem: (k) => (k === key ? value : null),
});
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);

describe('readInvestigationClass', () => {
  test('the class view’s data on this device, checked by the definition’s schema', async () => {
    const data = { groups: [g3] };
    expect(await readInvestigationClass(def, storageWith(JSON.stringify(data)))).toEqual(data);
  });

  test.each<[string, ReadableStorage | null]>([
    ['storage unavailable', null],
    ['nothing saved', storageWith(null)],
    ['not JSON', storageWith('{oops')],
    ['no groups yet', storageWith(JSON.stringify({ groups: [] }))],
    ['not class data', storageWith(JSON.stringify({ groups: 'x' }))],
    [
      'a count above the definition’s max',
      storageWith(
        JSON.stringify({
          groups: [
            {
              ...g3,
              records: {
                ...g3.records,
                survey: (g3.records['survey'] ?? []).map((r) => ({
                  ...r,
                  values: { ...r.values, other: 10001 },
                })),
              },
            },
          ],
        }),
      ),
    ],
    ['the gum class data', storageWith(JSON.stringify({ schemaVersion: 1, groups: [] }))],
    [
      'storage that throws',
      {
        getItem: () => {
          throw new Error('SecurityError');
        },
      },
    ],
  ])('%s → none (the letter prints blanks)', async (_, storage) => {
    expect(await readInvestigationClass(def, storage)).toBeNull();
  });

  test('another investigation’s key is not read', async () => {
    const other: ReadableStorage = {
      getItem: (k) => (k === investigationClassKey('gum-residue') ? '{"groups":[]}' : null),
    };
    expect(await readInvestigationClass(def, other)).toBeNull();
  });
});

describe('the durable copy (IndexedDB), as the class view loads it', () => {
  const data = { groups: [g3] };
  const copyOf = (text: string) => () =>
    Promise.resolve({
      get: (k: string) =>
        Promise.resolve(k === key ? { text, at: '2026-03-01T09:00:00.000Z' } : null),
      put: () => Promise.resolve(),
    });

  test('localStorage lost the value (the browser killed right after 已保存): the copy is read', async () => {
    expect(
      await readInvestigationClass(def, storageWith(null), copyOf(JSON.stringify(data))),
    ).toEqual(data);
  });

  test('a copy that fails the definition’s schema counts as none', async () => {
    expect(
      await readInvestigationClass(def, storageWith(null), copyOf('{"groups":"x"}')),
    ).toBeNull();
  });
});
