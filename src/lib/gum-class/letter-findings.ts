/**
 * The gum letter's figures (第八步：倡议书) from the engine's class data of the `gum-residue`
 * definition: the same numbers the code before the engine computed from its own class data
 * (now tests/support/gum-old/gum-class-calc.ts, summarizeClassFindings and summarizeClassDecomposition), so the
 * letter reads the same before and after the class view moved onto the engine. Pure.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import type {
  FieldValue,
  InvestigationClassData,
  StoredRecord,
} from '../../schemas/investigation/records';
import { roundTo } from '../numbers/round-to';

/** Places, area, residues and the densest place of the whole class. */
export interface GumLetterFindings {
  /** Distinct places surveyed (same kind and name counts once, across groups). */
  places: number;
  /** Total surveyed area in m² (rounded to 0.01). */
  totalAreaM2: number;
  /** Residues counted in all surveys. */
  residueCount: number;
  /** The place with the most residues per m² (only when at least one residue was found). */
  densest?: { placeName: string; perM2: number };
}

/** What the class saw at the last check, per item. */
export interface GumLetterDecomposition {
  lastDay: number;
  items: { item: string; state: string; medium: string }[];
}

const records = (data: InvestigationClassData, kind: string): StoredRecord[] =>
  data.groups.flatMap((g) => g.records[kind] ?? []);
const text = (v: FieldValue | undefined): string => (typeof v === 'string' ? v : '');
const num = (v: FieldValue | undefined): number | null => (typeof v === 'number' ? v : null);
const options = (def: InvestigationDefinition, vocabulary: string): string[] =>
  (def.vocabularies[vocabulary]?.options ?? []).map((o) => o.value);
const DAY_MS = 24 * 60 * 60 * 1000;
/** Whole days from `start` to `date` (both YYYY-MM-DD), as the old code counted them. */
const dayNumber = (start: string, date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);

/** Places, area, residues and the densest place of the class's surveys. */
export function gumLetterFindings(
  def: InvestigationDefinition,
  data: InvestigationClassData,
): GumLetterFindings {
  const labels = new Map(def.vocabularies.place?.options.map((o) => [o.value, o.label]));
  const places = new Map<string, { name: string; count: number; area: number }>();
  let residueCount = 0;
  let area = 0;
  for (const { values: v } of records(data, 'survey')) {
    const count = num(v.count) ?? 0;
    const type = text(v.placeType);
    const [other, name] = [text(v.placeOther), text(v.placeName)];
    residueCount += count;
    const key = `${type}/${other}/${name}`;
    const p = places.get(key) ?? {
      name: name || other || (labels.get(type) ?? type),
      count: 0,
      area: 0,
    };
    places.set(key, p);
    // Surveys without an area (grades 1–2) count residues and places but give no density.
    const a = num(v.areaSquareMetres);
    if (a === null) continue;
    area += a;
    p.count += count;
    p.area += a;
  }
  const findings: GumLetterFindings = {
    places: places.size,
    totalAreaM2: roundTo(area, 2),
    residueCount,
  };
  for (const p of places.values()) {
    if (p.area === 0 || p.count === 0) continue;
    const perM2 = p.count / p.area;
    if (!findings.densest || perM2 > findings.densest.perM2)
      findings.densest = { placeName: p.name, perM2 };
  }
  return findings;
}

/**
 * For each item, the biggest change recorded at the last check of each medium (the mean state
 * over the groups that looked that day, rounded to 0.01 as the class view's chart showed it),
 * and the last day checked (day 0 = each group's start date); null with no checks.
 */
export function gumLetterDecomposition(
  def: InvestigationDefinition,
  data: InvestigationClassData,
): GumLetterDecomposition | null {
  const states = options(def, 'state');
  // item/medium → day → state levels
  const cells = new Map<string, Map<number, number[]>>();
  const days = new Set<number>();
  for (const g of data.groups) {
    const start = text(g.records.setup?.[0]?.values.startDate);
    if (!start) continue;
    const dayOf = new Map<string, number>();
    for (const o of g.records.observation ?? []) {
      const day = dayNumber(start, text(o.values.date));
      if (!(day >= 0)) continue;
      days.add(day);
      dayOf.set(o.id, day);
    }
    for (const { values: e } of g.records.entry ?? []) {
      const day = dayOf.get(text(e.observation));
      if (day === undefined) continue;
      const key = `${text(e.item)}/${text(e.medium)}`;
      const byDay = cells.get(key) ?? new Map<number, number[]>();
      cells.set(key, byDay);
      byDay.set(day, [...(byDay.get(day) ?? []), states.indexOf(text(e.state))]);
    }
  }
  if (days.size === 0) return null;
  const lastDay = Math.max(...days);
  const items: GumLetterDecomposition['items'] = [];
  for (const item of options(def, 'item')) {
    let best: { level: number; medium: string } | undefined;
    for (const medium of options(def, 'medium')) {
      const byDay = cells.get(`${item}/${medium}`);
      const last = byDay && Math.max(...byDay.keys());
      const l = last === undefined ? undefined : byDay?.get(last);
      if (!l) continue;
      const level = roundTo(l.reduce((a, b) => a + b, 0) / l.length, 2);
      if (!best || level > best.level) best = { level, medium };
    }
    if (best) {
      const i = Math.min(states.length - 1, Math.max(0, Math.round(best.level)));
      items.push({ item, state: states[i] ?? '', medium: best.medium });
    }
  }
  return items.length > 0 ? { lastDay, items } : null;
}
