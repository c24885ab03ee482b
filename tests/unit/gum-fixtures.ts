/** Sample gum records and fast-check arbitraries of valid ones, shared by the unit tests. */
import { hasUnsafeChars, isBlankText } from '../../src/lib/text/text-safety';
import fc from 'fast-check';
import { emptyGumRecord, type GumRecord } from '../../src/schemas/gum-record';
import type { Survey } from '../../src/schemas/gum-survey';
import type { Measurement } from '../../src/schemas/gum-measurement';
import type {
  DecompositionSetup,
  Observation,
  Prediction,
} from '../../src/schemas/gum-decomposition';
import type { Group } from '../../src/schemas/gum-group';
import {
  media,
  placeTypes,
  removalDifficulties,
  sampleItems,
  sampleStates,
  surfaces,
} from '../../src/schemas/gum-vocab';
import { textLimits } from '../../src/schemas/gum-common';
import { areaFromSides } from '../support/gum-old/gum-calc';
import { grades } from '../../src/lib/grades/maths-skills';

export const T0 = '2026-03-02T08:00:00.000Z';
export const T1 = '2026-03-02T08:05:00.000Z';
const meta = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: T0,
  updatedAt: T0,
});

export const group: Group = { ...meta(1), name: '第3组', nicknames: ['小明', '小红'] };

export const survey: Survey = {
  ...meta(2),
  date: '2026-03-02',
  placeType: 'classroom',
  placeOther: '',
  placeName: '三年级二班',
  areaSquareMetres: 48,
  lengthMetres: 8,
  widthMetres: 6,
  count: 12,
  note: '<script>alert(1)</script> 😀',
};

export const measurement: Measurement = {
  ...meta(3),
  surface: 'paper',
  difficulty: 'hard',
  diameterCm: 2,
  note: '',
};

export const setup: DecompositionSetup = {
  createdAt: T0,
  updatedAt: T0,
  startDate: '2026-03-02',
  media: ['soil', 'tapWater'],
  items: ['gum', 'paper'],
  note: '',
};

export const prediction: Prediction = {
  ...meta(4),
  pupil: '小明',
  mostChangeItem: 'paper',
  leastChangeItem: 'gum',
  mostChangeMedium: 'tapWater',
  reason: '纸遇水会软。',
};

export const observation: Observation = {
  ...meta(5),
  date: '2026-03-09',
  observer: '小红',
  entries: [
    { item: 'gum', medium: 'soil', state: 'unchanged', sizeCm: 2, note: '' },
    { item: 'paper', medium: 'tapWater', state: 'clear', sizeCm: null, note: '散开了' },
  ],
  note: '',
};

export function fullRecord(): GumRecord {
  return {
    ...emptyGumRecord(),
    group,
    surveys: [survey],
    measurements: [measurement],
    decomposition: { setup, predictions: [prediction], observations: [observation] },
  };
}

// --- arbitraries of valid records ---------------------------------------------------------

const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length <= max && !hasUnsafeChars(s));
const requiredText = (max: number) => text(max).filter((s) => s.length > 0 && !isBlankText(s));
const moment = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const day = moment.map((t) => t.slice(0, 10));
const between = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const metaArb = fc.record({ id: fc.uuid({ version: 4 }), createdAt: moment, updatedAt: moment });

export const groupArb: fc.Arbitrary<Group> = fc
  .tuple(
    metaArb,
    requiredText(textLimits.groupName),
    fc.array(requiredText(textLimits.nickname), { maxLength: 8 }),
    // Older data has no grade.
    fc.option(fc.constantFrom(...grades), { nil: undefined }),
  )
  .map(([m, name, nicknames, grade]) =>
    grade === undefined ? { ...m, name, nicknames } : { ...m, name, nicknames, grade },
  );

export const surveyArb: fc.Arbitrary<Survey> = fc
  .tuple(
    metaArb,
    day,
    fc.constantFrom(...placeTypes),
    requiredText(textLimits.placeOther),
    text(textLimits.placeName),
    fc.option(fc.tuple(between(0.1, 300), between(0.1, 300))),
    // null: only counted, without an area (grades 1–2).
    fc.option(between(0.01, 100_000)),
    fc.integer({ min: 0, max: 100_000 }),
    text(textLimits.note),
  )
  .map(([m, date, placeType, other, placeName, sides, area, count, note]) => ({
    ...m,
    date,
    placeType,
    placeOther: placeType === 'other' ? other : '',
    placeName,
    areaSquareMetres: sides ? areaFromSides(sides[0], sides[1]) : area,
    lengthMetres: sides ? sides[0] : null,
    widthMetres: sides ? sides[1] : null,
    count,
    note,
  }));

export const measurementArb: fc.Arbitrary<Measurement> = fc
  .tuple(
    metaArb,
    fc.constantFrom(...surfaces),
    fc.constantFrom(...removalDifficulties),
    fc.option(between(0.1, 50)),
    fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
    text(200),
  )
  .map(([m, surface, difficulty, diameterCm, widestCm, squares, note]) => ({
    ...m,
    surface,
    difficulty,
    diameterCm,
    ...(widestCm === undefined ? {} : { widestCm }),
    ...(squares === undefined ? {} : { squares }),
    note,
  }));

export const setupArb: fc.Arbitrary<DecompositionSetup> = fc.record({
  createdAt: moment,
  updatedAt: moment,
  startDate: day,
  media: fc.shuffledSubarray([...media], { minLength: 1 }),
  items: fc.shuffledSubarray([...sampleItems], { minLength: 1 }),
  note: text(200),
});

export const predictionArb: fc.Arbitrary<Prediction> = fc
  .tuple(
    metaArb,
    requiredText(10),
    fc.constantFrom(...sampleItems),
    fc.constantFrom(...sampleItems),
    fc.constantFrom(...media),
    text(200),
  )
  .map(([m, pupil, mostChangeItem, leastChangeItem, mostChangeMedium, reason]) => ({
    ...m,
    pupil,
    mostChangeItem,
    leastChangeItem,
    mostChangeMedium,
    reason,
  }));

const entryArb = fc.record({
  item: fc.constantFrom(...sampleItems),
  medium: fc.constantFrom(...media),
  state: fc.constantFrom(...sampleStates),
  sizeCm: fc.option(between(0.1, 50)),
  note: text(100),
});

export const observationArb: fc.Arbitrary<Observation> = fc
  .tuple(
    metaArb,
    day,
    text(10),
    fc.uniqueArray(entryArb, {
      minLength: 1,
      maxLength: 12,
      selector: (e) => `${e.item}/${e.medium}`,
    }),
    text(200),
  )
  .map(([m, date, observer, entries, note]) => ({ ...m, date, observer, entries, note }));

/** Any valid stored record (ids unique, as the store keeps them). */
export const gumRecordArb: fc.Arbitrary<GumRecord> = fc
  .record({
    group: fc.option(groupArb),
    surveys: fc.array(surveyArb, { maxLength: 4 }),
    measurements: fc.array(measurementArb, { maxLength: 4 }),
    setup: fc.option(setupArb),
    predictions: fc.array(predictionArb, { maxLength: 3 }),
    observations: fc.array(observationArb, { maxLength: 3 }),
    lastExportedAt: fc.option(moment),
  })
  .map((r) => ({
    schemaVersion: 2 as const,
    group: r.group,
    surveys: r.surveys,
    measurements: r.measurements,
    decomposition: { setup: r.setup, predictions: r.predictions, observations: r.observations },
    lastExportedAt: r.lastExportedAt,
  }))
  .filter((r) => {
    const ids = [
      ...r.surveys,
      ...r.measurements,
      ...r.decomposition.predictions,
      ...r.decomposition.observations,
    ].map((x) => x.id);
    return new Set(ids).size === ids.length;
  });
