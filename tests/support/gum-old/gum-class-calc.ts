/**
 * What the class view charts and tables show, computed from the merged class data. Pure.
 */
import type { ClassData } from '../../../src/schemas/gum-class';
import type { Survey } from '../../../src/schemas/gum-survey';
import {
  media,
  placeTypeLabels,
  sampleItems,
  sampleStates,
  type Medium,
  type SampleItem,
  type SampleState,
} from '../../../src/schemas/gum-vocab';
import { dayNumber, densityPerSquareMetre, summarizeSurveys, type PlaceDensity } from './gum-calc';
import { roundTo } from '../../../src/lib/numbers/round-to';
import { summarizeMeasurements, type SurfaceSummary } from './gum-summaries';

const allSurveys = (data: ClassData) => data.groups.flatMap((g) => g.surveys);

/** Residues per m² by kind of place, all groups together (Σcount ÷ Σarea). */
export function classPlaceDensities(data: ClassData): PlaceDensity[] {
  return summarizeSurveys(allSurveys(data)).byPlace;
}

/** Removal difficulty by surface, all groups together. */
export function classSurfaceSummary(data: ClassData): SurfaceSummary[] {
  return summarizeMeasurements(data.groups.flatMap((g) => g.measurements));
}

/** One group's totals. */
export interface GroupTotals {
  groupId: string;
  name: string;
  surveys: number;
  residues: number;
  areaSquareMetres: number;
  /** Residues per m², or null without surveyed area. */
  perSquareMetre: number | null;
  measurements: number;
  observations: number;
}

/** Counts by group, in the class data's group order. */
export function classGroupTotals(data: ClassData): GroupTotals[] {
  return data.groups.map((g) => {
    const s = summarizeSurveys(g.surveys);
    return {
      groupId: g.group.id,
      name: g.group.name,
      surveys: s.surveys,
      residues: s.totalCount,
      areaSquareMetres: s.totalAreaSquareMetres,
      perSquareMetre:
        s.totalAreaSquareMetres > 0
          ? densityPerSquareMetre(s.measuredCount, s.totalAreaSquareMetres)
          : null,
      measurements: g.measurements.length,
      observations: g.decomposition.observations.length,
    };
  });
}

/** State of one item in one medium over the days, averaged over the groups that looked. */
export interface StateSeries {
  item: SampleItem;
  medium: Medium;
  /** Per day in `days`: mean state level (0 无变化 … 3 几乎消失), or null if nobody looked. */
  levels: (number | null)[];
  /** Per day: how many checks the mean is made of. */
  checks: number[];
}

export interface DecompositionOverview {
  /** Day numbers with at least one check (day 0 = each group's own start date). */
  days: number[];
  /** Only item × medium pairs with at least one check. */
  series: StateSeries[];
}

/** The decomposition logs of all groups as state over days for each item in each medium. */
export function classDecomposition(data: ClassData): DecompositionOverview {
  // key item/medium → day → levels
  const cells = new Map<string, Map<number, number[]>>();
  const daySet = new Set<number>();
  for (const g of data.groups) {
    const start = g.decomposition.setup?.startDate;
    if (!start) continue;
    for (const o of g.decomposition.observations) {
      const day = dayNumber(start, o.date);
      if (day < 0) continue;
      daySet.add(day);
      for (const e of o.entries) {
        const key = `${e.item}/${e.medium}`;
        const byDay = cells.get(key) ?? new Map<number, number[]>();
        cells.set(key, byDay);
        const list = byDay.get(day) ?? [];
        byDay.set(day, list);
        list.push(sampleStates.indexOf(e.state));
      }
    }
  }
  const days = [...daySet].sort((a, b) => a - b);
  const series: StateSeries[] = [];
  for (const medium of media) {
    for (const item of sampleItems) {
      const byDay = cells.get(`${item}/${medium}`);
      if (!byDay) continue;
      series.push({
        item,
        medium,
        levels: days.map((d) => {
          const l = byDay.get(d);
          return l ? roundTo(l.reduce((a, b) => a + b, 0) / l.length, 2) : null;
        }),
        checks: days.map((d) => byDay.get(d)?.length ?? 0),
      });
    }
  }
  return { days, series };
}

/** The state nearest to a mean state level. */
export function stateLevelLabel(level: number): SampleState {
  const i = Math.min(sampleStates.length - 1, Math.max(0, Math.round(level)));
  return sampleStates[i] ?? 'unchanged';
}

/** The place's name as pupils wrote it, else its kind. */
export function placeDisplayName(
  s: Pick<Survey, 'placeName' | 'placeOther' | 'placeType'>,
): string {
  return s.placeName || s.placeOther || placeTypeLabels[s.placeType];
}

/** Figures for the class's proposal letter (第八步：倡议书). */
export interface ClassFindings {
  /** Distinct places surveyed (same kind and name counts once, across groups). */
  places: number;
  /** Total surveyed area in m² (rounded to 0.01). */
  totalAreaM2: number;
  /** Residues counted in all surveys. */
  residueCount: number;
  /** The place with the most residues per m² (only when at least one residue was found). */
  densest?: { placeName: string; perM2: number };
}

/** Places, area, residues and the densest place of the whole class. */
export function summarizeClassFindings(classData: ClassData): ClassFindings {
  const places = new Map<string, { name: string; count: number; area: number }>();
  let residueCount = 0;
  let area = 0;
  for (const s of allSurveys(classData)) {
    residueCount += s.count;
    const key = `${s.placeType}/${s.placeOther}/${s.placeName}`;
    const p = places.get(key) ?? { name: placeDisplayName(s), count: 0, area: 0 };
    places.set(key, p);
    // Surveys without an area (grades 1–2) count residues and places but give no density.
    if (s.areaSquareMetres === null) continue;
    area += s.areaSquareMetres;
    p.count += s.count;
    p.area += s.areaSquareMetres;
  }
  const findings: ClassFindings = {
    places: places.size,
    totalAreaM2: roundTo(area, 2),
    residueCount,
  };
  let best: { placeName: string; perM2: number } | undefined;
  for (const p of places.values()) {
    if (p.area === 0) continue;
    const perM2 = densityPerSquareMetre(p.count, p.area);
    if (p.count > 0 && (!best || perM2 > best.perM2)) best = { placeName: p.name, perM2 };
  }
  if (best) findings.densest = best;
  return findings;
}

/** What the class saw at the last check, per item, for the proposal letter. */
export interface ClassDecompositionFindings {
  lastDay: number;
  items: { item: SampleItem; state: SampleState; medium: Medium }[];
}

/**
 * For each item, the biggest change recorded at the last check of each medium (the mean over
 * groups, as the class view's chart shows it), and the last day checked; null with no checks.
 */
export function summarizeClassDecomposition(data: ClassData): ClassDecompositionFindings | null {
  const { days, series } = classDecomposition(data);
  const lastDay = days[days.length - 1];
  if (lastDay === undefined) return null;
  const items: ClassDecompositionFindings['items'] = [];
  for (const item of sampleItems) {
    let best: { level: number; medium: Medium } | undefined;
    for (const s of series.filter((x) => x.item === item)) {
      const known = s.levels.filter((l): l is number => l !== null);
      const level = known[known.length - 1];
      if (level !== undefined && (!best || level > best.level)) best = { level, medium: s.medium };
    }
    if (best) items.push({ item, state: stateLevelLabel(best.level), medium: best.medium });
  }
  return items.length > 0 ? { lastDay, items } : null;
}
