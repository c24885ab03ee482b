/**
 * content/investigations/gum-residue.json describes the gum experiment's records: its limits,
 * vocabularies and derived values must agree with the gum schemas (src/schemas/gum-*.ts) and
 * calculations, so the two cannot drift apart.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gumResidueDefinition as def } from '../../../../src/lib/investigation/definitions';
import { displayValue, kindOf, numberOf } from '../../../../src/lib/investigation/values';
import { checkRecordForm } from '../../../../src/lib/investigation/check-form';
import {
  fieldValueSchema,
  recordSchema,
  type FieldValue,
} from '../../../../src/schemas/investigation/records';
import type { FieldDef } from '../../../../src/schemas/investigation/definition';
import { numberLimits, numberMinimums, textLimits } from '../../../../src/schemas/gum-common';
import * as vocab from '../../../../src/schemas/gum-vocab';
import { SurveySchema, type Survey } from '../../../../src/schemas/gum-survey';
import { MeasurementSchema } from '../../../../src/schemas/gum-measurement';
import {
  ObservationEntrySchema,
  PredictionSchema,
} from '../../../../src/schemas/gum-decomposition';
import {
  areaFromSides,
  densityPer100SquareMetres,
  densityPerSquareMetre,
} from '../../../support/gum-old/gum-calc';
import { roundTo } from '../../../../src/lib/numbers/round-to';
import { residueAreaSquareCm } from '../../../support/gum-old/gum-summaries';
import {
  measurementRecord,
  observationRecord,
  predictionRecord,
  surveyRecord,
} from '../../../support/gum-old/engine-records';
import { gumLevelInfo } from '../../../../src/lib/grades/gum-levels';
import {
  measurementArb,
  observationArb,
  prediction,
  predictionArb,
  surveyArb,
} from '../../gum-fixtures';

const field = (kind: string, id: string): FieldDef => {
  const f = kindOf(def, kind).fields.find((x) => x.id === id);
  if (!f) throw new Error(`${kind}.${id}`);
  return f;
};

describe('vocabularies are the gum ones, in the same order, with the same labels', () => {
  test.each<[string, readonly string[], Record<string, string>]>([
    ['place', vocab.placeTypes, vocab.placeTypeLabels],
    ['surface', vocab.surfaces, vocab.surfaceLabels],
    ['difficulty', vocab.removalDifficulties, vocab.removalDifficultyLabels],
    ['medium', vocab.media, vocab.mediumLabels],
    ['item', vocab.sampleItems, vocab.sampleItemLabels],
    ['state', vocab.sampleStates, vocab.sampleStateLabels],
  ])('%s', (id, values, labels) => {
    const options = def.vocabularies[id]?.options ?? [];
    expect(options.map((o) => o.value)).toEqual([...values]);
    expect(options.map((o) => o.label)).toEqual(values.map((v) => labels[v]));
  });
});

describe('number limits are the gum schemas’ limits', () => {
  test.each<[string, string, number, number, boolean]>([
    [
      'survey',
      'areaSquareMetres',
      numberMinimums.areaSquareMetres,
      numberLimits.areaSquareMetres,
      false,
    ],
    ['survey', 'lengthMetres', numberMinimums.sideMetres, numberLimits.sideMetres, false],
    ['survey', 'widthMetres', numberMinimums.sideMetres, numberLimits.sideMetres, false],
    ['survey', 'count', 0, numberLimits.count, true],
    ['measurement', 'diameterCm', numberMinimums.diameterCm, numberLimits.diameterCm, false],
    ['measurement', 'widestCm', numberMinimums.diameterCm, numberLimits.diameterCm, false],
    ['measurement', 'squares', 1, numberLimits.squares, true],
    ['entry', 'sizeCm', numberMinimums.sampleSizeCm, numberLimits.sampleSizeCm, false],
  ])('%s.%s', (kind, id, min, max, integer) => {
    const f = field(kind, id);
    expect(f).toMatchObject({ type: 'number', min, max });
    expect(f.type === 'number' && f.integer === true).toBe(integer);
  });

  test.each<[string, string, number]>([
    ['survey', 'placeOther', textLimits.placeOther],
    ['survey', 'placeName', textLimits.placeName],
    ['survey', 'note', textLimits.note],
    ['measurement', 'note', textLimits.note],
    ['prediction', 'pupil', textLimits.nickname],
    ['prediction', 'reason', textLimits.note],
    ['observation', 'observer', textLimits.nickname],
    ['observation', 'note', textLimits.note],
    ['entry', 'note', textLimits.entryNote],
  ])('%s.%s is at most %i characters', (kind, id, max) => {
    expect(field(kind, id)).toMatchObject({ type: 'text', maxLength: max });
  });

  /** Both the gum schema and the engine's refuse a value just outside each limit. */
  test.each<[string, string, number, (v: number) => boolean]>([
    [
      'survey',
      'count',
      numberLimits.count + 1,
      (v) => SurveySchema.shape.count.safeParse(v).success,
    ],
    ['survey', 'count', 1.5, (v) => SurveySchema.shape.count.safeParse(v).success],
    [
      'survey',
      'areaSquareMetres',
      1e-320,
      (v) => SurveySchema.shape.areaSquareMetres.safeParse(v).success,
    ],
    [
      'measurement',
      'diameterCm',
      50.01,
      (v) => MeasurementSchema.shape.diameterCm.safeParse(v).success,
    ],
    ['measurement', 'squares', 0, (v) => MeasurementSchema.shape.squares.safeParse(v).success],
    ['entry', 'sizeCm', 0.05, (v) => ObservationEntrySchema.shape.sizeCm.safeParse(v).success],
  ])('%s.%s refuses %d in both', (kind, id, value, gumAccepts) => {
    expect(gumAccepts(value)).toBe(false);
    expect(fieldValueSchema(def, field(kind, id)).safeParse(value).success).toBe(false);
  });
});

describe('grade bands follow the gum levels (src/lib/grades/gum-levels.ts)', () => {
  test('area is asked from grade 3, squares in 3–5, the diameter in 6, the widest part in 2', () => {
    const squares = gumLevelInfo.squares.grades;
    expect(field('survey', 'areaSquareMetres').grades).toEqual([squares[0], 6]);
    expect(field('measurement', 'squares').grades).toEqual([
      squares[0],
      squares[squares.length - 1],
    ]);
    expect(field('measurement', 'diameterCm').grades).toEqual([...gumLevelInfo.circle.grades, 6]);
    expect(field('measurement', 'widestCm').grades).toEqual([2, 2]);
  });
});

describe('every valid gum record is a valid engine record (fast-check)', () => {
  test.each([
    ['survey', surveyArb.map(surveyRecord)],
    ['measurement', measurementArb.map(measurementRecord)],
    ['prediction', predictionArb.map(predictionRecord)],
    ['observation', observationArb.map(observationRecord)],
  ] as const)('%s', (kind, arb) => {
    const schema = recordSchema(def, kindOf(def, kind));
    fc.assert(
      fc.property(arb, (r) => {
        expect(schema.safeParse(r).success).toBe(true);
      }),
    );
  });

  test('observation entries', () => {
    const entry = kindOf(def, 'entry');
    fc.assert(
      fc.property(observationArb, (o) => {
        for (const e of o.entries) {
          const values: Record<string, FieldValue> = { ...e };
          for (const f of entry.fields.filter((x) => x.id !== 'observation')) {
            expect(fieldValueSchema(def, f).safeParse(values[f.id]).success).toBe(true);
          }
        }
      }),
    );
  });

  test('a prediction refused by the gum schema (empty nickname) is refused by the engine', () => {
    const bad = { ...prediction, pupil: '' };
    expect(PredictionSchema.safeParse(bad).success).toBe(false);
    expect(
      recordSchema(def, kindOf(def, 'prediction')).safeParse(predictionRecord(bad)).success,
    ).toBe(false);
  });
});

describe('derived values are the gum calculations', () => {
  const survey = kindOf(def, 'survey');
  const measurement = kindOf(def, 'measurement');
  test('area from sides, densities per m² and per 100 m²', () => {
    fc.assert(
      fc.property(surveyArb, (s) => {
        const r = surveyRecord(s);
        expect(numberOf(survey, r, 'areaFromSides')).toBe(
          s.lengthMetres === null || s.widthMetres === null
            ? null
            : areaFromSides(s.lengthMetres, s.widthMetres),
        );
        const a = s.areaSquareMetres;
        expect(numberOf(survey, r, 'perSquareMetre')).toBe(
          a === null ? null : roundTo(densityPerSquareMetre(s.count, a), 4),
        );
        expect(numberOf(survey, r, 'per100SquareMetres')).toBe(
          a === null ? null : roundTo(densityPer100SquareMetres(s.count, a), 2),
        );
      }),
    );
  });
  test('a residue’s area from its diameter', () => {
    fc.assert(
      fc.property(measurementArb, (m) => {
        expect(numberOf(measurement, measurementRecord(m), 'areaSquareCm')).toBe(
          m.diameterCm === null ? null : roundTo(residueAreaSquareCm(m.diameterCm), 2),
        );
      }),
    );
  });
});

describe('a place “其他” needs its own words, as the gum survey schema says', () => {
  const survey = kindOf(def, 'survey');
  const ctx = {
    today: '2026-03-10',
    choices: (f: FieldDef) =>
      f.type === 'choice' && f.vocabulary
        ? (def.vocabularies[f.vocabulary]?.options.map((o) => o.value) ?? [])
        : [],
  };
  const form = { date: '2026-03-02', placeType: 'other', placeOther: '', count: '3' };
  test('the form asks for the words with 其他 and drops them with another place', () => {
    expect(checkRecordForm(survey, form, ctx)).toMatchObject({
      ok: false,
      errors: { placeOther: '请填写地点类型名称。' },
    });
    const r = checkRecordForm(survey, { ...form, placeType: 'shop', placeOther: '车棚' }, ctx);
    expect(r).toMatchObject({ ok: true, value: { placeType: 'shop', placeOther: null } });
  });
  test.each([
    ['other', '', false],
    ['other', '车棚', true],
    ['shop', '车棚', false],
    ['shop', '', true],
  ])('placeType %s with “%s”: valid %s in both schemas', (placeType, placeOther, valid) => {
    const s = { ...fc.sample(surveyArb, 1)[0], placeType, placeOther } as Survey;
    expect(SurveySchema.safeParse(s).success).toBe(valid);
    expect(recordSchema(def, survey).safeParse(surveyRecord(s)).success).toBe(valid);
  });
  test('the CSV reads it as “其他：车棚”', () => {
    const s = { ...fc.sample(surveyArb, 1)[0], placeType: 'other', placeOther: '车棚' } as Survey;
    const f = field('survey', 'placeType');
    expect(displayValue(def, f, 'other', {}, surveyRecord(s).values)).toBe('其他：车棚');
    expect(displayValue(def, f, 'shop', {}, surveyRecord(s).values)).toBe('商店');
  });
});
