/**
 * Valid gum-experiment data for tests and the benchmark, made deterministically from numbers.
 */
import {
  GUM_EXPORT_FORMAT,
  GUM_EXPORT_VERSION,
  type GumExport,
} from '../../src/schemas/gum-export';
import type { Survey } from '../../src/schemas/gum-survey';
import type { Measurement } from '../../src/schemas/gum-measurement';
import type { Observation } from '../../src/schemas/gum-decomposition';
import {
  media,
  placeTypes,
  removalDifficulties,
  sampleItems,
  sampleStates,
  surfaces,
} from '../../src/schemas/gum-vocab';

/** A valid version-4 UUID made from two numbers (group, record). */
export function testId(group: number, record: number): string {
  const g = group.toString(16).padStart(8, '0').slice(-8);
  const r = record.toString(16).padStart(12, '0').slice(-12);
  return `${g}-0000-4000-8000-${r}`;
}

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

/** `YYYY-MM-DD`, `day` days after 2026-03-02. */
export function testDate(day: number): string {
  return new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
}

export interface GroupSize {
  surveys?: number;
  measurements?: number;
  observations?: number;
  /** Added to every updatedAt (in seconds), to make an "edited" copy. */
  editedAfter?: number;
}

/** One group's export file; records are spread over place types, surfaces, states. */
export function makeGroupExport(group: number, size: GroupSize = {}): GumExport {
  const { surveys = 3, measurements = 2, observations = 2, editedAfter = 0 } = size;
  const created = (i: number) => new Date(Date.UTC(2026, 2, 2, 8, 0, i)).toISOString();
  const updated = (i: number) =>
    new Date(Date.UTC(2026, 2, 2, 8, 0, i + editedAfter)).toISOString();
  const meta = (i: number) => ({
    id: testId(group, i),
    createdAt: created(i),
    updatedAt: updated(i),
  });
  let n = 1;
  const s: Survey[] = Array.from({ length: surveys }, (_, i) => ({
    ...meta(n++),
    date: testDate(i % 10),
    placeType: pick(placeTypes.slice(0, 7), i + group),
    placeOther: '',
    placeName: `地点${i}`,
    areaSquareMetres: 10 + (i % 50),
    lengthMetres: null,
    widthMetres: null,
    count: (i * 7 + group) % 30,
    note: '',
  }));
  const m: Measurement[] = Array.from({ length: measurements }, (_, i) => ({
    ...meta(n++),
    surface: pick(surfaces, i),
    difficulty: pick(removalDifficulties, i + group),
    diameterCm: 1 + (i % 3),
    note: '',
  }));
  const o: Observation[] = Array.from({ length: observations }, (_, i) => ({
    ...meta(n++),
    date: testDate(i),
    observer: '小明',
    entries: sampleItems.flatMap((item, k) =>
      media.map((medium) => ({
        item,
        medium,
        state: pick(sampleStates, item === 'paper' ? i + k : 0),
        sizeCm: null,
        note: '',
      })),
    ),
    note: '',
  }));
  return {
    format: GUM_EXPORT_FORMAT,
    schemaVersion: GUM_EXPORT_VERSION,
    exportedAt: updated(n),
    group: { ...meta(0), name: `第${group}组`, nicknames: ['小明', '小红'] },
    surveys: s,
    measurements: m,
    decomposition: {
      setup: {
        createdAt: created(0),
        updatedAt: updated(0),
        startDate: testDate(0),
        media: [...media],
        items: [...sampleItems],
        note: '',
      },
      predictions: [],
      observations: o,
    },
  };
}

/** The value, or a test failure when it is missing. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
