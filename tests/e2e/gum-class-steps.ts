/**
 * The gum experiment's class view on the investigation engine, as the browser tests drive it:
 * group data made from files (engine export files built here from the old code's test data, or
 * the old code's own fixtures), not by driving the record page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { gumResidueDefinition as gumDef } from '../../src/lib/investigation/definitions';
import { buildInvestigationExport } from '../../src/lib/investigation/export-file';
import { migrateGumFileText } from '../../src/lib/investigation/legacy/gum';
import { encodeFragment } from '../../src/lib/share/encode-share';
import { investigationShareCodec } from '../../src/lib/share/fragment';
import { investigationClassKey } from '../../src/lib/storage/storage-keys';
import type {
  InvestigationClassData,
  InvestigationExport,
} from '../../src/schemas/investigation/records';
import type { GumExport } from '../../src/schemas/gum-export';

export { gumDef };
/** Where the gum class view keeps its data since it moved onto the engine. */
export const GUM_ENGINE_CLASS_KEY = investigationClassKey(gumDef.id);
export const gumClassPath = 'lessons/gum-residue/class/';

/** A group's engine export file with the data of an old export file (as the record page writes it). */
export function engineGumExport(old: GumExport): InvestigationExport {
  const r = migrateGumFileText(gumDef, JSON.stringify(old), Date.parse('2100-01-01T00:00:00Z'));
  const g = r.ok ? r.value.groups[0] : undefined;
  if (!g) throw new Error(`not migrated: ${r.ok ? 'no group' : r.errors.join('')}`);
  return buildInvestigationExport(gumDef, g.group, g.records, g.exportedAt);
}

/** A group of the class data, as the class view keeps an imported file. */
export const classGroupOf = ({ group, exportedAt, records }: InvestigationExport) => ({
  group,
  exportedAt,
  records,
});

/** How many records an engine file holds (what an import report counts). */
export const recordCount = (file: Pick<InvestigationExport, 'records'>): number =>
  Object.values(file.records).reduce((n, l) => n + l.length, 0);

/** The share link of an engine file to the class view, as the record page makes it. */
export async function engineGumLink(baseURL: string, file: InvestigationExport): Promise<string> {
  return `${baseURL}${gumClassPath}#${await encodeFragment(investigationShareCodec(gumDef), file)}`;
}

/** A file of tests/unit/fixtures/gum-legacy/ (made by the code before the engine). */
export const gumLegacyFixture = (name: string): string =>
  readFileSync(new URL(`../unit/fixtures/gum-legacy/${name}`, import.meta.url), 'utf8');

/** Open the class view and wait until it has read this device's storage. */
export async function openGumClass(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
}

/** Choose files in the class view's file picker. */
export async function chooseClassFiles(
  page: Page,
  files: { name: string; text: string | Buffer }[],
): Promise<void> {
  await page.locator('#eck-import-files').setInputFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/json',
      buffer: typeof f.text === 'string' ? Buffer.from(f.text) : f.text,
    })),
  );
}

/** The class data's raw text under the engine's key. */
export function storedGumClassText(page: Page): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), GUM_ENGINE_CLASS_KEY);
}

/** The class data under the engine's key. */
export async function storedGumClass(page: Page): Promise<InvestigationClassData> {
  return JSON.parse((await storedGumClassText(page)) ?? '{"groups":[]}') as InvestigationClassData;
}

/** The cells of a summary table's rows (`data-table` id, e.g. eck-summary-by-place). */
export function tableRows(page: Page, id: string): Promise<string[][]> {
  return page
    .locator(`table[data-table="${id}"] tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
}

/** The residues counted by the whole class: the 合计 row of the per-place table. */
export async function classResidues(page: Page): Promise<string | undefined> {
  const rows = await tableRows(page, 'eck-summary-by-place');
  return rows.find((r) => r[0] === '合计')?.[1];
}
