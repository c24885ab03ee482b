/**
 * Reading stored gum records: salvage what is valid from a damaged value, and migrate the
 * version-1 prototype shape to version 2. Pure: ids and times are passed in.
 */
import * as z from 'zod/mini';
import { GroupSchema } from '../schemas/gum-group';
import { SurveySchema, type Survey } from '../schemas/gum-survey';
import { MeasurementSchema } from '../schemas/gum-measurement';
import {
  DecompositionSetupSchema,
  ObservationSchema,
  PredictionSchema,
} from '../schemas/gum-decomposition';
import { TimestampSchema, textLimits } from '../schemas/gum-common';
import {
  GumRecordSchema,
  GumRecordV1Schema,
  emptyGumRecord,
  type GumRecord,
  type GumRecordV1,
} from '../schemas/gum-record';
import { findForbiddenKey, type Salvaged } from './safe-json';

function validItems<S extends z.ZodMiniType>(schema: S, input: unknown) {
  const items = Array.isArray(input) ? input : [];
  const kept: z.output<S>[] = [];
  for (const x of items) {
    const r = z.safeParse(schema, x);
    if (r.success) kept.push(r.data);
  }
  return { kept, dropped: (Array.isArray(input) ? items.length : 1) - kept.length };
}

/**
 * Keep every valid record of a stored value that fails the schema as a whole. A value that is
 * not an object at all gives an empty record with `dropped` 1.
 */
export function salvageGumRecord(input: unknown): Salvaged<GumRecord> {
  // Strict objects refuse `__proto__` and other unknown keys record by record below.
  if (findForbiddenKey(input) === null) {
    const whole = GumRecordSchema.safeParse(input);
    if (whole.success) return { value: whole.data, dropped: 0 };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { value: emptyGumRecord(), dropped: 1 };
  }
  const o = input as Record<string, unknown>;
  let dropped = 0;
  const one = <S extends z.ZodMiniType>(schema: S, v: unknown): z.output<S> | null => {
    if (v === null || v === undefined) return null;
    const r = z.safeParse(schema, v);
    if (r.success) return r.data;
    dropped += 1;
    return null;
  };
  const list = <S extends z.ZodMiniType>(schema: S, v: unknown): z.output<S>[] => {
    if (v === undefined) return [];
    const r = validItems(schema, v);
    dropped += r.dropped;
    return r.kept;
  };
  const d = (
    o['decomposition'] && typeof o['decomposition'] === 'object' ? o['decomposition'] : {}
  ) as Record<string, unknown>;
  const value: GumRecord = {
    schemaVersion: 2,
    group: one(GroupSchema, o['group']),
    surveys: list(SurveySchema, o['surveys']),
    measurements: list(MeasurementSchema, o['measurements']),
    decomposition: {
      setup: one(DecompositionSetupSchema, d['setup']),
      predictions: list(PredictionSchema, d['predictions']),
      observations: list(ObservationSchema, d['observations']),
    },
    lastExportedAt: one(TimestampSchema, o['lastExportedAt']),
  };
  // Ids must stay unique; a duplicate keeps its first copy.
  const seen = new Set<string>();
  const uniq = <T extends { id: string }>(xs: T[]): T[] =>
    xs.filter((x) => {
      if (seen.has(x.id)) {
        dropped += 1;
        return false;
      }
      seen.add(x.id);
      return true;
    });
  value.surveys = uniq(value.surveys);
  value.measurements = uniq(value.measurements);
  value.decomposition.predictions = uniq(value.decomposition.predictions);
  value.decomposition.observations = uniq(value.decomposition.observations);
  return { value, dropped: Math.max(dropped, 1) };
}

/** The valid part of a damaged version-1 value: the group name and each valid survey. */
function salvageV1(input: unknown): Salvaged<GumRecordV1> | null {
  const parsed = GumRecordV1Schema.safeParse(input);
  if (parsed.success) return { value: parsed.data, dropped: 0 };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null;
  const o = input as Record<string, unknown>;
  const name = GumRecordV1Schema.shape.groupName.safeParse(o['groupName']);
  const surveys = validItems(GumRecordV1Schema.shape.surveys.def.element, o['surveys']);
  if (!name.success && surveys.kept.length === 0) return null;
  return {
    value: { version: 1, groupName: name.success ? name.data : '', surveys: surveys.kept },
    dropped: (name.success ? 0 : 1) + surveys.dropped,
  };
}

/**
 * Migrate a version-1 value ('eck:gum-record:v1') to version 2: every survey gets an id and
 * times, `area` becomes `areaSquareMetres` without length × width, and an `other` place keeps
 * its name as the kind of place. A damaged value keeps its valid group name and surveys; what
 * is left out, or fails the version-2 schema, is counted in `dropped`. Returns null if nothing
 * of it can be read.
 */
export function migrateGumRecordV1(
  input: unknown,
  now: string,
  newId: () => string,
): Salvaged<GumRecord> | null {
  const salvaged = salvageV1(input);
  if (!salvaged) return null;
  const v1 = salvaged.value;
  const record = emptyGumRecord();
  let dropped = salvaged.dropped;
  const name = v1.groupName.trim().slice(0, textLimits.groupName);
  if (name) {
    record.group = { id: newId(), createdAt: now, updatedAt: now, name, nicknames: [] };
  }
  for (const s of v1.surveys) {
    const other = s.placeType === 'other';
    const candidate: Survey = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      date: s.date,
      placeType: s.placeType,
      placeOther: other ? s.placeName.trim().slice(0, textLimits.placeOther) || '其他' : '',
      placeName: s.placeName.trim().slice(0, textLimits.placeName),
      areaSquareMetres: s.area,
      lengthMetres: null,
      widthMetres: null,
      count: s.count,
      note: '',
    };
    const r = SurveySchema.safeParse(candidate);
    if (r.success) record.surveys.push(r.data);
    else dropped += 1;
  }
  return { value: record, dropped };
}
