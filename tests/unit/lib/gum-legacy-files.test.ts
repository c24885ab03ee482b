/**
 * Files, share links and stored values made by the gum code before it moved onto the
 * investigation engine (tests/unit/fixtures/gum-legacy/, made by its generate.test.ts at commit
 * 3f65970) still import, load and give the same tables, CSV files and class findings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createGumClassStore } from '../../../src/stores/gum-class';
import { salvageGumRecord } from '../../../src/lib/gum-migrate';
import { classCsv, csvKinds } from '../../../src/lib/gum-csv';
import {
  classDecomposition,
  classGroupTotals,
  classPlaceDensities,
  classSurfaceSummary,
  summarizeClassDecomposition,
  summarizeClassFindings,
} from '../../../src/lib/gum-class-calc';
import { GUM_CLASS_KEY, GUM_RECORD_KEY } from '../../../src/lib/storage/storage-keys';
import { FakeStorage } from '../stores/fake-storage';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/gum-legacy/${name}`, import.meta.url), 'utf8');
const json = (name: string): unknown => JSON.parse(fixture(name));

/** The class data today's code made from group-3.json and group-5.json. */
const expectedClass = json('stored-class-v1.json');

function classStore(initial: Record<string, string> = {}) {
  const storage = new FakeStorage();
  for (const [k, v] of Object.entries(initial)) storage.setItem(k, v);
  const store = createGumClassStore(() => storage);
  store.load();
  return { store, storage };
}

describe('files exported by the previous gum code', () => {
  test('two group files import into the class view as they did', () => {
    const { store } = classStore();
    const reports = store.importTexts([
      { name: 'group-3.json', text: fixture('group-3.json') },
      { name: 'group-5.json', text: fixture('group-5.json') },
    ]);
    expect(reports.map((r) => r.ok)).toEqual([true, true]);
    expect(store.$classData.get()).toEqual(expectedClass);
    // Importing them again changes nothing.
    store.importTexts([{ name: 'group-3.json', text: fixture('group-3.json') }]);
    expect(store.$classData.get()).toEqual(expectedClass);
  });

  test('the class file imports into an empty class view', () => {
    const { store } = classStore();
    const [report] = store.importTexts([{ name: 'class.json', text: fixture('class.json') }]);
    expect(report).toMatchObject({ ok: true, kind: 'class' });
    expect(store.$classData.get()).toEqual(expectedClass);
  });

  test('the share link opens and adds the group', async () => {
    const { store } = classStore();
    const link = await store.readLink(`#${fixture('group-3.share.txt').trim()}`);
    expect(link).toMatchObject({ ok: true, groupName: '第3组', records: 8 });
    const [report] = store.acceptLink();
    expect(report?.ok).toBe(true);
    const groups = (expectedClass as { groups: { group: { id: string } }[] }).groups;
    expect(store.$classData.get().groups).toEqual(
      groups.filter((g) => g.group.id.startsWith('00000003')),
    );
  });

  test('stored class data and a stored tablet record load without loss', () => {
    const { store } = classStore({ [GUM_CLASS_KEY]: fixture('stored-class-v1.json') });
    expect(store.$classData.get()).toEqual(expectedClass);
    expect(store.$notice.get()).toBeNull();
    const stored = json('stored-record-v2.json');
    expect(salvageGumRecord(stored)).toEqual({ value: stored, dropped: 0 });
    expect(GUM_RECORD_KEY).toBe('eck:gum-record:v2');
  });

  const data = expectedClass as Parameters<typeof classCsv>[0];
  const csv = json('class-csv.json') as Record<string, string>;
  test.each(csvKinds)('the %s CSV file is the same', (kind) => {
    expect(classCsv(data, kind)).toBe(csv[kind]);
  });

  test('the class view shows the same numbers', () => {
    expect(
      JSON.parse(
        JSON.stringify({
          placeDensities: classPlaceDensities(data),
          surfaceSummary: classSurfaceSummary(data),
          groupTotals: classGroupTotals(data),
          decomposition: classDecomposition(data),
          findings: summarizeClassFindings(data),
          decompositionFindings: summarizeClassDecomposition(data),
        }),
      ),
    ).toEqual(json('class-views.json'));
  });
});
