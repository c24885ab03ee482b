import * as z from 'zod/mini';
import { csvRecordColumns } from './csv-columns';
import { summaryColumns } from './summary-columns';

export { summaryColumns };

/**
 * An investigation definition (content/investigations/<id>.json): what a lesson's groups record,
 * how the record page checks it, what the class view sums and what its CSV holds. The engine
 * (src/lib/investigation/) reads nothing else, so a new investigation is a new file here.
 * `zod/mini`: the record and class islands build their import schemas from the parsed value.
 */

/** Identifiers used in files and storage keys: lower-case letters, digits and hyphens. */
const Slug = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, { error: '要用小写字母、数字和 - 组成' }));

/**
 * Keys inside records (field ids, derived ids, option values): like a slug, but camelCase is
 * allowed too, so a definition can describe records that already exist (`areaSquareMetres`).
 */
const Key = z
  .string()
  .check(
    z.regex(/^[a-z][A-Za-z0-9-]{0,39}$/, { error: '要用字母、数字和 - 组成，以小写字母开头' }),
  );

/** A school year, 1 to 6. */
const Grade = z.number().check(z.int(), z.minimum(1), z.maximum(6));

/** Chinese words pupils read (labels, help, titles). */
const Words = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: '不能为空' }),
      z.maxLength(max, { error: `最多 ${max} 字` }),
    );

/** One choice of a vocabulary, e.g. `{ value: 'first', label: '第一次' }`. */
export const OptionSchema = z.strictObject({
  /** Stored in records and files; never shown. */
  value: Key,
  /** What pupils see and the CSV says. */
  label: Words(20),
});

/** A closed list of choices, e.g. survey rounds or litter categories. */
export const VocabularySchema = z.strictObject({
  /** Shown above the choices. */
  label: Words(20),
  /** The choices in the order shown. */
  options: z
    .array(OptionSchema)
    .check(
      z.minLength(1, { error: '至少要有 1 个选项' }),
      z.maxLength(30, { error: '最多 30 个选项' }),
    ),
});

const fieldBase = {
  /** Key in stored records (unique within its record kind). */
  id: Key,
  /** Chinese label beside the field and in messages. */
  label: Words(20),
  /** A short hint under the field. */
  help: z.optional(Words(80)),
  /** Whether the field must be filled in (default true). */
  required: z.optional(z.boolean()),
  /**
   * The school years asked for this field, `[from, to]` (default: every year): a field that needs
   * maths a grade has not learned (area, 3.14 × r × r) is left to the grades that have.
   */
  // An array, not z.tuple: tuples would add code to every page sharing the zod chunk.
  grades: z.optional(z.array(Grade).check(z.minLength(2), z.maxLength(2))),
};

/** A number typed by a pupil (full-width digits and 。/， decimal marks accepted). */
export const NumberFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('number'),
  /** Unit shown beside the label and in messages, e.g. "件", "克". */
  unit: z.optional(Words(8)),
  /** Smallest accepted value (inclusive). A measured quantity needs a sensible minimum. */
  min: z.number().check(z.minimum(0, { error: '不能小于 0' })),
  /** Largest accepted value (inclusive). */
  max: z.number().check(z.maximum(1e9, { error: '太大了' })),
  /** Whole numbers only (counts). */
  integer: z.optional(z.boolean()),
  /** Most digits after the decimal mark (non-integers). */
  maxDecimals: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
  /**
   * A derived value of the same kind this field is saved as when left empty, e.g. 面积 from
   * 长 × 宽 (`areaFromSides`): the class view, CSV and letter then count it. Only for a field
   * that may be left empty (`required: false`), from a derived value that does not use it.
   */
  filledFrom: z.optional(Key),
});

/** Free text, stored without control or bidi characters. */
export const TextFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('text'),
  /** Longest text accepted (characters after trimming). */
  maxLength: z.number().check(z.int(), z.minimum(1), z.maximum(1000, { error: '最多 1000 字' })),
  /** A text area of several lines. */
  multiline: z.optional(z.boolean()),
});

/** One choice from a vocabulary, or one of this group's records of another kind (a zone). */
export const ChoiceFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('choice'),
  /** The vocabulary's id (exactly one of `vocabulary` and `recordOf`). */
  vocabulary: z.optional(Slug),
  /** A record kind whose records are the choices (stored: the record's id). */
  recordOf: z.optional(Slug),
  /**
   * An option that needs the pupils' own words (其他) and the text field holding them: shown as
   * “其他：车棚”; that text is required with the option and must stay empty with any other.
   */
  other: z.optional(z.strictObject({ option: Key, field: Key })),
});

/** A calendar day, never in the future. */
export const DateFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('date'),
  /**
   * Never before this date field of the group's (first) record of another kind, e.g. an
   * observation not before the day the samples were put out. Checked in the form, not at import.
   */
  notBefore: z.optional(z.strictObject({ kind: Slug, field: Key })),
});

/**
 * Several choices from a vocabulary (a group of checkboxes), stored as distinct option values in
 * the vocabulary's order; required means at least one. Read as the labels joined with 、.
 */
export const MultiChoiceFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('multiChoice'),
  /** The vocabulary's id. */
  vocabulary: Slug,
});

export const FieldSchema = z.discriminatedUnion('type', [
  NumberFieldSchema,
  TextFieldSchema,
  ChoiceFieldSchema,
  DateFieldSchema,
  MultiChoiceFieldSchema,
]);

/** A value computed from a record's number fields; exactly one of `sum`, `product`, `ratio`, `circleArea`. */
export const DerivedSchema = z.strictObject({
  id: Key,
  label: Words(20),
  unit: z.optional(Words(8)),
  /** The sum of these number fields (empty optional fields count as nothing), e.g. 合计. */
  sum: z.optional(z.array(Key).check(z.minLength(1, { error: '至少 1 项' }))),
  /** The product of these number fields (empty when one is empty), e.g. area = 长 × 宽. */
  product: z.optional(z.array(Key).check(z.minLength(2, { error: '至少 2 项' }))),
  /** `of` ÷ `per` × `scale` (empty when either is empty or `per` is 0), e.g. residues per m². */
  ratio: z.optional(
    z.strictObject({
      of: Key,
      per: Key,
      /** e.g. 100 for "per 100 m²" (default 1). */
      scale: z.optional(z.number().check(z.positive(), z.maximum(1e6))),
    }),
  ),
  /** The area of a circle of this diameter field: π × (d ÷ 2)². */
  circleArea: z.optional(Key),
  /** Digits after the decimal mark the value is rounded to (default: not rounded). */
  round: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
  /**
   * `[from, to]`: the school years the record page shows it to (a density with decimals only
   * to grade 6, a whole number to grades 3–5); the class view and CSV always have it.
   */
  grades: z.optional(z.array(Grade).check(z.minLength(2), z.maxLength(2))),
});

/**
 * Where a grid's rows or columns come from: a choice field of the child kind, its options the
 * values of a multiChoice field (same vocabulary) of the single record of another kind, e.g.
 * the samples chosen in the setup; without `from`, every option of the field's vocabulary.
 */
export const ChildAxisSchema = z.strictObject({
  /** A choice field with a vocabulary of the child kind, e.g. `item`. */
  field: Key,
  /** The multiChoice field of a kind with `maxRecords: 1` whose chosen options make the axis. */
  from: z.optional(z.strictObject({ kind: Slug, field: Key })),
});

/**
 * Records of another kind edited inside this kind's form, one per row × column cell, e.g. an
 * observation's entries (sample × medium). The child kind gets no form of its own on the record
 * page; its records are saved and deleted with their parent, in one change.
 */
export const ChildrenSchema = z.strictObject({
  /** The child kind, e.g. `entry`. */
  kind: Slug,
  /** The child's `recordOf` choice field naming this kind: its parent. */
  parent: Key,
  rows: ChildAxisSchema,
  columns: ChildAxisSchema,
  /** Whether at least one cell must be filled in (default true). */
  required: z.optional(z.boolean()),
  /** A short hint above the cells. */
  help: z.optional(Words(80)),
});

/** The words a `latest` summary line may hold, each replaced by its number. */
export const latestLineMarks = ['{days}', '{count}', '{day}'] as const;

/**
 * Above the list of a kind with `children`: a table of the newest child per cell (rows ×
 * columns as the grid's), e.g. each sample's latest state, and a line counting the kind's
 * records by their date field with `notBefore` (days since that date, e.g. the setup's start).
 */
export const LatestSchema = z.strictObject({
  /** Caption of the table, e.g. "最近一次看到的状态". */
  title: Words(40),
  /** The child's field shown in each cell, e.g. `state`. */
  field: Key,
  /**
   * The line, with {days} (distinct dates), {count} (records with a date) and {day} (the day
   * number of the latest date); default "已记录 {days} 天（共 {count} 次），最近一次是第 {day} 天。".
   * Only for a kind with a date field with `notBefore`.
   */
  line: z.optional(Words(80)),
  /** The day number of the `notBefore` date itself: 1 (default) or 0 (第 0 天). */
  startDay: z.optional(
    z
      .number()
      .check(
        z.int({ error: '只能是 0 或 1' }),
        z.minimum(0, { error: '只能是 0 或 1' }),
        z.maximum(1, { error: '只能是 0 或 1' }),
      ),
  ),
});

/** A kind of record a group keeps, e.g. its zones or its surveys. */
export const RecordKindSchema = z.strictObject({
  id: Slug,
  /** Heading of the kind's section, e.g. "调查记录". */
  label: Words(20),
  /** Names one record for pupils, e.g. "一条调查记录". */
  itemLabel: Words(20),
  /** The field whose value names a record (in lists and in `recordOf` choices). */
  titleField: Key,
  /** Most records of this kind one group may keep. */
  maxRecords: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
  fields: z.array(FieldSchema).check(z.minLength(1), z.maxLength(40, { error: '最多 40 项' })),
  derived: z.optional(z.array(DerivedSchema)),
  /** Records of another kind filled in as a grid in this kind's form (see `ChildrenSchema`). */
  children: z.optional(ChildrenSchema),
  /**
   * No more adding, changing or deleting records of this kind once the group has a record of
   * `kind`, e.g. predictions once the first observation is recorded: the record page shows
   * `message` instead of the form, and the store refuses such changes with it.
   */
  closedBy: z.optional(z.strictObject({ kind: Slug, message: Words(80) })),
  /** The newest child per cell and a count of the records by date (see `LatestSchema`). */
  latest: z.optional(LatestSchema),
});

/** A table of the class view: records of one kind summed per combination of choice fields. */
export const SummarySchema = z.strictObject({
  id: Slug,
  /** Caption of the table. */
  title: Words(40),
  kind: Slug,
  /** Choice fields whose values make the rows (a `recordOf` field groups by the record's title). */
  groupBy: z.array(Key).check(z.minLength(1), z.maxLength(3)),
  /** Number fields or derived values summed per row (may be empty with `ratios` or `count`). */
  sum: z.array(Key),
  /**
   * Columns after the sums, each `of` ÷ `per` × `scale` per row over the records that have both,
   * e.g. residues per m² of each kind of place (the 合计 row: over every such record).
   */
  ratios: z.optional(
    z
      .array(
        z.strictObject({
          id: Key,
          label: Words(20),
          unit: z.optional(Words(8)),
          of: Key,
          per: Key,
          scale: z.optional(z.number().check(z.positive(), z.maximum(1e6))),
          round: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
        }),
      )
      .check(z.maxLength(4, { error: '最多 4 项' })),
  ),
  /** A last column counting each row's records, e.g. residues measured on each surface. */
  count: z.optional(z.strictObject({ id: Key, label: Words(20), unit: z.optional(Words(8)) })),
});

/** Before vs after: the sums of one vocabulary choice subtracted from another's. */
export const ComparisonSchema = z.strictObject({
  id: Slug,
  title: Words(40),
  kind: Slug,
  /** The choice field that says which round a record belongs to. */
  by: Key,
  /** The option counted as "before" and the one as "after". */
  before: Key,
  after: Key,
  /** Rows, as in a summary. */
  groupBy: z.array(Key).check(z.minLength(1), z.maxLength(2)),
  sum: z.array(Key).check(z.minLength(1)),
});

/** One CSV file: records of a kind, with these columns in order. */
export const CsvFileSchema = z.strictObject({
  kind: Slug,
  /** File name part, e.g. "调查记录". */
  label: Words(20),
  /** Field ids, derived ids, or `group` (the group's name), `id` (the record's), `updatedAt` (its last change). */
  columns: z.array(Key).check(z.minLength(1)),
  /** Headers of their own for some columns (by column), instead of the label with its unit. */
  headers: z.optional(z.record(Key, Words(30))),
});

/** A set of columns of a group worksheet: one number field or derived value per row. */
export const SheetColumnSchema = z.strictObject({
  /** Header of the column, e.g. "件数", "重量（可选）". */
  label: Words(12),
  /** One number field or derived value per row, in the rows' order (the first set names the rows). */
  fields: z.array(Slug).check(z.minLength(1), z.maxLength(10, { error: '最多 10 行' })),
});

const sheetBase = {
  id: Slug,
  /** Printed after the investigation's title, e.g. "小组记录表". */
  title: Words(20),
  /** One line under the title. */
  subtitle: z.optional(Words(60)),
  /** The record kind the sheet is filled in for. */
  kind: Slug,
  /** A choice field with a vocabulary: the sheet has a part for each option (第一次 / 第二次). */
  each: z.optional(Slug),
};

/**
 * One group's sheet: fields written once at the top, per option of `each` a date (and time),
 * a table whose rows are fields (e.g. the four categories) and writing lines.
 */
export const GroupWorksheetSchema = z.strictObject({
  ...sheetBase,
  for: z.literal('group'),
  /** Choice or text fields written once at the top, e.g. the zone ("我们的区域：____"). */
  once: z.optional(z.array(Slug).check(z.maxLength(3))),
  /** A date field written for each option, with 从__点到__点 after it when `timeSlot`. */
  date: z.optional(Slug),
  timeSlot: z.optional(z.boolean()),
  /** Header of the rows' labels, e.g. "类别". */
  rowLabel: Words(8),
  /** Rows with a column to tally in (画“正”字) before the first set of columns. */
  tally: z.optional(z.boolean()),
  /** Row labels show the national waste-sorting mark of the category their field id names. */
  marks: z.optional(z.literal('waste-category')),
  /** The table's column sets, repeated for each option. */
  columns: z.array(SheetColumnSchema).check(z.minLength(1), z.maxLength(3)),
  /** A short line under the table. */
  hint: z.optional(Words(60)),
  /** Text fields with writing lines for each option (the field's help shows beside it). */
  lines: z.optional(z.array(Slug).check(z.maxLength(3))),
  /** Reminders ticked for each option before the group sets off (出发前检查). */
  checklist: z.optional(
    z
      .array(Words(80))
      .check(z.minLength(1), z.maxLength(6, { error: '最多 6 条，多了一张 A4 放不下' })),
  ),
});

/**
 * The class summary the teacher fills in from the groups' sheets: a row per group (and per
 * option of `each`), these columns, and a 全班合计 row summing the number columns.
 */
export const ClassWorksheetSchema = z.strictObject({
  ...sheetBase,
  for: z.literal('class'),
  /** The field each row names, e.g. the zone: its label heads the first column. */
  rowsBy: Slug,
  /** Blank rows, one per group. */
  rows: z
    .number()
    .check(
      z.int(),
      z.minimum(1, { error: '至少 1 行' }),
      z.maximum(10, { error: '最多 10 个小组，多了一张 A4 放不下' }),
    ),
  /** Number fields, derived values or text fields, in order. */
  columns: z.array(Slug).check(z.minLength(1), z.maxLength(9, { error: '最多 9 列' })),
  /** A line at the bottom with room to write, e.g. what changed between the rounds. */
  note: z.optional(Words(80)),
});

export const WorksheetSchema = z.discriminatedUnion('for', [
  GroupWorksheetSchema,
  ClassWorksheetSchema,
]);

/**
 * The letter to the school (共享) and what it reads of the class data: the comparison whose
 * rows (e.g. zones) and rounds it reports, and the total it names. The body's marks 【调查结果】
 * and 【前后比较】 are replaced by the class's own numbers, or blanks.
 */
export const InvestigationLetterSchema = z.strictObject({
  /** The comparison (`comparisons[].id`) the letter reports. */
  comparison: Slug,
  /** The number field or derived value named as the total, one of the comparison's sums. */
  total: Slug,
  /** What is counted, after the unit: "件垃圾". */
  what: Words(8),
  /** Heading, e.g. 建议书; also what the page calls the letter. */
  title: Words(20),
  /** Greeting line, e.g. 尊敬的校长、老师们：. */
  greeting: Words(40),
  /** The template's paragraphs, one a line. */
  body: z.array(Words(400)).check(z.minLength(1), z.maxLength(20)),
});

/** How a chart draws its table: bars, or a comparison's two rounds side by side. */
export const chartTypes = ['bar', 'grouped'] as const;

/**
 * A chart of the class view, drawn from one summary or comparison and shown with a table of
 * its own numbers. With `value`, a bar (or a pair) per row of the table, e.g. per zone; with
 * `values`, a bar (or a pair) per summed field, the rows added up, e.g. per litter category.
 */
export const ChartSchema = z.strictObject({
  /** Names the chart on the page (element ids); unique among the charts. */
  id: Slug,
  /** Shown above the chart and as the caption of its table. */
  title: Words(40),
  /** `bar`: one bar each, from a summary; `grouped`: before and after side by side, from a comparison. */
  type: z.enum(chartTypes, { error: '要写 bar（条形图）或 grouped（前后并排）' }),
  /** The summary (`summaries[].id`) drawn by a `bar` chart (exactly one of `summary`, `comparison`). */
  summary: z.optional(Slug),
  /** The comparison (`comparisons[].id`) drawn by a `grouped` chart. */
  comparison: z.optional(Slug),
  /** One of the table's `sum` keys: a bar per row (exactly one of `value` and `values`). */
  value: z.optional(Key),
  /** Several of the table's `sum` keys: a bar per key, its height the rows' total. */
  values: z.optional(
    z
      .array(Key)
      .check(z.minLength(2, { error: '至少 2 项' }), z.maxLength(10, { error: '最多 10 项' })),
  ),
  /** Unit of the value axis, e.g. "件". */
  unit: Words(8),
  /** Header of the table's first column, e.g. "类别" (default: the rows' labels, or 项目). */
  rowLabel: z.optional(Words(8)),
});

/**
 * What the group form asks for besides the group's name (each detail optional for the pupils):
 * the school year, e.g. for an experiment whose forms follow the grade, and the members'
 * nicknames (never real names). Without it the form asks for the name only.
 */
export const GroupDetailsSchema = z.strictObject({
  /** Ask for the group's school year (一年级 … 六年级). */
  grade: z.optional(z.literal(true)),
  /** Ask for the members' nicknames (at most 8, each at most 10 characters). */
  nicknames: z.optional(z.literal(true)),
});

/** Data of older code an investigation's pages read (src/lib/investigation/legacy/formats.ts). */
export const legacyFormatNames = ['gum'] as const;
export type LegacyFormatName = (typeof legacyFormatNames)[number];

const DefinitionShape = z.strictObject({
  /** Names the investigation in export files and storage keys. */
  id: Slug,
  /** Changes when records change shape (files keep it). */
  version: z.number().check(z.int(), z.minimum(1)),
  /** Title of the record page and the class view. */
  title: Words(30),
  /** The lesson's slug (`content/lessons/<slug>.mdx`). */
  lesson: Slug,
  /** The group details the group form asks for (default: the name only). */
  group: z.optional(GroupDetailsSchema),
  vocabularies: z.record(Slug, VocabularySchema),
  kinds: z.array(RecordKindSchema).check(z.minLength(1), z.maxLength(6)),
  summaries: z.array(SummarySchema),
  comparisons: z.optional(z.array(ComparisonSchema)),
  csv: z.array(CsvFileSchema),
  /** The A4 worksheets of the print page, in order (each one page). */
  worksheets: z.optional(z.array(WorksheetSchema).check(z.maxLength(6))),
  letter: z.optional(InvestigationLetterSchema),
  /** Charts of the class view, in order, under the tables (loaded when they near the screen). */
  charts: z.optional(z.array(ChartSchema).check(z.maxLength(12, { error: '最多 12 个图表' }))),
  /**
   * The older code whose stored values, files and share links the pages read too (migrated when
   * first met), e.g. `gum`: what the gum experiment's pages stored before the engine.
   */
  legacy: z.optional(z.enum(legacyFormatNames, { error: '要写 gum（口香糖实验原来的数据）' })),
});

/** The ways a derived value is computed. */
export const derivedOperations = ['sum', 'product', 'ratio', 'circleArea'] as const;

/** The whole definition, its cross-references checked too (`definitionProblems`). */
export const InvestigationDefinitionSchema = DefinitionShape.check(
  z.superRefine((d, ctx) => {
    for (const p of definitionProblems(d)) {
      ctx.issues.push({ code: 'custom', message: p.message, path: p.path, input: d });
    }
  }),
);
export type InvestigationDefinition = z.output<typeof InvestigationDefinitionSchema>;
export type RecordKind = z.output<typeof RecordKindSchema>;
export type ChildrenDef = z.output<typeof ChildrenSchema>;
export type ChildAxisDef = z.output<typeof ChildAxisSchema>;
export type LatestDef = z.output<typeof LatestSchema>;
export type FieldDef = z.output<typeof FieldSchema>;
export type NumberFieldDef = z.output<typeof NumberFieldSchema>;
export type DerivedDef = z.output<typeof DerivedSchema>;
export type ChoiceFieldDef = z.output<typeof ChoiceFieldSchema>;
export type DateFieldDef = z.output<typeof DateFieldSchema>;
export type MultiChoiceFieldDef = z.output<typeof MultiChoiceFieldSchema>;
export type Summary = z.output<typeof SummarySchema>;
export type Comparison = z.output<typeof ComparisonSchema>;
export type Worksheet = z.output<typeof WorksheetSchema>;
export type GroupDetailsDef = z.output<typeof GroupDetailsSchema>;
export type InvestigationLetter = z.output<typeof InvestigationLetterSchema>;
export type Chart = z.output<typeof ChartSchema>;
export type GroupWorksheet = z.output<typeof GroupWorksheetSchema>;
export type ClassWorksheet = z.output<typeof ClassWorksheetSchema>;

/** The fields a derived value is computed from. */
function derivedInputs(x: z.output<typeof DerivedSchema>): string[] {
  return [
    ...(x.sum ?? []),
    ...(x.product ?? []),
    ...(x.ratio ? [x.ratio.of, x.ratio.per] : []),
    ...(x.circleArea ? [x.circleArea] : []),
  ];
}

/** Cross-references the schema alone cannot check, each with its place in the file. */
export function definitionProblems(
  d: z.output<typeof DefinitionShape>,
): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  const kinds = new Map(d.kinds.map((k) => [k.id, k]));
  const dupes = (ids: string[], path: PropertyKey[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) out.push({ path: [...path, i], message: `${what} “${id}” 重复了` });
      seen.add(id);
    });
  };
  dupes(
    d.kinds.map((k) => k.id),
    ['kinds'],
    '记录种类',
  );
  d.kinds.forEach((k, ki) => {
    const at = ['kinds', ki];
    const derived = k.derived ?? [];
    dupes(
      [...k.fields.map((f) => f.id), ...derived.map((x) => x.id), 'group'],
      [...at, 'fields'],
      '项目',
    );
    if (k.closedBy && (k.closedBy.kind === k.id || !kinds.has(k.closedBy.kind)))
      out.push({
        path: [...at, 'closedBy', 'kind'],
        message: `没有另一种叫 “${k.closedBy.kind}” 的记录`,
      });
    if (!k.fields.some((f) => f.id === k.titleField))
      out.push({ path: [...at, 'titleField'], message: `没有叫 “${k.titleField}” 的项目` });
    k.fields.forEach((f, fi) => {
      const p = [...at, 'fields', fi];
      if (f.type === 'number' && f.min > f.max)
        out.push({ path: p, message: `min（${f.min}）大于 max（${f.max}）` });
      if (f.type === 'number' && f.filledFrom !== undefined) {
        const from = k.derived?.find((x) => x.id === f.filledFrom);
        const message = !from
          ? `没有叫 “${f.filledFrom}” 的计算值`
          : f.required !== false
            ? '只有可以不填的项目（required: false）才能由计算值补上'
            : derivedInputs(from).includes(f.id)
              ? `“${f.filledFrom}” 要用到这一项，不能再补上它自己`
              : null;
        if (message) out.push({ path: [...p, 'filledFrom'], message });
      }
      if (f.grades && (f.grades[0] ?? 0) > (f.grades[1] ?? 0))
        out.push({
          path: [...p, 'grades'],
          message: `年级 ${f.grades[0]} 到 ${f.grades[1]}：前一个大于后一个`,
        });
      const nb = f.type === 'date' ? f.notBefore : undefined;
      if (
        nb &&
        (nb.kind === k.id ||
          kinds.get(nb.kind)?.fields.find((x) => x.id === nb.field)?.type !== 'date')
      )
        out.push({
          path: [...p, 'notBefore'],
          message: `另一种记录 “${nb.kind}” 里没有叫 “${nb.field}” 的日期项目`,
        });
      if (f.type === 'multiChoice' && !(f.vocabulary in d.vocabularies))
        out.push({ path: [...p, 'vocabulary'], message: `没有叫 “${f.vocabulary}” 的词表` });
      if (f.type !== 'choice') return;
      if ((f.vocabulary === undefined) === (f.recordOf === undefined))
        out.push({ path: p, message: '要写 vocabulary 或 recordOf 中的一个' });
      if (f.vocabulary !== undefined && !(f.vocabulary in d.vocabularies))
        out.push({ path: [...p, 'vocabulary'], message: `没有叫 “${f.vocabulary}” 的词表` });
      if (
        f.other &&
        !d.vocabularies[f.vocabulary ?? '']?.options.some((o) => o.value === f.other?.option)
      )
        out.push({
          path: [...p, 'other', 'option'],
          message: `“${f.other.option}” 不在这个词表里`,
        });
      if (f.other && k.fields.find((x) => x.id === f.other?.field)?.type !== 'text')
        out.push({
          path: [...p, 'other', 'field'],
          message: `“${f.other.field}” 不是这种记录的文字项目`,
        });
      if (f.recordOf !== undefined && (!kinds.has(f.recordOf) || f.recordOf === k.id))
        out.push({ path: [...p, 'recordOf'], message: `没有另一种叫 “${f.recordOf}” 的记录` });
    });
    derived.forEach((x, xi) => {
      const p = [...at, 'derived', xi];
      if (x.grades && (x.grades[0] ?? 0) > (x.grades[1] ?? 0))
        out.push({
          path: [...p, 'grades'],
          message: `年级 ${x.grades[0]} 到 ${x.grades[1]}：前一个大于后一个`,
        });
      const ops = derivedOperations.filter((op) => x[op] !== undefined);
      if (ops.length !== 1)
        out.push({ path: p, message: '要写 sum、product、ratio、circleArea 中的一个' });
      const uses: [PropertyKey[], string][] = [
        ...(x.sum ?? []).map((s, si): [PropertyKey[], string] => [['sum', si], s]),
        ...(x.product ?? []).map((s, si): [PropertyKey[], string] => [['product', si], s]),
        ...(x.ratio
          ? ([
              [['ratio', 'of'], x.ratio.of],
              [['ratio', 'per'], x.ratio.per],
            ] as [PropertyKey[], string][])
          : []),
        ...(x.circleArea ? ([[['circleArea'], x.circleArea]] as [PropertyKey[], string][]) : []),
      ];
      for (const [where, s] of uses) {
        if (k.fields.find((f) => f.id === s)?.type !== 'number')
          out.push({ path: [...p, ...where], message: `“${s}” 不是这种记录的数字项目` });
      }
    });
  });
  const numeric = (k: RecordKind | undefined, id: string) =>
    k !== undefined &&
    (k.fields.some((f) => f.id === id && f.type === 'number') ||
      (k.derived ?? []).some((x) => x.id === id));
  const choice = (k: RecordKind | undefined, id: string) =>
    k?.fields.find((f) => f.id === id && f.type === 'choice') as ChoiceFieldDef | undefined;
  const table = (t: { kind: string; groupBy: string[]; sum: string[] }, at: PropertyKey[]) => {
    const k = kinds.get(t.kind);
    if (!k) out.push({ path: [...at, 'kind'], message: `没有叫 “${t.kind}” 的记录种类` });
    t.groupBy.forEach((g, i) => {
      const multi = k?.fields.some((f) => f.id === g && f.type === 'multiChoice');
      if (!choice(k, g))
        out.push({
          path: [...at, 'groupBy', i],
          message: multi
            ? `“${g}” 是多选项目，一条记录可以有几个值，不能用来分行`
            : `“${g}” 不是这种记录的选择项目`,
        });
    });
    t.sum.forEach((s, i) => {
      if (!numeric(k, s))
        out.push({ path: [...at, 'sum', i], message: `“${s}” 不是这种记录的数字项目或计算值` });
    });
    return k;
  };
  d.summaries.forEach((s, i) => {
    const at = ['summaries', i];
    const k = table(s, at);
    (s.ratios ?? []).forEach((r, ri) => {
      for (const side of ['of', 'per'] as const) {
        if (k && !numeric(k, r[side]))
          out.push({
            path: [...at, 'ratios', ri, side],
            message: `“${r[side]}” 不是这种记录的数字项目或计算值`,
          });
      }
    });
    const columns = summaryColumns(s);
    if (columns.length === 0)
      out.push({ path: at, message: '至少要有 sum、ratios 或 count 中的一项' });
    columns.forEach((c, ci) => {
      if (columns.indexOf(c) !== ci) out.push({ path: at, message: `列 “${c}” 重复了` });
    });
  });
  (d.comparisons ?? []).forEach((c, i) => {
    const at = ['comparisons', i];
    const by = choice(table(c, at), c.by);
    const options = by?.vocabulary
      ? d.vocabularies[by.vocabulary]?.options.map((o) => o.value)
      : undefined;
    if (!options) out.push({ path: [...at, 'by'], message: `“${c.by}” 不是用词表的选择项目` });
    for (const side of ['before', 'after'] as const) {
      if (options && !options.includes(c[side]))
        out.push({ path: [...at, side], message: `“${c[side]}” 不在 “${c.by}” 的词表里` });
    }
  });
  d.csv.forEach((f, i) => {
    const k = kinds.get(f.kind);
    if (!k) out.push({ path: ['csv', i, 'kind'], message: `没有叫 “${f.kind}” 的记录种类` });
    for (const h of Object.keys(f.headers ?? {})) {
      if (!f.columns.includes(h))
        out.push({ path: ['csv', i, 'headers', h], message: `“${h}” 不是这个文件的列` });
    }
    f.columns.forEach((c, ci) => {
      const known =
        c in csvRecordColumns ||
        k?.fields.some((x) => x.id === c) ||
        k?.derived?.some((x) => x.id === c);
      if (k && !known)
        out.push({ path: ['csv', i, 'columns', ci], message: `没有叫 “${c}” 的项目或计算值` });
    });
  });
  childrenProblems(d, out);
  latestProblems(d, out);
  (d.worksheets ?? []).forEach((w, i) => worksheetProblems(d, w, ['worksheets', i], out));
  chartProblems(d, out);
  if (d.letter) {
    const c = (d.comparisons ?? []).find((x) => x.id === d.letter?.comparison);
    if (!c)
      out.push({
        path: ['letter', 'comparison'],
        message: `没有叫 “${d.letter.comparison}” 的前后比较`,
      });
    else if (!c.sum.includes(d.letter.total))
      out.push({ path: ['letter', 'total'], message: `“${d.letter.total}” 不在这个比较的 sum 里` });
  }
  return out;
}

/** A worksheet's references: its kind, and fields of the right type in that kind. */
function worksheetProblems(
  d: z.output<typeof DefinitionShape>,
  w: Worksheet,
  at: PropertyKey[],
  out: { path: PropertyKey[]; message: string }[],
): void {
  const k = d.kinds.find((x) => x.id === w.kind);
  if (!k) {
    out.push({ path: [...at, 'kind'], message: `没有叫 “${w.kind}” 的记录种类` });
    return;
  }
  const typeOf = (id: string) =>
    k.fields.find((f) => f.id === id)?.type ?? (k.derived?.some((x) => x.id === id) && 'derived');
  const need = (id: string, types: string[], path: PropertyKey[], what: string) => {
    const t = typeOf(id);
    if (!t || !types.includes(t)) out.push({ path, message: `“${id}” 不是这种记录的${what}` });
  };
  if (w.each !== undefined) {
    const f = k.fields.find((x) => x.id === w.each);
    if (f?.type !== 'choice' || f.vocabulary === undefined)
      out.push({ path: [...at, 'each'], message: `“${w.each}” 不是用词表的选择项目` });
  }
  const numbers = ['number', 'derived'];
  if (w.for === 'class') {
    need(w.rowsBy, ['choice', 'text'], [...at, 'rowsBy'], '选择或文字项目');
    w.columns.forEach((c, ci) =>
      need(c, [...numbers, 'text'], [...at, 'columns', ci], '数字、计算值或文字项目'),
    );
    return;
  }
  (w.once ?? []).forEach((id, i) =>
    need(id, ['choice', 'text'], [...at, 'once', i], '选择或文字项目'),
  );
  if (w.date !== undefined) need(w.date, ['date'], [...at, 'date'], '日期项目');
  (w.lines ?? []).forEach((id, i) => need(id, ['text'], [...at, 'lines', i], '文字项目'));
  const rows = w.columns[0]?.fields.length ?? 0;
  w.columns.forEach((c, ci) => {
    if (c.fields.length !== rows)
      out.push({
        path: [...at, 'columns', ci, 'fields'],
        message: `要和第一组列一样有 ${rows} 行`,
      });
    c.fields.forEach((id, fi) =>
      need(id, numbers, [...at, 'columns', ci, 'fields', fi], '数字项目或计算值'),
    );
  });
}

/** Charts' references: a summary for a bar chart, a comparison for a grouped one, their sums. */
function chartProblems(
  d: z.output<typeof DefinitionShape>,
  out: { path: PropertyKey[]; message: string }[],
): void {
  const charts = d.charts ?? [];
  const seen = new Set<string>();
  charts.forEach((c, i) => {
    const at = ['charts', i];
    if (seen.has(c.id)) out.push({ path: [...at, 'id'], message: `图表 “${c.id}” 重复了` });
    seen.add(c.id);
    let table: Parameters<typeof summaryColumns>[0] | undefined;
    if ((c.summary === undefined) === (c.comparison === undefined)) {
      out.push({ path: at, message: '要写 summary 或 comparison 中的一个' });
    } else if (c.summary !== undefined) {
      table = d.summaries.find((s) => s.id === c.summary);
      if (!table) out.push({ path: [...at, 'summary'], message: `没有叫 “${c.summary}” 的汇总表` });
      if (c.type !== 'bar')
        out.push({
          path: [...at, 'type'],
          message: '汇总表画 bar（条形图）；grouped 要用 comparison',
        });
    } else {
      table = (d.comparisons ?? []).find((x) => x.id === c.comparison);
      if (!table)
        out.push({ path: [...at, 'comparison'], message: `没有叫 “${c.comparison}” 的前后比较` });
      if (c.type !== 'grouped')
        out.push({
          path: [...at, 'type'],
          message: '前后比较画 grouped（前后并排）；bar 要用 summary',
        });
    }
    if ((c.value === undefined) === (c.values === undefined))
      out.push({ path: at, message: '要写 value 或 values 中的一个' });
    const keys: [PropertyKey[], string][] = [
      ...(c.value !== undefined ? ([[['value'], c.value]] as [PropertyKey[], string][]) : []),
      ...(c.values ?? []).map((v, vi): [PropertyKey[], string] => [['values', vi], v]),
    ];
    const used = new Set<string>();
    for (const [where, key] of keys) {
      if (table && !summaryColumns(table).includes(key))
        out.push({ path: [...at, ...where], message: `“${key}” 不是这个表的列` });
      if (used.has(key)) out.push({ path: [...at, ...where], message: `“${key}” 重复了` });
      used.add(key);
    }
  });
}

/** A `latest` block's references: the kind's children, a cell field, a dated kind for the line. */
function latestProblems(
  d: z.output<typeof DefinitionShape>,
  out: { path: PropertyKey[]; message: string }[],
): void {
  d.kinds.forEach((k, ki) => {
    const l = k.latest;
    if (!l) return;
    const at = ['kinds', ki, 'latest'];
    const c = k.children;
    if (!c) {
      out.push({ path: at, message: '只有带 children（表格）的记录才能显示最近一次的表' });
      return;
    }
    // An unknown child kind is named by the children's own check.
    const child = d.kinds.find((x) => x.id === c.kind);
    if (!child || child.id === k.id) return;
    if (
      [c.parent, c.rows.field, c.columns.field].includes(l.field) ||
      !child.fields.some((f) => f.id === l.field)
    )
      out.push({
        path: [...at, 'field'],
        message: `“${l.field}” 不是 “${c.kind}” 格子里要填的项目`,
      });
    if (l.line !== undefined && !k.fields.some((f) => f.type === 'date' && f.notBefore))
      out.push({
        path: [...at, 'line'],
        message: '这种记录没有带 notBefore 的日期项目，数不出第几天',
      });
    for (const m of l.line?.match(/\{[^}]*\}/g) ?? []) {
      if (!(latestLineMarks as readonly string[]).includes(m))
        out.push({
          path: [...at, 'line'],
          message: `不认识 “${m}”，只能用 ${latestLineMarks.join('、')}`,
        });
    }
  });
}

/** A `children` block's references: the child kind, its parent field, rows and columns. */
function childrenProblems(
  d: z.output<typeof DefinitionShape>,
  out: { path: PropertyKey[]; message: string }[],
): void {
  const owners = new Map<string, string>();
  d.kinds.forEach((k, ki) => {
    const c = k.children;
    if (!c) return;
    const at = ['kinds', ki, 'children'];
    const child = d.kinds.find((x) => x.id === c.kind);
    if (!child || child.id === k.id) {
      out.push({ path: [...at, 'kind'], message: `没有另一种叫 “${c.kind}” 的记录` });
      return;
    }
    const owner = owners.get(c.kind);
    if (owner)
      out.push({
        path: [...at, 'kind'],
        message: `“${c.kind}” 已经是 “${owner}” 的子记录，一种记录只能跟着一种记录填`,
      });
    owners.set(c.kind, k.id);
    if (child.children)
      out.push({ path: [...at, 'kind'], message: `“${c.kind}” 自己也有 children，表格不能套表格` });
    const field = (id: string) => child.fields.find((f) => f.id === id);
    const parent = field(c.parent);
    if (parent?.type !== 'choice' || parent.recordOf !== k.id)
      out.push({
        path: [...at, 'parent'],
        message: `“${c.parent}” 不是 “${c.kind}” 里选 “${k.id}” 的项目（recordOf: “${k.id}”）`,
      });
    const axes = [
      ['rows', c.rows],
      ['columns', c.columns],
    ] as const;
    if (c.rows.field === c.columns.field)
      out.push({ path: [...at, 'columns', 'field'], message: '行和列不能用同一个项目' });
    for (const [name, axis] of axes) {
      const p = [...at, name];
      const f = field(axis.field);
      if (f?.type !== 'choice' || f.vocabulary === undefined) {
        out.push({
          path: [...p, 'field'],
          message: `“${axis.field}” 不是 “${c.kind}” 里用词表的选择项目`,
        });
        continue;
      }
      if (!axis.from) continue;
      const { kind, field: fromField } = axis.from;
      const source = d.kinds.find((x) => x.id === kind);
      const from = source?.fields.find((x) => x.id === fromField);
      if (!source || source.id === k.id || source.id === child.id)
        out.push({ path: [...p, 'from', 'kind'], message: `没有另一种叫 “${kind}” 的记录` });
      else if (source.maxRecords !== 1)
        out.push({
          path: [...p, 'from', 'kind'],
          message: `“${kind}” 最多可以有 ${source.maxRecords} 条，要只有 1 条（maxRecords: 1）`,
        });
      else if (from?.type !== 'multiChoice')
        out.push({
          path: [...p, 'from', 'field'],
          message: `“${fromField}” 不是 “${kind}” 的多选项目`,
        });
      else if (from.vocabulary !== f.vocabulary)
        out.push({
          path: [...p, 'from', 'field'],
          message: `“${fromField}” 用词表 “${from.vocabulary}”，“${axis.field}” 用 “${f.vocabulary}”，要用同一个`,
        });
    }
    const rest = child.fields.filter(
      (f) => ![c.parent, c.rows.field, c.columns.field].includes(f.id),
    );
    if (rest.length === 0)
      out.push({ path: at, message: `“${c.kind}” 除了上级、行和列以外没有要填的项目` });
    for (const f of rest) {
      const ok = f.type === 'number' || f.type === 'text' || (f.type === 'choice' && !f.recordOf);
      if (!ok)
        out.push({
          path: [...at, 'kind'],
          message: `“${c.kind}” 的 “${f.id}”：表格的格子里只能填数字、文字和用词表的选择项目`,
        });
    }
  });
}
