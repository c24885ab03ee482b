/**
 * Summaries of the measurements and the decomposition log, and a residue's area. Pure. Apart
 * from gum-calc.ts so the record page loads them with the sections that use them.
 */
import type { Measurement } from '../../../src/schemas/gum-measurement';
import type { Decomposition } from '../../../src/schemas/gum-decomposition';
import {
  media,
  removalDifficulties,
  sampleItems,
  surfaces,
  type Medium,
  type RemovalDifficulty,
  type SampleItem,
  type SampleState,
  type Surface,
} from '../../../src/schemas/gum-vocab';
import { dayNumber } from './gum-calc';

/** Area of a pressed residue (a disc) in cm²: π × r², r = diameter ÷ 2. */
export function residueAreaSquareCm(diameterCm: number): number {
  const r = diameterCm / 2;
  return Math.PI * r * r;
}

/** Area of a pressed residue in cm² as grade 6 computes it: 3.14 × r × r. */
export function residueAreaByFormula(diameterCm: number): number {
  const r = diameterCm / 2;
  return 3.14 * r * r;
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
