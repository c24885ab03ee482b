/**
 * Reading a group's (or the class view's) file of an investigation: size, JSON, forbidden keys,
 * format, investigation id and versions, the strict schema built from the definition, then no
 * time in the future. Everything is checked before the class data is touched. Pure.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import {
  INVESTIGATION_CLASS_FORMAT,
  INVESTIGATION_EXPORT_FORMAT,
  INVESTIGATION_FILE_VERSION,
  MAX_INVESTIGATION_GROUPS,
  investigationSchemas,
  type InvestigationClassData,
  type InvestigationClassGroup,
} from '../../schemas/investigation/records';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../import-limits';
import { MAX_CLOCK_SKEW_MS, localDay, localMinute } from '../import-times';
import { MAX_MESSAGES, issueMessages, newerVersion, utf8Length } from '../import/zod-issues';
import { findForbiddenKey, forbiddenMessage, parseJson } from '../safe-json';
import { importInTurn, type CheckedFile, type FileReport } from '../merge/in-turn';
import { mergeInvestigationGroups } from './merge';

export type InvestigationParse = CheckedFile<InvestigationClassGroup>;
export type InvestigationImportReport = FileReport;

/** Where in a file an issue is, in Chinese, using the definition's labels. */
export function describeInvestigationPath(
  def: InvestigationDefinition,
  path: readonly PropertyKey[],
): string {
  const parts: string[] = [];
  let kindId: string | undefined;
  for (let i = 0; i < path.length; i += 1) {
    const p = path[i];
    if (p === 'groups' && typeof path[i + 1] === 'number') {
      parts.push(`第 ${Number(path[i + 1]) + 1} 个小组`);
      i += 1;
    } else if (p === 'records' && typeof path[i + 1] === 'string') {
      kindId = String(path[i + 1]);
      parts.push(def.kinds.find((k) => k.id === kindId)?.label ?? '记录');
      i += 1;
    } else if (typeof p === 'number') {
      parts.push(`第 ${p + 1} 条`);
    } else if (p === 'values') {
      continue;
    } else {
      const field = def.kinds.find((k) => k.id === kindId)?.fields.find((f) => f.id === p);
      parts.push(field?.label ?? fixedLabels[String(p)] ?? '某一项');
    }
  }
  // "调查记录第 3 条", but "第 3 条的第几次调查": only the places lose their 的.
  return parts.join('的').replace(/的(第 \d+ 条)/g, '$1') || '文件';
}

const fixedLabels: Record<string, string> = {
  format: '文件类型',
  schemaVersion: '版本号',
  investigation: '调查名称',
  definitionVersion: '调查的版本',
  exportedAt: '导出时间',
  group: '小组信息',
  groups: '各小组的数据',
  records: '记录',
  name: '小组名称',
  grade: '年级',
  nicknames: '组员昵称',
  id: '编号',
  createdAt: '记录时间',
  updatedAt: '修改时间',
};

const advice = '请检查那台平板的日期和时间，改对后重新导出。';

/** Messages for times after now (plus the allowed skew) and dates after that day. */
export function investigationTimeErrors(
  def: InvestigationDefinition,
  groups: readonly InvestigationClassGroup[],
  now: number,
): string[] {
  const latest = now + MAX_CLOCK_SKEW_MS;
  const lastDay = localDay(latest);
  const errors: string[] = [];
  const time = (where: string, t: string) => {
    const ms = Date.parse(t);
    if (Number.isFinite(ms) && ms > latest) {
      errors.push(`${where}的时间是 ${localMinute(ms)}，在将来。${advice}`);
    }
  };
  for (const g of groups) {
    const name = `“${g.group.name}”`;
    time(`${name}的小组信息`, g.group.updatedAt);
    time(`${name}的小组信息`, g.group.createdAt);
    time(`${name}的导出`, g.exportedAt);
    for (const k of def.kinds) {
      const dates = k.fields.filter((f) => f.type === 'date');
      (g.records[k.id] ?? []).forEach((r, i) => {
        const where = `${name}的${k.label}第 ${i + 1} 条`;
        time(where, r.createdAt);
        time(where, r.updatedAt);
        for (const f of dates) {
          const d = r.values[f.id];
          if (typeof d === 'string' && d > lastDay) {
            errors.push(`${where}的${f.label}是 ${d}，在将来。${advice}`);
          }
        }
      });
    }
  }
  return errors;
}

/** The message for a file the engine does not recognise (not an object, or another format). */
export const notOursMessage = (def: InvestigationDefinition) => `这不是“${def.title}”的数据文件。`;

/** Check the text of a file: a group file or a class file of this investigation, nothing else. */
export function parseInvestigationFile(
  def: InvestigationDefinition,
  text: string,
  now: number = Date.now(),
): InvestigationParse {
  const bytes = utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeMessage(bytes)] };
  if (text.trim() === '') return { ok: false, errors: ['文件是空的。'] };
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { ok: false, errors: ['文件不是有效的 JSON，可能不完整或已损坏。'] };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [notOursMessage(def)] };
  }
  const bad = findForbiddenKey(value);
  if (bad) return { ok: false, errors: [forbiddenMessage(bad)] };
  const v = value as Record<string, unknown>;
  const format = v['format'];
  if (format !== INVESTIGATION_EXPORT_FORMAT && format !== INVESTIGATION_CLASS_FORMAT) {
    return { ok: false, errors: [notOursMessage(def)] };
  }
  if (v['investigation'] !== def.id) {
    const other =
      typeof v['investigation'] === 'string'
        ? `（它属于“${String(v['investigation']).slice(0, 30)}”）`
        : '';
    return { ok: false, errors: [`${notOursMessage(def)}${other}请在对应课的全班数据页导入。`] };
  }
  const newer =
    newerVersion(v['schemaVersion'], INVESTIGATION_FILE_VERSION) ??
    newerVersion(v['definitionVersion'], def.version);
  if (newer) return { ok: false, errors: [newer] };
  const schemas = investigationSchemas(def);
  const where = (p: readonly PropertyKey[]) => describeInvestigationPath(def, p);
  let groups: InvestigationClassGroup[];
  let kind: 'group' | 'class';
  if (format === INVESTIGATION_EXPORT_FORMAT) {
    const r = schemas.exportFile.safeParse(value);
    if (!r.success) return { ok: false, errors: issueMessages(r.error.issues, where) };
    groups = [{ group: r.data.group, exportedAt: r.data.exportedAt, records: r.data.records }];
    kind = 'group';
  } else {
    const r = schemas.classFile.safeParse(value);
    if (!r.success) {
      const tooMany = r.error.issues.some((i) => i.code === 'too_big' && i.path.length === 1);
      return {
        ok: false,
        errors: tooMany
          ? [`一个文件最多 ${MAX_INVESTIGATION_GROUPS} 个小组。`]
          : issueMessages(r.error.issues, where),
      };
    }
    groups = r.data.groups;
    kind = 'class';
  }
  const times = investigationTimeErrors(def, groups, now);
  if (times.length) {
    const shown = times.slice(0, MAX_MESSAGES);
    if (times.length > MAX_MESSAGES) shown.push(`还有 ${times.length - MAX_MESSAGES} 处时间不对。`);
    return { ok: false, errors: shown };
  }
  return { ok: true, kind, groups };
}

/** Merge checked files in turn; one report per file, in order. */
export function importInvestigationFiles(
  data: InvestigationClassData,
  parsed: readonly { name: string; result: InvestigationParse }[],
): { data: InvestigationClassData; reports: InvestigationImportReport[] } {
  return importInTurn(data, parsed, mergeInvestigationGroups, MAX_INVESTIGATION_GROUPS);
}
