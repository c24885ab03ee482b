import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { GroupSchema } from '../../../src/schemas/gum-group';
import { SurveySchema } from '../../../src/schemas/gum-survey';
import { MeasurementSchema } from '../../../src/schemas/gum-measurement';
import {
  DecompositionSetupSchema,
  ObservationSchema,
  PredictionSchema,
} from '../../../src/schemas/gum-decomposition';
import { GumRecordSchema, emptyGumRecord } from '../../../src/schemas/gum-record';
import { GumExportSchema } from '../../../src/schemas/gum-export';
import {
  fullRecord,
  group,
  gumRecordArb,
  measurement,
  observation,
  prediction,
  setup,
  survey,
} from '../gum-fixtures';

describe('valid records pass', () => {
  test.each([
    ['group', GroupSchema, group],
    ['survey', SurveySchema, survey],
    ['measurement', MeasurementSchema, measurement],
    ['setup', DecompositionSetupSchema, setup],
    ['prediction', PredictionSchema, prediction],
    ['observation', ObservationSchema, observation],
    ['record', GumRecordSchema, fullRecord()],
    ['empty record', GumRecordSchema, emptyGumRecord()],
  ] as const)('%s', (_name, schema, value) => {
    expect(schema.safeParse(value)).toEqual({ success: true, data: value });
  });
});

describe('invalid records fail', () => {
  test.each([
    ['group without a name', GroupSchema, { ...group, name: '  ' }],
    ['group name of 21 characters', GroupSchema, { ...group, name: '组'.repeat(21) }],
    ['nine nicknames', GroupSchema, { ...group, nicknames: Array(9).fill('小明') }],
    ['extra key', GroupSchema, { ...group, realName: '张三' }],
    ['id that is not a UUID', GroupSchema, { ...group, id: '1' }],
    ['createdAt not ISO', GroupSchema, { ...group, createdAt: '2026/03/02' }],
    ['negative count', SurveySchema, { ...survey, count: -1 }],
    ['fractional count', SurveySchema, { ...survey, count: 1.5 }],
    ['count above 100,000', SurveySchema, { ...survey, count: 100_001 }],
    [
      'zero area',
      SurveySchema,
      { ...survey, areaSquareMetres: 0, lengthMetres: null, widthMetres: null },
    ],
    [
      'area above 100,000',
      SurveySchema,
      { ...survey, areaSquareMetres: 100_001, lengthMetres: null, widthMetres: null },
    ],
    ['area not length × width', SurveySchema, { ...survey, areaSquareMetres: 50 }],
    ['only a length', SurveySchema, { ...survey, widthMetres: null }],
    ['unknown place type', SurveySchema, { ...survey, placeType: 'park' }],
    ['other without its name', SurveySchema, { ...survey, placeType: 'other', placeOther: '' }],
    ['a name for a listed place type', SurveySchema, { ...survey, placeOther: '公园' }],
    ['not a calendar date', SurveySchema, { ...survey, date: '2026-02-30' }],
    ['note of 201 characters', SurveySchema, { ...survey, note: '字'.repeat(201) }],
    ['diameter above 50 cm', MeasurementSchema, { ...measurement, diameterCm: 51 }],
    ['zero diameter', MeasurementSchema, { ...measurement, diameterCm: 0 }],
    ['unknown surface', MeasurementSchema, { ...measurement, surface: 'glass' }],
    ['no media', DecompositionSetupSchema, { ...setup, media: [] }],
    ['repeated item', DecompositionSetupSchema, { ...setup, items: ['gum', 'gum'] }],
    ['prediction without a pupil', PredictionSchema, { ...prediction, pupil: '' }],
    ['observation without entries', ObservationSchema, { ...observation, entries: [] }],
    [
      'the same sample twice',
      ObservationSchema,
      { ...observation, entries: [observation.entries[0], observation.entries[0]] },
    ],
    [
      'unknown state',
      ObservationSchema,
      { ...observation, entries: [{ ...observation.entries[0], state: 'gone' }] },
    ],
    ['record of version 1', GumRecordSchema, { ...fullRecord(), schemaVersion: 1 }],
    ['record with an extra key', GumRecordSchema, { ...fullRecord(), extra: 1 }],
  ] as const)('%s', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

test('text is trimmed', () => {
  expect(GroupSchema.parse({ ...group, name: '  第3组 ' }).name).toBe('第3组');
});

test('the export file is the record without version and reminder, plus format and time', () => {
  const r = fullRecord();
  const file = {
    format: 'eck-gum-group',
    schemaVersion: 1,
    exportedAt: '2026-03-09T09:00:00.000Z',
    group: r.group,
    surveys: r.surveys,
    measurements: r.measurements,
    decomposition: r.decomposition,
  };
  expect(GumExportSchema.safeParse(file).success).toBe(true);
  expect(GumExportSchema.safeParse({ ...file, group: null }).success).toBe(false);
  expect(GumExportSchema.safeParse({ ...file, lastExportedAt: null }).success).toBe(false);
});

test('property: every generated record is valid and JSON round-trips unchanged', () => {
  fc.assert(
    fc.property(gumRecordArb, (r) => {
      const back = JSON.parse(JSON.stringify(r)) as unknown;
      expect(GumRecordSchema.parse(back)).toEqual(r);
    }),
    { numRuns: 200 },
  );
});
