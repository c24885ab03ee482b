/**
 * The gum experiment's records as the code before the investigation engine kept them (stored
 * records of versions 1 and 2, and the groups of its files and class data) turned into engine
 * data for the `gum-residue` definition (plus the `setup` kind and the groups' grade and
 * nicknames agreed for issue 14, `GUM_SETUP_KIND` and `MigratedGroup` below). Pure: no DOM, no
 * stores. The record store loads it (`gumRecordReader`, through ./formats.ts) only when an old
 * stored value is there; files, links and class data are read by ./gum.ts.
 *
 * Record ids stay those of the old data. What had none gets a name-based UUID (./uuid-v5.ts) from
 * what identifies it in the old data, never from its position or the time of the migration, so
 * migrating the same data again (on the tablet and in the class view) gives the same ids:
 * - the setup: from its `createdAt` (a group has one setup);
 * - an observation's entries: from the observation's id, the item and the medium (each pair is
 *   recorded once per observation);
 * - a version-1 record (no ids at all): from the stored value and the record's place in it.
 */
import * as z from 'zod/mini';
import type { FieldDef, InvestigationDefinition } from '../../../schemas/investigation/definition';
import {
  InvestigationGroupSchema,
  MAX_INVESTIGATION_GROUPS,
  fieldValueSchema,
  recordSchema,
  refsResolve,
  type InvestigationGroup,
  type StoredRecord,
} from '../../../schemas/investigation/records';
import { TimestampSchema, idsAreUnique, recordMeta } from '../../../schemas/gum-common';
import { GUM_RECORD_V1_KEY } from '../../storage/storage-keys';
import type { ClassGroup } from '../../../schemas/gum-class';
import type { LegacyReaders } from './formats';
import type { GumRecord } from '../../../schemas/gum-record';
import type { Group } from '../../../schemas/gum-group';
import type { DecompositionSetup, Observation } from '../../../schemas/gum-decomposition';
import { grades } from '../../grades/maths-skills';
import { migrateGumRecordV1, salvageGumRecord } from '../../gum-migrate';
import { isBlankText, stripUnsafeChars } from '../../text/text-safety';
import { uuidV5 } from './uuid-v5';

/** Namespace of the ids made here (a fixed random UUID; changing it changes every made id). */
export const GUM_LEGACY_NAMESPACE = '6f1d2c3a-5b7e-4c8d-9a0f-3e2b1c4d5a6f';

/** The record kind of the decomposition setup the gum definition gains (issue 14's contract). */
export const GUM_SETUP_KIND = {
  id: 'setup',
  label: '实验准备',
  itemLabel: '实验准备',
  titleField: 'startDate',
  maxRecords: 1,
  fields: [
    { id: 'startDate', type: 'date', label: '放入样品的日期' },
    { id: 'media', type: 'multiChoice', label: '放在哪些地方', vocabulary: 'medium' },
    { id: 'items', type: 'multiChoice', label: '比较哪些样品', vocabulary: 'item' },
    { id: 'note', type: 'text', label: '备注', maxLength: 200, required: false, multiline: true },
  ],
} as const;

/** A migrated record: the engine's own shape (a multiChoice value is a list of ids). */
export type MigratedRecord = StoredRecord;

/** The engine's group, its grade and nicknames included (absent when unknown or empty). */
export type MigratedGroup = InvestigationGroup;

/** A tablet's data (`InvestigationData` with the setup kind and group details). */
export interface MigratedData {
  group: MigratedGroup | null;
  records: Record<string, MigratedRecord[]>;
  /** The old record's `lastExportedAt`, when it had one. */
  lastExportedAt?: string;
}

/** One group of the class data (`InvestigationClassGroup`, likewise). */
export interface MigratedClassGroup {
  group: MigratedGroup;
  exportedAt: string;
  records: Record<string, MigratedRecord[]>;
}

/** What came out of the old data: the engine data, or Chinese messages and nothing migrated. */
export type Migration<T> =
  | {
      ok: true;
      value: T;
      /** Records or parts of a damaged stored value left out (as the old code counted them). */
      dropped: number;
      /** Texts whose control characters were removed or that were blank and got a name. */
      repaired: number;
    }
  | { ok: false; errors: string[] };

/** What a file, link or stored class value held. */
export interface MigratedFile {
  kind: 'group' | 'class';
  groups: MigratedClassGroup[];
}

/** The name given to a required text that had nothing visible in it. */
export const UNNAMED = '未写名字';

// --- schemas of the result ------------------------------------------------------------------

const textField = (maxLength: number, required: boolean): FieldDef => ({
  id: 'text',
  type: 'text',
  label: '文字',
  maxLength,
  required,
});

/** Whether the values are distinct options of the list, in the list's order. */
function inListOrder(values: readonly string[], options: readonly string[]): boolean {
  const at = values.map((v) => options.indexOf(v));
  return at.every((i, n) => i >= 0 && (n === 0 || i > (at[n - 1] as number)));
}

function multiChoiceSchema(def: InvestigationDefinition, vocabulary: string) {
  const options = (def.vocabularies[vocabulary]?.options ?? []).map((o) => o.value);
  return z.array(z.string()).check(
    z.minLength(1),
    z.refine((vs) => inListOrder(vs, options), {
      message: '要选词表里的选项，不能重复，按词表的顺序。',
    }),
  );
}

/**
 * Schemas of the migrated data, built from the definition: the engine's own record schemas for
 * its kinds; the setup kind and the group details as the contract describes them (the engine on
 * main does not know multiChoice fields yet). A `setup` kind in the definition is replaced.
 */
export function migratedSchemas(def: InvestigationDefinition) {
  const lists: Record<string, z.ZodMiniType<unknown[]>> = {};
  for (const k of def.kinds) {
    if (k.id !== 'setup')
      lists[k.id] = z.array(recordSchema(def, k)).check(z.maxLength(k.maxRecords));
  }
  lists[GUM_SETUP_KIND.id] = z
    .array(
      z.strictObject({
        ...recordMeta,
        values: z.strictObject({
          startDate: fieldValueSchema(def, { id: 'startDate', type: 'date', label: '日期' }),
          media: multiChoiceSchema(def, 'medium'),
          items: multiChoiceSchema(def, 'item'),
          note: fieldValueSchema(def, textField(200, false)),
        }),
      }),
    )
    .check(z.maxLength(GUM_SETUP_KIND.maxRecords));
  const records = z.strictObject(lists).check(
    z.refine((r) => idsAreUnique(...(Object.values(r) as { id: string }[][])), {
      message: '有两条记录的编号相同。',
    }),
    z.refine((r) => refsResolve(def, r as Record<string, StoredRecord[]>), {
      message: '有记录选的观察（或别的记录）不在文件里。',
    }),
  );
  // Spread, not z.extend: that would bring zod's extend code into every page's shared chunk.
  const group = z.strictObject({
    ...InvestigationGroupSchema.shape,
    grade: z.optional(z.literal(grades)),
    nicknames: z.optional(
      z.array(fieldValueSchema(def, textField(10, true))).check(z.minLength(1), z.maxLength(8)),
    ),
  });
  const classGroup = z.strictObject({ group, exportedAt: TimestampSchema, records });
  return {
    records,
    data: z.strictObject({
      group: z.nullable(group),
      records,
      lastExportedAt: z.optional(TimestampSchema),
    }),
    classGroup,
    classData: z.strictObject({
      groups: z.array(classGroup).check(
        z.maxLength(MAX_INVESTIGATION_GROUPS),
        z.refine((gs) => new Set(gs.map((g) => g.group.id)).size === gs.length, {
          message: '有两个小组的编号相同。',
        }),
      ),
    }),
  };
}

// --- turning old records into engine records ------------------------------------------------

/** Counts the texts changed while cleaning them. */
class Cleaner {
  repaired = 0;

  /** The text without control characters; '' becomes null (an empty optional field). */
  optional(text: string): string | null {
    const t = this.strip(text);
    return t === '' ? null : t;
  }

  /** A required text: without control characters, and a name when nothing visible is left. */
  required(text: string): string {
    if (!isBlankText(text)) return this.strip(text);
    this.repaired += 1;
    return UNNAMED;
  }

  strip(text: string): string {
    const t = stripUnsafeChars(text);
    if (t !== text) this.repaired += 1;
    return t;
  }
}

const meta = (r: { id: string; createdAt: string; updatedAt: string }) => ({
  id: r.id,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** The id of a group's setup (it has none in the old data). */
export const setupId = (setup: DecompositionSetup) =>
  uuidV5(GUM_LEGACY_NAMESPACE, `setup/${setup.createdAt}`);

/** The id of an observation's entry for one item in one medium. */
export const entryId = (o: Observation, item: string, medium: string) =>
  uuidV5(GUM_LEGACY_NAMESPACE, `entry/${o.id}/${item}/${medium}`);

function group(g: Group, clean: Cleaner): MigratedGroup {
  const nicknames = g.nicknames.filter((n) => !isBlankText(n)).map((n) => clean.strip(n));
  clean.repaired += g.nicknames.length - nicknames.length;
  return {
    ...meta(g),
    name: clean.required(g.name),
    ...(g.grade === undefined ? {} : { grade: g.grade }),
    ...(nicknames.length ? { nicknames } : {}),
  };
}

type Lists = Pick<GumRecord, 'surveys' | 'measurements' | 'decomposition'>;

function records(
  def: InvestigationDefinition,
  old: Lists,
  clean: Cleaner,
): Record<string, MigratedRecord[]> {
  // Unknown values sort last and fail the schema: nothing is dropped without a word.
  const inOrder = (vocabulary: string, values: readonly string[]) => {
    const options = (def.vocabularies[vocabulary]?.options ?? []).map((o) => o.value);
    const at = (v: string) => (options.includes(v) ? options.indexOf(v) : options.length);
    return [...values].sort((a, b) => at(a) - at(b));
  };
  const { setup, predictions, observations } = old.decomposition;
  return {
    survey: old.surveys.map((s) => ({
      ...meta(s),
      values: {
        date: s.date,
        placeType: s.placeType,
        placeOther: clean.optional(s.placeOther),
        placeName: clean.optional(s.placeName),
        areaSquareMetres: s.areaSquareMetres,
        lengthMetres: s.lengthMetres,
        widthMetres: s.widthMetres,
        count: s.count,
        note: clean.optional(s.note),
      },
    })),
    measurement: old.measurements.map((m) => ({
      ...meta(m),
      values: {
        surface: m.surface,
        difficulty: m.difficulty,
        diameterCm: m.diameterCm,
        widestCm: m.widestCm ?? null,
        squares: m.squares ?? null,
        note: clean.optional(m.note),
      },
    })),
    prediction: predictions.map((p) => ({
      ...meta(p),
      values: {
        pupil: clean.required(p.pupil),
        mostChangeItem: p.mostChangeItem,
        leastChangeItem: p.leastChangeItem,
        mostChangeMedium: p.mostChangeMedium,
        reason: clean.optional(p.reason),
      },
    })),
    observation: observations.map((o) => ({
      ...meta(o),
      values: { date: o.date, observer: clean.optional(o.observer), note: clean.optional(o.note) },
    })),
    entry: observations.flatMap((o) =>
      o.entries.map((e) => ({
        id: entryId(o, e.item, e.medium),
        createdAt: o.createdAt,
        updatedAt: o.updatedAt,
        values: {
          observation: o.id,
          item: e.item,
          medium: e.medium,
          state: e.state,
          sizeCm: e.sizeCm,
          note: clean.optional(e.note),
        },
      })),
    ),
    setup: setup
      ? [
          {
            id: setupId(setup),
            createdAt: setup.createdAt,
            updatedAt: setup.updatedAt,
            values: {
              startDate: setup.startDate,
              media: inOrder('medium', setup.media),
              items: inOrder('item', setup.items),
              note: clean.optional(setup.note),
            },
          },
        ]
      : [],
  };
}

/** Messages for kinds with more records than the definition allows one group. */
function tooManyRecords(
  def: InvestigationDefinition,
  recs: Record<string, MigratedRecord[]>,
  where: string,
): string[] {
  return def.kinds.flatMap((k) => {
    const n = recs[k.id]?.length ?? 0;
    return n > k.maxRecords
      ? [`${where}的${k.label}有 ${n} 条，新版本每个小组最多 ${k.maxRecords} 条，没有迁移。`]
      : [];
  });
}

/** The message for old class data with more groups than the engine's class data holds. */
export function tooManyGroupsMessage(n: number): string {
  return `这些全班数据有 ${n} 个小组，新版本的全班数据最多 ${MAX_INVESTIGATION_GROUPS} 个小组，没有迁移。请把各班的小组文件分开导入（每班一个全班页）。`;
}

/**
 * Chinese messages for what the schema of the result refused. Files name each place (./gum.ts);
 * a stored value needs no more than a word (its store keeps the old value and says so), which
 * keeps the message code out of the record page's reader.
 */
export type Explain = (issues: z.core.$ZodIssue[]) => string[];
const unexplained: Explain = () => ['迁移后的数据不符合新版本的格式，没有迁移。'];

function checked<T>(
  schema: z.ZodMiniType,
  value: T,
  errors: string[],
  counts: { dropped: number; repaired: number },
  explain: Explain,
): Migration<T> {
  if (errors.length) return { ok: false, errors };
  const r = z.safeParse(schema, value);
  return r.success
    ? { ok: true, value, ...counts }
    : { ok: false, errors: explain(r.error.issues) };
}

/** A valid stored record (version 2) as engine data. */
export function migrateGumRecord(
  def: InvestigationDefinition,
  record: GumRecord,
  dropped = 0,
  explain = unexplained,
): Migration<MigratedData> {
  const clean = new Cleaner();
  const value: MigratedData = {
    group: record.group && group(record.group, clean),
    records: records(def, record, clean),
    ...(record.lastExportedAt ? { lastExportedAt: record.lastExportedAt } : {}),
  };
  return checked(
    migratedSchemas(def).data,
    value,
    tooManyRecords(def, value.records, '这台平板'),
    { dropped, repaired: clean.repaired },
    explain,
  );
}

/** Old class groups (from a file, a link or the stored class data) as engine class groups. */
export function migrateGumClassGroups(
  def: InvestigationDefinition,
  kind: 'group' | 'class',
  groups: readonly ClassGroup[],
  dropped = 0,
  explain = unexplained,
): Migration<MigratedFile> {
  if (groups.length > MAX_INVESTIGATION_GROUPS) {
    return { ok: false, errors: [tooManyGroupsMessage(groups.length)] };
  }
  const clean = new Cleaner();
  const value = groups.map((g) => ({
    group: group(g.group, clean),
    exportedAt: g.exportedAt,
    records: records(def, g, clean),
  }));
  const errors = value.flatMap((g) => tooManyRecords(def, g.records, `“${g.group.name}”`));
  const r = checked(
    migratedSchemas(def).classData,
    { groups: value },
    errors,
    { dropped, repaired: clean.repaired },
    explain,
  );
  return r.ok ? { ...r, value: { kind, groups: r.value.groups } } : r;
}

// --- stored records -------------------------------------------------------------------------

/** A stored record value of today ('eck:gum-record:v2'), damaged or not, as engine data. */
export function migrateStoredGumRecord(
  def: InvestigationDefinition,
  raw: unknown,
): Migration<MigratedData> {
  const s = salvageGumRecord(raw);
  return migrateGumRecord(def, s.value, s.dropped);
}

/**
 * A version-1 stored value ('eck:gum-record:v1', the prototype: a group name and surveys), read
 * by today's migration with ids named after the value and each record's place in it; `now` is
 * the time its records get (they had none). Null when nothing of it can be read.
 */
export function migrateStoredGumRecordV1(
  def: InvestigationDefinition,
  raw: unknown,
  now: string,
): Migration<MigratedData> | null {
  const seed = JSON.stringify(raw);
  let n = 0;
  const newId = () => uuidV5(GUM_LEGACY_NAMESPACE, `v1/${n++}/${seed}`);
  const s = migrateGumRecordV1(raw, now, newId);
  return s && migrateGumRecord(def, s.value, s.dropped);
}

/** The old stored records, read by the engine's record store for the `gum-residue` definition. */
export const gumRecordReader: LegacyReaders['record'] = {
  stored(def, key, raw, now) {
    const r =
      key === GUM_RECORD_V1_KEY
        ? migrateStoredGumRecordV1(def, raw, now)
        : migrateStoredGumRecord(def, raw);
    return r?.ok ? { value: r.value, dropped: r.dropped } : null;
  },
};
