/**
 * Reading files and links into the class data: size limit, JSON, our format and version,
 * the strict schema, then merging. Everything is checked before the class data is touched.
 */
import {
  GUM_CLASS_FORMAT,
  GUM_CLASS_VERSION,
  ClassDataSchema,
  ClassGroupSchema,
  GumClassExportSchema,
  MAX_CLASS_GROUPS,
  emptyClassData,
  type ClassData,
  type ClassGroup,
  type GumClassExport,
} from '../schemas/gum-class';
import { GUM_EXPORT_FORMAT, GUM_EXPORT_VERSION, GumExportSchema } from '../schemas/gum-export';
import { findForbiddenKey, forbiddenMessage, parseJson, type Salvaged } from './safe-json';
import { classGroupFromExport, mergeGroups, type GroupImportReport } from './gum-merge';
import { MAX_IMPORT_BYTES, tooLargeMessage } from './import-limits';
import { importInTurn } from './merge/in-turn';
import { futureTimeErrors } from './import-times';
import { MAX_MESSAGES, issueMessages, newerVersion, utf8Length } from './import/zod-issues';
import {
  blankTextMessage,
  hasUnsafeChars,
  isBlankText,
  unsafeCharsMessage,
} from './text/text-safety';

export { MAX_IMPORT_BYTES, tooLargeMessage };
export { issueReason, quote } from './import/zod-issues';

export type ImportParseResult =
  { ok: true; kind: 'group' | 'class'; groups: ClassGroup[] } | { ok: false; errors: string[] };

/** What happened to one file or link. */
export type ImportReport =
  | { source: string; ok: true; kind: 'group' | 'class'; groups: GroupImportReport[] }
  | { source: string; ok: false; errors: string[] };

/** Chinese names of the parts and fields of group and class files, for messages. */
const pathLabels: Record<string, string> = {
  format: '文件类型',
  schemaVersion: '版本号',
  exportedAt: '导出时间',
  groups: '小组',
  group: '小组信息',
  surveys: '残胶清点',
  measurements: '残胶测量',
  decomposition: '分解观察',
  setup: '实验设置',
  predictions: '预测',
  observations: '观察记录',
  entries: '观察项',
  id: '编号',
  createdAt: '记录时间',
  updatedAt: '修改时间',
  name: '小组名称',
  nicknames: '组员昵称',
  date: '日期',
  placeType: '地点类型',
  placeOther: '自己写的地点类型',
  placeName: '地点名称',
  areaSquareMetres: '面积',
  lengthMetres: '长',
  widthMetres: '宽',
  count: '残胶数量',
  note: '备注',
  surface: '表面',
  difficulty: '清除难度',
  diameterCm: '直径',
  widestCm: '最宽',
  squares: '方格数',
  grade: '年级',
  startDate: '开始日期',
  media: '放样品的地方',
  items: '样品',
  pupil: '昵称',
  mostChangeItem: '变化最大的东西',
  leastChangeItem: '几乎不变的东西',
  mostChangeMedium: '变化最大的地方',
  reason: '理由',
  observer: '观察人',
  item: '样品',
  medium: '放在哪里',
  state: '状态',
  sizeCm: '大小',
};

/** Where in a file an issue is, e.g. "残胶清点第 3 条的残胶数量". */
export function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (let i = 0; i < path.length; i += 1) {
    const p = path[i];
    const next = path[i + 1];
    if (p === 'groups' && typeof next === 'number') {
      out += `${out ? '的' : ''}第 ${next + 1} 个小组`;
      i += 1;
    } else if (typeof p === 'number') {
      out += `第 ${p + 1} 条`;
    } else {
      out += `${out ? '的' : ''}${pathLabels[String(p)] ?? String(p)}`;
    }
  }
  return out || '文件';
}

/** Validate a parsed value as a class file (the class view's own JSON export). */
export function parseGumClassExport(
  input: Record<string, unknown>,
): { ok: true; value: GumClassExport } | { ok: false; errors: string[] } {
  const newer = newerVersion(input['schemaVersion'], GUM_CLASS_VERSION);
  if (newer) return { ok: false, errors: [newer] };
  const r = GumClassExportSchema.safeParse(input);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, errors: issueMessages(r.error.issues, describePath) };
}

/**
 * Check the text of a file or decoded link: a group file or a class file, nothing else, with
 * no time after `now` (this device's clock, plus a day's skew: `src/lib/import-times.ts`).
 */
export function parseImportText(text: string, now: number = Date.now()): ImportParseResult {
  const r = parseImportShape(text);
  if (!r.ok) return r;
  const errors = [...textErrors(r.groups), ...futureTimeErrors(r.groups, now)];
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_MESSAGES) } : r;
}

/**
 * Text the forms would never store: control or bidi characters anywhere (a U+202E in a group
 * name reverses what the class sees), or a name or nickname of only invisible characters.
 */
export function textErrors(groups: readonly ClassGroup[]): string[] {
  const errors: string[] = [];
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (typeof v === 'string') {
      if (hasUnsafeChars(v)) errors.push(`${describePath(path)}${unsafeCharsMessage}。`);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v))
        walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
    }
  };
  groups.forEach((g, i) => {
    walk(g, ['groups', i]);
    const names = [g.group.name, ...g.group.nicknames];
    if (names.some(isBlankText)) {
      errors.push(`${describePath(['groups', i, 'group', 'name'])}或昵称${blankTextMessage}。`);
    }
  });
  return errors;
}

function parseImportShape(text: string): ImportParseResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeMessage(bytes)] };
  if (text.trim() === '') return { ok: false, errors: ['文件是空的。'] };
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { ok: false, errors: ['文件不是有效的 JSON，可能不完整或已损坏。'] };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: ['这不是口香糖实验的数据文件。'] };
  }
  const bad = findForbiddenKey(value);
  if (bad) return { ok: false, errors: [forbiddenMessage(bad)] };
  const format = (value as Record<string, unknown>)['format'];
  if (format === GUM_CLASS_FORMAT) {
    const r = parseGumClassExport(value as Record<string, unknown>);
    return r.ok ? { ok: true, kind: 'class', groups: r.value.groups } : r;
  }
  if (format === GUM_EXPORT_FORMAT) {
    const newer = newerVersion(
      (value as Record<string, unknown>)['schemaVersion'],
      GUM_EXPORT_VERSION,
    );
    if (newer) return { ok: false, errors: [newer] };
    const r = GumExportSchema.safeParse(value);
    return r.success
      ? { ok: true, kind: 'group', groups: [classGroupFromExport(r.data)] }
      : { ok: false, errors: issueMessages(r.error.issues, describePath) };
  }
  return { ok: false, errors: ['这不是口香糖实验的数据文件。'] };
}

/**
 * Merge files already checked with `parseImportText` (the caller may check each in its own
 * task): the valid ones in turn. One report per file, in the given order.
 */
export function importParsed(
  data: ClassData,
  parsed: readonly { name: string; result: ImportParseResult }[],
): { data: ClassData; reports: ImportReport[] } {
  return importInTurn(data, parsed, mergeGroups, MAX_CLASS_GROUPS);
}

/**
 * Import several files (or links) at once: each is checked on its own; the valid ones are
 * merged in turn. Returns the new class data and one report per source, in the given order.
 */
export function importSources(
  data: ClassData,
  sources: readonly { name: string; text: string }[],
): { data: ClassData; reports: ImportReport[] } {
  return importParsed(
    data,
    sources.map((s) => ({ name: s.name, result: parseImportText(s.text) })),
  );
}

/** Build the class file of the current class data. */
export function buildClassExport(data: ClassData, exportedAt: string): GumClassExport {
  return {
    format: GUM_CLASS_FORMAT,
    schemaVersion: GUM_CLASS_VERSION,
    exportedAt,
    groups: data.groups,
  };
}

/**
 * Read the stored class data, keeping every valid group of a damaged value (later copies of
 * the same group are left out). Not an object at all: no groups, `dropped` 1.
 */
export function salvageClassData(input: unknown): Salvaged<ClassData> {
  if (findForbiddenKey(input) === null) {
    const whole = ClassDataSchema.safeParse(input);
    if (whole.success) return { value: whole.data, dropped: 0 };
  }
  const raw =
    input !== null && typeof input === 'object' && !Array.isArray(input)
      ? (input as Record<string, unknown>)['groups']
      : undefined;
  if (!Array.isArray(raw)) return { value: emptyClassData(), dropped: 1 };
  const seen = new Set<string>();
  const groups: ClassGroup[] = [];
  for (const g of raw.slice(0, MAX_CLASS_GROUPS)) {
    const r = ClassGroupSchema.safeParse(g);
    if (!r.success || findForbiddenKey(g) !== null || seen.has(r.data.group.id)) continue;
    seen.add(r.data.group.id);
    groups.push(r.data);
  }
  return {
    value: { ...emptyClassData(), groups },
    dropped: Math.max(1, raw.length - groups.length),
  };
}
