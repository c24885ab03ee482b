/**
 * Derived values of the gum experiment: areas, densities, day numbers and summaries.
 * Pure: the records keep what pupils measured; everything here is computed from it.
 */
import type { Survey } from '../../../src/schemas/gum-survey';
import { placeTypes, type PlaceType } from '../../../src/schemas/gum-vocab';
import { roundTo } from '../../../src/lib/numbers/round-to';

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

/** Show a number with at most `digits` decimals, without trailing zeros: 2.50 → "2.5". */
export function formatNumber(value: number, digits = 2): string {
  return String(roundTo(value, digits));
}

/** Density per place type. */
export interface PlaceDensity {
  placeType: PlaceType;
  surveys: number;
  /** Residues counted in all its surveys. */
  count: number;
  /** Measured area (surveys without an area are left out), rounded to 0.01 m². */
  areaSquareMetres: number;
  /** Residues counted in the surveys with a measured area. */
  measuredCount: number;
  /** measuredCount ÷ area, or null when no survey of this place has an area. */
  perSquareMetre: number | null;
  per100SquareMetres: number | null;
}

export interface SurveySummary {
  surveys: number;
  totalCount: number;
  /** Measured area of all surveys, rounded to 0.01 m². */
  totalAreaSquareMetres: number;
  /** Residues counted in the surveys with a measured area. */
  measuredCount: number;
  /** Place types with at least one survey, in vocabulary order; density = Σcount ÷ Σarea. */
  byPlace: PlaceDensity[];
}

/** Sum of counts, sum of measured areas and of the counts that have one. */
function totals(surveys: readonly Survey[]) {
  let count = 0;
  let area = 0;
  let measuredCount = 0;
  for (const s of surveys) {
    count += s.count;
    if (s.areaSquareMetres !== null) {
      area += s.areaSquareMetres;
      measuredCount += s.count;
    }
  }
  return { count, area, measuredCount };
}

/** Totals and density per kind of place. */
export function summarizeSurveys(surveys: readonly Survey[]): SurveySummary {
  const byPlace = placeTypes.flatMap((placeType): PlaceDensity[] => {
    const these = surveys.filter((s) => s.placeType === placeType);
    if (these.length === 0) return [];
    const { count, area, measuredCount } = totals(these);
    return [
      {
        placeType,
        surveys: these.length,
        count,
        areaSquareMetres: roundTo(area, 2),
        measuredCount,
        perSquareMetre: area > 0 ? densityPerSquareMetre(measuredCount, area) : null,
        per100SquareMetres: area > 0 ? densityPer100SquareMetres(measuredCount, area) : null,
      },
    ];
  });
  const all = totals(surveys);
  return {
    surveys: surveys.length,
    totalCount: all.count,
    totalAreaSquareMetres: roundTo(all.area, 2),
    measuredCount: all.measuredCount,
    byPlace,
  };
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
