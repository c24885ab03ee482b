/**
 * Derived values of the gum experiment: areas, densities, day numbers and summaries.
 * Pure: the records keep what pupils measured; everything here is computed from it.
 */
import type { Survey } from '../schemas/gum-survey';
import type { Measurement } from '../schemas/gum-measurement';
import type { Decomposition } from '../schemas/gum-decomposition';
import {
  media,
  placeTypes,
  removalDifficulties,
  sampleItems,
  surfaces,
  type Medium,
  type PlaceType,
  type RemovalDifficulty,
  type SampleItem,
  type SampleState,
  type Surface,
} from '../schemas/gum-vocab';

/** Round to `digits` decimals, avoiding 1.005 → 1.00 style surprises for ordinary values. */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON) * f) / f;
}

/** Area of a length × width rectangle in m², rounded to 0.01 m². */
export function areaFromSides(lengthMetres: number, widthMetres: number): number {
  return roundTo(lengthMetres * widthMetres, 2);
}

/** Residues per m². */
export function densityPerSquareMetre(count: number, areaSquareMetres: number): number {
  return count / areaSquareMetres;
}

/** Residues per 100 m² (fairer to read for large places). */
export function densityPer100SquareMetres(count: number, areaSquareMetres: number): number {
  return (count / areaSquareMetres) * 100;
}

/** Area of a pressed residue (a disc) in cm²: π × r², r = diameter ÷ 2. */
export function residueAreaSquareCm(diameterCm: number): number {
  const r = diameterCm / 2;
  return Math.PI * r * r;
}

/** Show a number with at most `digits` decimals, without trailing zeros: 2.50 → "2.5". */
export function formatNumber(value: number, digits = 2): string {
  return String(roundTo(value, digits));
}

/** Density per place type. */
export interface PlaceDensity {
  placeType: PlaceType;
  surveys: number;
  count: number;
  areaSquareMetres: number;
  perSquareMetre: number;
  per100SquareMetres: number;
}

export interface SurveySummary {
  surveys: number;
  totalCount: number;
  totalAreaSquareMetres: number;
  /** Place types with at least one survey, in vocabulary order; density = Σcount ÷ Σarea. */
  byPlace: PlaceDensity[];
}

/** Totals and density per kind of place. */
export function summarizeSurveys(surveys: readonly Survey[]): SurveySummary {
  const byPlace = placeTypes.flatMap((placeType): PlaceDensity[] => {
    const these = surveys.filter((s) => s.placeType === placeType);
    if (these.length === 0) return [];
    const count = these.reduce((n, s) => n + s.count, 0);
    const area = these.reduce((n, s) => n + s.areaSquareMetres, 0);
    return [
      {
        placeType,
        surveys: these.length,
        count,
        areaSquareMetres: roundTo(area, 2),
        perSquareMetre: densityPerSquareMetre(count, area),
        per100SquareMetres: densityPer100SquareMetres(count, area),
      },
    ];
  });
  return {
    surveys: surveys.length,
    totalCount: surveys.reduce((n, s) => n + s.count, 0),
    totalAreaSquareMetres: roundTo(
      surveys.reduce((n, s) => n + s.areaSquareMetres, 0),
      2,
    ),
    byPlace,
  };
}

export interface SurfaceSummary {
  surface: Surface;
  measurements: number;
  /** How many residues were easy / hard / very hard to remove. */
  byDifficulty: Record<RemovalDifficulty, number>;
  /** Mean diameter (cm) of those with a diameter, or null. */
  meanDiameterCm: number | null;
}

/** Per surface: how many, how hard to remove, mean diameter. Surfaces without data are left out. */
export function summarizeMeasurements(measurements: readonly Measurement[]): SurfaceSummary[] {
  return surfaces.flatMap((surface): SurfaceSummary[] => {
    const these = measurements.filter((m) => m.surface === surface);
    if (these.length === 0) return [];
    const byDifficulty = Object.fromEntries(
      removalDifficulties.map((d) => [d, these.filter((m) => m.difficulty === d).length]),
    ) as Record<RemovalDifficulty, number>;
    const diameters = these.flatMap((m) => (m.diameterCm === null ? [] : [m.diameterCm]));
    return [
      {
        surface,
        measurements: these.length,
        byDifficulty,
        meanDiameterCm: diameters.length
          ? diameters.reduce((a, b) => a + b, 0) / diameters.length
          : null,
      },
    ];
  });
}

const DAY_MS = 86_400_000;

/** Days from the start date to a date (start day = day 0). Both `YYYY-MM-DD`. */
export function dayNumber(startDate: string, date: string): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS,
  );
}

/** The device's local calendar date as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whether a string is a real calendar date `YYYY-MM-DD` (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** Earliest date any form accepts. */
export const EARLIEST_DATE = '2020-01-01';

/**
 * Check a typed date: empty, not a date, in the future or before `notBefore` (the
 * experiment's start) get a Chinese message; null means fine.
 */
export function checkDate(
  text: string,
  {
    today,
    notBefore,
    label = '日期',
  }: { today: string; notBefore?: string | undefined; label?: string },
): string | null {
  const t = text.trim();
  if (t === '') return `请填写${label}。`;
  if (!isCalendarDate(t)) return `${label}格式不对，请用“年-月-日”，例如 2026-03-15。`;
  if (t > today) return `${label}不能是将来的日子（今天是 ${today}）。`;
  const floor = notBefore ?? EARLIEST_DATE;
  if (t < floor) {
    return notBefore
      ? `${label}不能早于实验开始的日子（${notBefore}）。`
      : `${label}不能早于 ${EARLIEST_DATE}。`;
  }
  return null;
}

export interface DecompositionSummary {
  /** Checks recorded. */
  checks: number;
  /** Distinct days with a check. */
  daysObserved: number;
  /** Highest day number observed, or null. */
  lastDay: number | null;
  /** Latest state (by date, then by record order) of each item in each medium. */
  latest: { item: SampleItem; medium: Medium; state: SampleState; day: number }[];
}

/** Days observed and the latest state of each item × medium. */
export function summarizeDecomposition(log: Decomposition): DecompositionSummary {
  const start = log.setup?.startDate;
  const obs = [...log.observations].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const days = new Set(obs.map((o) => o.date));
  const latest: DecompositionSummary['latest'] = [];
  if (start) {
    for (const item of sampleItems) {
      for (const medium of media) {
        let found: DecompositionSummary['latest'][number] | null = null;
        for (const o of obs) {
          const e = o.entries.find((x) => x.item === item && x.medium === medium);
          if (e) found = { item, medium, state: e.state, day: dayNumber(start, o.date) };
        }
        if (found) latest.push(found);
      }
    }
  }
  const last = obs[obs.length - 1];
  return {
    checks: obs.length,
    daysObserved: days.size,
    lastDay: start && last ? dayNumber(start, last.date) : null,
    latest,
  };
}
