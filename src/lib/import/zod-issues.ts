/**
 * Messages for an imported file that failed its schema, in Chinese: the place in the file (named
 * by the caller, who knows its fields) and the reason; capped in number and length, since a
 * forged file can hold thousands of problems. Pure.
 */
import type { core } from 'zod/mini';
import { MAX_IMPORT_BYTES } from '../import-limits';

/** Bytes of `text` in UTF-8 (only counted when it could be over the limit). */
export function utf8Length(text: string): number {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit: skip encoding short text.
  return text.length * 3 <= MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** Most messages shown for one file. */
export const MAX_MESSAGES = 5;
/** Unknown keys named in one message; a forged file had 10,000 of them. */
const MAX_KEYS_NAMED = 5;
/** Longest piece of the file (a key) quoted in a message. */
const MAX_QUOTE = 24;

/** A piece of the file quoted in a message: shortened, and never more than one line. */
export function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > MAX_QUOTE ? `${one.slice(0, MAX_QUOTE)}…` : one;
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组项目',
  null: '空',
};

function limitText(n: number | bigint, origin: string): string {
  const v = String(n);
  if (origin === 'array' || origin === 'set') return `${v} 项`;
  if (origin === 'string') return `${v} 个字`;
  return v;
}

/** Why a value failed, in Chinese: the reason, not only the place. */
export function issueReason(i: core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return `应该是${typeNames[i.expected] ?? '另一种值'}`;
    case 'too_big':
      if (i.origin === 'array' || i.origin === 'set')
        return `太多了，最多 ${limitText(i.maximum, i.origin)}`;
      return i.origin === 'string'
        ? `太长了，最多 ${limitText(i.maximum, i.origin)}`
        : `太大了，最大 ${limitText(i.maximum, i.origin)}`;
    case 'too_small':
      if (i.origin === 'array' || i.origin === 'set')
        return `太少了，至少 ${limitText(i.minimum, i.origin)}`;
      return i.origin === 'string'
        ? `太短了，至少 ${limitText(i.minimum, i.origin)}`
        : `太小了，${i.inclusive ? '最小' : '要大于'} ${limitText(i.minimum, i.origin)}`;
    case 'invalid_format':
      return i.format === 'date'
        ? '日期格式不对（应为“年-月-日”）'
        : i.format === 'datetime'
          ? '时间格式不对'
          : i.format === 'uuid'
            ? '编号格式不对'
            : '格式不对';
    case 'invalid_value':
      return '不是可以选的值';
    case 'not_multiple_of':
      return '应该是整数';
    default:
      return '不对';
  }
}

/**
 * The reason without the noun the place already ends with: “调查日期” + “日期格式不对” reads
 * “调查日期格式不对”, not “调查日期日期格式不对”.
 */
function withoutRepeat(where: string, reason: string): string {
  const noun = ['日期', '时间', '编号'].find((n) => reason.startsWith(n) && where.endsWith(n));
  return noun ? reason.slice(noun.length) : reason;
}

/** Chinese messages for a schema's issues: where (`describePath`) and why; at most a few. */
export function issueMessages(
  issues: readonly core.$ZodIssue[],
  describePath: (path: readonly PropertyKey[]) => string,
): string[] {
  const msgs = issues.slice(0, MAX_MESSAGES).map((i) => {
    const where = describePath(i.path);
    if (i.code === 'unrecognized_keys') {
      const named = i.keys.slice(0, MAX_KEYS_NAMED).map(quote).join('、');
      const more = i.keys.length > MAX_KEYS_NAMED ? ` 等 ${i.keys.length} 项` : '';
      return `${where}里有不认识的项：${named}${more}。`;
    }
    // The schemas' own refinements carry Chinese messages.
    if (i.code === 'custom')
      return `${where}：${i.message}${/[。！？]$/.test(i.message) ? '' : '。'}`;
    return `${where}${withoutRepeat(where, issueReason(i))}。`;
  });
  if (issues.length > MAX_MESSAGES) msgs.push(`还有 ${issues.length - MAX_MESSAGES} 处问题。`);
  return msgs;
}

/** The message for a file made by a newer version, or null. */
export function newerVersion(version: unknown, readable: number): string | null {
  return typeof version === 'number' && version > readable
    ? `这个文件来自更新版本的工具箱（版本 ${version}），这里只能读取版本 ${readable}。请把工具箱更新后再导入。`
    : null;
}
