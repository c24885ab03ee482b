/**
 * Reading files and links into the class data: size limit, JSON, our format and version,
 * the strict schema, then merging. Everything is checked before the class data is touched.
 */
import type { core } from 'zod/mini';
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
import { GUM_EXPORT_FORMAT } from '../schemas/gum-export';
import { describeIssuePath, parseGumExport } from './gum-export';
import { findForbiddenKey, parseJson, type Salvaged } from './safe-json';
import { classGroupFromExport, mergeGroups, type GroupImportReport } from './gum-merge';
import { MAX_IMPORT_BYTES, tooLargeMessage } from './import-limits';

export { MAX_IMPORT_BYTES, tooLargeMessage };

export type ImportParseResult =
  { ok: true; kind: 'group' | 'class'; groups: ClassGroup[] } | { ok: false; errors: string[] };

/** What happened to one file or link. */
export type ImportReport =
  | { source: string; ok: true; kind: 'group' | 'class'; groups: GroupImportReport[] }
  | { source: string; ok: false; errors: string[] };

function utf8Length(text: string): number {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit: skip encoding short text.
  return text.length * 3 <= MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function classIssueMessages(issues: readonly core.$ZodIssue[]): string[] {
  const msgs = issues.slice(0, 5).map((i) => {
    const [first, index, ...rest] = i.path;
    const where =
      first === 'groups' && typeof index === 'number'
        ? `第 ${index + 1} 个小组的${describeIssuePath(rest)}`
        : describeIssuePath(i.path);
    if (i.code === 'unrecognized_keys') return `${where}里有不认识的项：${i.keys.join('、')}。`;
    return `${where}的内容不对。`;
  });
  if (issues.length > 5) msgs.push(`还有 ${issues.length - 5} 处问题。`);
  return msgs;
}

/** Validate a parsed value as a class file (the class view's own JSON export). */
export function parseGumClassExport(
  input: Record<string, unknown>,
): { ok: true; value: GumClassExport } | { ok: false; errors: string[] } {
  const version = input['schemaVersion'];
  if (typeof version === 'number' && version > GUM_CLASS_VERSION) {
    return {
      ok: false,
      errors: [
        `这个文件来自更新版本的工具箱（版本 ${version}），这里只能读取版本 ${GUM_CLASS_VERSION}。请把工具箱更新后再导入。`,
      ],
    };
  }
  const r = GumClassExportSchema.safeParse(input);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, errors: classIssueMessages(r.error.issues) };
}

/** Check the text of a file or decoded link: a group file or a class file, nothing else. */
export function parseImportText(text: string): ImportParseResult {
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
  if (bad) return { ok: false, errors: [`文件里有不允许的项（${bad}），没有导入。`] };
  const format = (value as Record<string, unknown>)['format'];
  if (format === GUM_CLASS_FORMAT) {
    const r = parseGumClassExport(value as Record<string, unknown>);
    return r.ok ? { ok: true, kind: 'class', groups: r.value.groups } : r;
  }
  if (format === GUM_EXPORT_FORMAT) {
    const r = parseGumExport(value);
    return r.ok ? { ok: true, kind: 'group', groups: [classGroupFromExport(r.value)] } : r;
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
  let current = data;
  const reports: ImportReport[] = [];
  for (const { name, result } of parsed) {
    if (!result.ok) {
      reports.push({ source: name, ok: false, errors: result.errors });
      continue;
    }
    const merged = mergeGroups(current, result.groups);
    if (merged.data.groups.length > MAX_CLASS_GROUPS) {
      reports.push({
        source: name,
        ok: false,
        errors: [`全班数据最多只能有 ${MAX_CLASS_GROUPS} 个小组，请先删除不用的小组。`],
      });
      continue;
    }
    current = merged.data;
    reports.push({ source: name, ok: true, kind: result.kind, groups: merged.reports });
  }
  return { data: current, reports };
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
