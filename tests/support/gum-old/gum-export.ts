import type { core } from 'zod/mini';
import {
  GUM_EXPORT_FORMAT,
  GUM_EXPORT_VERSION,
  GumExportSchema,
  type GumExport,
} from '../../../src/schemas/gum-export';
import type { GumRecord } from '../../../src/schemas/gum-record';
import { findForbiddenKey, forbiddenMessage, parseJson } from '../../../src/lib/safe-json';

/** Chinese names of the parts of an export file, for error messages. */
const partLabels: Record<string, string> = {
  format: '文件类型',
  schemaVersion: '版本号',
  exportedAt: '导出时间',
  group: '小组信息',
  surveys: '残胶清点',
  measurements: '残胶测量',
  decomposition: '分解观察',
  setup: '实验设置',
  predictions: '预测',
  observations: '观察记录',
  entries: '观察项',
  grade: '年级',
  areaSquareMetres: '面积',
  widestCm: '最宽',
  squares: '方格数',
};

/** Describe where in the file an issue is, e.g. "残胶清点第 3 条 count". */
export function describeIssuePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') parts.push(`第 ${p + 1} 条`);
    else parts.push(partLabels[String(p)] ?? String(p));
  }
  return parts.join(' ') || '文件';
}

export type ExportParseResult = { ok: true; value: GumExport } | { ok: false; errors: string[] };

/** At most this many problems are listed; the rest are summarised. */
const MAX_ERRORS = 5;

function issueMessages(issues: readonly core.$ZodIssue[]): string[] {
  const msgs = issues.slice(0, MAX_ERRORS).map((i) => {
    const where = describeIssuePath(i.path);
    if (i.code === 'unrecognized_keys') return `${where}里有不认识的项：${i.keys.join('、')}。`;
    // Our own refinements carry Chinese messages.
    if (i.code === 'custom') return `${where}：${i.message}`;
    return `${where}的内容不对。`;
  });
  if (issues.length > MAX_ERRORS) msgs.push(`还有 ${issues.length - MAX_ERRORS} 处问题。`);
  return msgs;
}

/**
 * Validate an already-parsed JSON value as a group's export file. Strict: unknown keys,
 * `__proto__`/`constructor`/`prototype` keys, another format and a newer version are refused,
 * each with a Chinese message.
 */
export function parseGumExport(input: unknown): ExportParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: ['这不是小组导出的数据文件。'] };
  }
  const bad = findForbiddenKey(input);
  if (bad) return { ok: false, errors: [forbiddenMessage(bad)] };
  const obj = input as Record<string, unknown>;
  if (obj['format'] !== GUM_EXPORT_FORMAT) {
    return { ok: false, errors: ['这不是口香糖实验的小组数据文件。'] };
  }
  const version = obj['schemaVersion'];
  if (typeof version === 'number' && version > GUM_EXPORT_VERSION) {
    return {
      ok: false,
      errors: [
        `这个文件来自更新版本的工具箱（版本 ${version}），这里只能读取版本 ${GUM_EXPORT_VERSION}。请把工具箱更新后再导入。`,
      ],
    };
  }
  const result = GumExportSchema.safeParse(input);
  if (!result.success) return { ok: false, errors: issueMessages(result.error.issues) };
  return { ok: true, value: result.data };
}

/** Parse the text of an export file (JSON) and validate it. */
export function parseGumExportText(text: string): ExportParseResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: ['文件不是有效的 JSON，可能已损坏。'] };
  return parseGumExport(parsed.value);
}

/** Build the export file of a record that has a group; null when there is no group yet. */
export function buildGumExport(record: GumRecord, exportedAt: string): GumExport | null {
  if (!record.group) return null;
  return {
    format: GUM_EXPORT_FORMAT,
    schemaVersion: GUM_EXPORT_VERSION,
    exportedAt,
    group: record.group,
    surveys: record.surveys,
    measurements: record.measurements,
    decomposition: record.decomposition,
  };
}

/** File name for an export: the group name made safe for file systems, then the date. */
export function exportFileName(groupName: string, date: string): string {
  // Control characters are not allowed in file names either.
  // eslint-disable-next-line no-control-regex
  const safe = groupName.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_');
  // By characters, not UTF-16 units: a cut emoji would leave half a surrogate pair.
  return `${[...safe].slice(0, 20).join('') || '小组'}-口香糖实验-${date}.json`;
}
