/**
 * The one place the gum letter reads the class's gum data: what the teacher gathered in the
 * class view (/lessons/gum-residue/class/) on this device, the engine's class data of the
 * definition (./investigation/class-findings.ts). Until the class view is opened after the
 * update (it migrates the old data then), its key holds nothing: the letter reads the old class
 * view's value (GUM_CLASS_KEY) through the old code's reader, loaded only then
 * (src/lib/investigation/legacy/class-formats.ts). Read-only, through the durable layer: a
 * value that fails the schema (or an old one the reader cannot read whole) counts as no data,
 * so the letter prints blanks rather than wrong numbers or results nobody observed.
 */
import type { InvestigationDefinition } from '../schemas/investigation/definition';
import type { InvestigationClassData } from '../schemas/investigation/records';
import {
  DecompositionFindingsSchema,
  FindingsSummarySchema,
  type DecompositionFindings,
  type FindingsSummary,
} from '../schemas/findings-summary';
import { gumLetterDecomposition, gumLetterFindings } from '../lib/gum-class/letter-findings';
import { legacyClasses } from '../lib/investigation/legacy/class-formats';
import { investigationClassKey } from '../lib/storage/storage-keys';
import type { DurableEngine } from './persisted';
import { readInvestigationClass } from './investigation/class-findings';
import { browserLocalStorage, readNewestValue, type ReadableStorage } from './read-stored';

export type { ReadableStorage };

/** Where the class data is read: localStorage and the durable copy (the browser's by default). */
type Sources = [storage?: ReadableStorage | null, durable?: () => Promise<DurableEngine | null>];

/** Any JSON: the old value is checked by the old code's reader. */
const anyJson = { safeParse: (data: unknown) => ({ success: true as const, data }) };

/** Nothing at all under the engine's key in localStorage (null when it cannot be read). */
function engineKeyEmpty(def: InvestigationDefinition, storage: ReadableStorage | null): boolean {
  try {
    return storage?.getItem(investigationClassKey(def.id)) === null;
  } catch {
    return false;
  }
}

/** The engine's class data, else the old class view's value as the engine's; null for none. */
export async function readGumClassData(
  def: InvestigationDefinition,
  ...[storage = browserLocalStorage(), durable]: Sources
): Promise<InvestigationClassData | null> {
  const data = await readInvestigationClass(def, storage, durable);
  const old = def.legacy && legacyClasses[def.legacy];
  if (data || !old || !engineKeyEmpty(def, storage)) return data;
  for (const key of old.keys) {
    const raw = await readNewestValue(key, anyJson, storage, durable);
    if (raw === null) continue;
    const read = await old
      .load()
      .then((r) => r.stored(def, key, raw, new Date().toISOString()))
      .catch(() => null);
    return read && read.dropped === 0 && read.value.groups.length > 0 ? read.value : null;
  }
  return null;
}

/** The class's survey findings saved on this device, or null when there are none. */
export async function readClassFindings(
  def: InvestigationDefinition,
  ...from: Sources
): Promise<FindingsSummary | null> {
  const data = await readGumClassData(def, ...from);
  if (!data) return null;
  const f = gumLetterFindings(def, data);
  if (f.places === 0 || f.totalAreaM2 <= 0) return null;
  const summary = FindingsSummarySchema.safeParse({
    places: f.places,
    totalAreaM2: f.totalAreaM2,
    totalCount: f.residueCount,
    ...(f.densest && {
      densest: { name: f.densest.placeName.slice(0, 40), perSquareMetre: f.densest.perM2 },
    }),
  });
  return summary.success ? summary.data : null;
}

/** What the class saw in its decomposition log, or null when nothing was checked yet. */
export async function readClassDecomposition(
  def: InvestigationDefinition,
  ...from: Sources
): Promise<DecompositionFindings | null> {
  const data = await readGumClassData(def, ...from);
  const f = data && gumLetterDecomposition(def, data);
  if (!f) return null;
  const parsed = DecompositionFindingsSchema.safeParse(f);
  return parsed.success ? parsed.data : null;
}
