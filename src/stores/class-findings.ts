/**
 * The one place the printables read the class's gum data: the class data the teacher gathered
 * in the class view (/lessons/gum-residue/class/), saved on this device under GUM_CLASS_KEY.
 * Read-only, through the durable layer (the same data the class view loads): a value that fails
 * the schema (the class view repairs and backs it up) counts as no data, so the letter prints
 * blanks rather than wrong numbers or results nobody observed.
 */
import {
  DecompositionFindingsSchema,
  FindingsSummarySchema,
  type DecompositionFindings,
  type FindingsSummary,
} from '../schemas/findings-summary';
import { ClassDataSchema, type ClassData } from '../schemas/gum-class';
import { summarizeClassDecomposition, summarizeClassFindings } from '../lib/gum-class-calc';
import { GUM_CLASS_KEY } from '../lib/storage/storage-keys';
import type { DurableEngine } from './persisted';
import { readNewestValue, type ReadableStorage } from './read-stored';

export type { ReadableStorage };

/** Where the class data is read: localStorage and the durable copy (the browser's by default). */
type Sources = [storage?: ReadableStorage | null, durable?: () => Promise<DurableEngine | null>];

const readClassData = (...from: Sources): Promise<ClassData | null> =>
  readNewestValue(GUM_CLASS_KEY, ClassDataSchema, ...from);

/** The class's survey findings saved on this device, or null when there are none. */
export async function readClassFindings(...from: Sources): Promise<FindingsSummary | null> {
  const data = await readClassData(...from);
  if (!data) return null;
  const f = summarizeClassFindings(data);
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
  ...from: Sources
): Promise<DecompositionFindings | null> {
  const data = await readClassData(...from);
  const f = data && summarizeClassDecomposition(data);
  if (!f) return null;
  const parsed = DecompositionFindingsSchema.safeParse(f);
  return parsed.success ? parsed.data : null;
}
