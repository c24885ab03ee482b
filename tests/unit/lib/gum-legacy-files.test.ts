/**
 * Files, share links and stored values made by the gum code before it moved onto the
 * investigation engine (tests/unit/fixtures/gum-legacy/, made by its generate.test.ts at commit
 * 3f65970) still import, load and give the same tables, CSV files and class findings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { salvageGumRecord } from '../../../src/lib/gum-migrate';
import { importSources, salvageClassData } from '../../../src/lib/gum-import';
import { decodeShareFragment } from '../../../src/lib/gum-share';
import { emptyClassData } from '../../../src/schemas/gum-class';
import {
  classDecomposition,
  classGroupTotals,
  classPlaceDensities,
  classSurfaceSummary,
  summarizeClassDecomposition,
  summarizeClassFindings,
} from '../../support/gum-old/gum-class-calc';
import { GUM_RECORD_KEY } from '../../../src/lib/storage/storage-keys';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/gum-legacy/${name}`, import.meta.url), 'utf8');
const json = (name: string): unknown => JSON.parse(fixture(name));

/** The class data the previous code made from group-3.json and group-5.json. */
const expectedClass = json('stored-class-v1.json');

/** The old files read as the legacy readers read them (gum-import, gum-merge), into `data`. */
const importFiles = (files: string[], data = emptyClassData()) =>
  importSources(
    data,
    files.map((name) => ({ name, text: fixture(name) })),
  );

describe('files exported by the previous gum code', () => {
  test('two group files import as they did', () => {
    const { data, reports } = importFiles(['group-3.json', 'group-5.json']);
    expect(reports.map((r) => r.ok)).toEqual([true, true]);
    expect(data).toEqual(expectedClass);
    // Importing them again changes nothing.
    expect(importFiles(['group-3.json'], data).data).toEqual(expectedClass);
  });

  test('the class file imports into an empty class', () => {
    const { data, reports } = importFiles(['class.json']);
    expect(reports[0]).toMatchObject({ ok: true, kind: 'class' });
    expect(data).toEqual(expectedClass);
  });

  test('the share link decodes to the group’s file, which imports', async () => {
    const decoded = await decodeShareFragment(fixture('group-3.share.txt').trim());
    if (!decoded.ok) throw new Error(decoded.error);
    const { data, reports } = importSources(emptyClassData(), [
      { name: 'link', text: decoded.text },
    ]);
    expect(reports[0]?.ok).toBe(true);
    const groups = (expectedClass as { groups: { group: { id: string } }[] }).groups;
    expect(data.groups).toEqual(groups.filter((g) => g.group.id.startsWith('00000003')));
  });

  test('stored class data and a stored tablet record load without loss', () => {
    expect(salvageClassData(expectedClass)).toEqual({ value: expectedClass, dropped: 0 });
    const stored = json('stored-record-v2.json');
    expect(salvageGumRecord(stored)).toEqual({ value: stored, dropped: 0 });
    expect(GUM_RECORD_KEY).toBe('eck:gum-record:v2');
  });

  const data = expectedClass as Parameters<typeof classPlaceDensities>[0];
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
