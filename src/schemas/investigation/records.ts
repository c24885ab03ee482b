import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  IdSchema,
  TimestampSchema,
  idsAreUnique,
  recordMeta,
  textLimits,
} from '../gum-common';
import {
  blankTextMessage,
  hasUnsafeChars,
  isBlankText,
  unsafeCharsMessage,
} from '../../lib/text/text-safety';
import type { FieldDef, InvestigationDefinition, RecordKind } from './definition';
import type { Grade } from '../../lib/grades/maths-skills';

/**
 * The records a group keeps for one investigation, its export file and the class data, as
 * schemas built from the investigation's definition. Every object is strict.
 */

/** Marks a file as one group's data of an investigation. */
export const INVESTIGATION_EXPORT_FORMAT = 'eck-investigation';
/** Marks the class view's own file of every group's data. */
export const INVESTIGATION_CLASS_FORMAT = 'eck-investigation-class';
/** The file version this build writes and the newest it reads. */
export const INVESTIGATION_FILE_VERSION = 1;
/**
 * Most groups one class file and one class view hold: as many as the gum class view held before
 * the engine, so every class it kept migrates (a device may gather several classes' groups).
 */
export const MAX_INVESTIGATION_GROUPS = 100;

/**
 * A stored field value: numbers and text as typed and checked, a multiChoice's option values
 * (distinct, in vocabulary order), null for an empty optional field.
 */
export type FieldValue = number | string | string[] | null;

export interface StoredRecord {
  /** Random UUID, unique within the group's data. */
  id: string;
  createdAt: string;
  updatedAt: string;
  /** One value per field of the record's kind. */
  values: Record<string, FieldValue>;
}

export interface InvestigationGroup {
  id: string;
  /** The group's name, e.g. "第3组". */
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The group's school year, when the definition asks for it (`group.grade`) and it was chosen. */
  grade?: Grade | undefined;
  /**
   * The members' nicknames (not real names), when the definition asks (`group.nicknames`): at
   * most 8, each 1–10 characters, absent when none were written.
   */
  nicknames?: string[] | undefined;
}

/** What the group form adds to the name: an undefined detail was not chosen or left empty. */
export type GroupDetails = Pick<InvestigationGroup, 'grade' | 'nicknames'>;

/** One tablet's data: its group and its records by kind. */
export interface InvestigationData {
  group: InvestigationGroup | null;
  records: Record<string, StoredRecord[]>;
  /** When 导出文件 last saved a file on this tablet (absent: never, or stored before it was kept). */
  lastExportedAt?: string | undefined;
}

/** One group's data in the class view. */
export interface InvestigationClassGroup {
  group: InvestigationGroup;
  exportedAt: string;
  records: Record<string, StoredRecord[]>;
}

export interface InvestigationClassData {
  groups: InvestigationClassGroup[];
}

export interface InvestigationExport {
  format: typeof INVESTIGATION_EXPORT_FORMAT;
  schemaVersion: typeof INVESTIGATION_FILE_VERSION;
  /** The definition's id: a file of another investigation is refused. */
  investigation: string;
  /** The definition's version the records follow. */
  definitionVersion: number;
  exportedAt: string;
  group: InvestigationGroup;
  records: Record<string, StoredRecord[]>;
}

export interface InvestigationClassExport extends Omit<
  InvestigationExport,
  'format' | 'group' | 'records'
> {
  format: typeof INVESTIGATION_CLASS_FORMAT;
  groups: InvestigationClassGroup[];
}

/** Text without control characters; a required one with something visible in it. */
function textSchema(max: number, required: boolean) {
  const base = z.string().check(
    z.maxLength(max),
    z.refine((s) => !hasUnsafeChars(s), { message: unsafeCharsMessage }),
  );
  return required
    ? base.check(z.refine((s) => !isBlankText(s), { message: blankTextMessage }))
    : base;
}

/** The schema of one field's stored value. */
export function fieldValueSchema(
  def: InvestigationDefinition,
  f: FieldDef,
): z.ZodMiniType<FieldValue> {
  const required = f.required !== false;
  let s: z.ZodMiniType<FieldValue>;
  // Only choice and multiChoice fields have one.
  const vocabulary = (f as { vocabulary?: string }).vocabulary;
  const ids = (def.vocabularies[vocabulary ?? '']?.options ?? []).map((o) => o.value);
  switch (f.type) {
    case 'number': {
      const n = z.number().check(z.minimum(f.min), z.maximum(f.max));
      s = f.integer ? n.check(z.int()) : n;
      break;
    }
    case 'text':
      s = textSchema(f.maxLength, required);
      break;
    case 'date':
      s = CalendarDateSchema;
      break;
    case 'choice':
      s = f.vocabulary ? z.enum(ids as [string, ...string[]]) : IdSchema;
      break;
    case 'multiChoice':
      // Each a later option than the one before: distinct, in the vocabulary's order.
      s = z.array(z.string()).check(
        z.minLength(1),
        z.refine((a) => a.every((v, i) => ids.indexOf(v) > ids.indexOf(a[i - 1] ?? '')), {
          message: '选项重复、不认识或乱序。',
        }),
      );
      break;
  }
  // An empty optional text is stored as null, like an empty number.
  return required ? s : z.nullable(s);
}

/** The schema of one kind's stored records. */
export function recordSchema(def: InvestigationDefinition, kind: RecordKind) {
  const values: Record<string, z.ZodMiniType<FieldValue>> = {};
  for (const f of kind.fields) values[f.id] = fieldValueSchema(def, f);
  const others = kind.fields.flatMap((f) => (f.type === 'choice' && f.other ? [f] : []));
  return z.strictObject({
    ...recordMeta,
    values: z.strictObject(values).check(
      z.refine(
        (v: Record<string, FieldValue>) =>
          others.every((f) => {
            const words = v[f.other?.field ?? ''];
            const has = typeof words === 'string' && words.trim() !== '';
            return has === (v[f.id] === f.other?.option);
          }),
        { message: '选了“其他”就要写出是什么，没选就不要写。' },
      ),
    ),
  });
}

export const InvestigationGroupSchema = z.strictObject({
  ...recordMeta,
  name: textSchema(textLimits.groupName, true).check(z.minLength(1)),
  // Accepted for every investigation: a file keeps what its tablet asked for.
  // A number check, not z.literal(grades): these pages need none of maths-skills.ts.
  grade: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(6))) as z.ZodMiniOptional<
    z.ZodMiniType<Grade>
  >,
  nicknames: z.optional(
    z
      .array(textSchema(textLimits.nickname, true))
      .check(z.minLength(1), z.maxLength(textLimits.nicknames)),
  ),
});

/** Whether every `recordOf` choice names a record of its kind in the same group's data. */
export function refsResolve(
  def: InvestigationDefinition,
  records: Record<string, StoredRecord[]>,
): boolean {
  return def.kinds.every((k) =>
    k.fields.every((f) => {
      if (f.type !== 'choice' || !f.recordOf) return true;
      const ids = new Set((records[f.recordOf] ?? []).map((r) => r.id));
      return (records[k.id] ?? []).every((r) => {
        const v = r.values[f.id];
        return v === null || v === undefined || ids.has(String(v));
      });
    }),
  );
}

/** All record lists of a group's data, each kind at most `maxRecords`, ids unique and refs resolved. */
export function recordsSchema(def: InvestigationDefinition) {
  const lists: Record<string, z.ZodMiniType<StoredRecord[]>> = {};
  for (const k of def.kinds) {
    lists[k.id] = z.array(recordSchema(def, k)).check(z.maxLength(k.maxRecords)) as z.ZodMiniType<
      StoredRecord[]
    >;
  }
  return z.strictObject(lists).check(
    z.refine((r) => idsAreUnique(...Object.values(r)), { message: '有两条记录的编号相同。' }),
    z.refine((r) => refsResolve(def, r), { message: '有记录选的区域（或别的记录）不在文件里。' }),
  );
}

/** Everything about one investigation's data, as schemas. */
export function investigationSchemas(def: InvestigationDefinition) {
  const records = recordsSchema(def);
  const header = {
    schemaVersion: z.literal(INVESTIGATION_FILE_VERSION),
    investigation: z.literal(def.id),
    definitionVersion: z.literal(def.version),
    exportedAt: TimestampSchema,
  };
  const classGroup = z.strictObject({
    group: InvestigationGroupSchema,
    exportedAt: TimestampSchema,
    records,
  });
  const uniqueGroups = z.refine<{ groups: { group: { id: string } }[] }>(
    (d) => new Set(d.groups.map((g) => g.group.id)).size === d.groups.length,
    { message: '有两个小组的编号相同。' },
  );
  const groups = z.array(classGroup).check(z.maxLength(MAX_INVESTIGATION_GROUPS));
  return {
    records,
    data: z.strictObject({
      group: z.nullable(InvestigationGroupSchema),
      records,
      lastExportedAt: z.optional(TimestampSchema),
    }),
    exportFile: z.strictObject({
      format: z.literal(INVESTIGATION_EXPORT_FORMAT),
      ...header,
      group: InvestigationGroupSchema,
      records,
    }),
    classGroup,
    classData: z.strictObject({ groups }).check(uniqueGroups),
    classFile: z
      .strictObject({ format: z.literal(INVESTIGATION_CLASS_FORMAT), ...header, groups })
      .check(uniqueGroups),
  };
}

/** Empty lists for every kind of the definition. */
export function emptyRecords(def: InvestigationDefinition): Record<string, StoredRecord[]> {
  return Object.fromEntries(def.kinds.map((k) => [k.id, []]));
}

export const emptyInvestigationData = (def: InvestigationDefinition): InvestigationData => ({
  group: null,
  records: emptyRecords(def),
});

export const emptyInvestigationClassData = (): InvestigationClassData => ({ groups: [] });
