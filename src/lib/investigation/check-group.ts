/**
 * Checking the group details a definition asks for (`group`: the school year, the members'
 * nicknames) as typed in the group form, every message naming the field and the reason. The
 * group's name is checked with the record fields (check-form.ts). Pure.
 */
import { parseGrade } from '../grades/maths-skills';
import { isBlankText, stripUnsafeChars } from '../text/text-safety';
import { textLimits } from '../../schemas/gum-common';
import type { GroupDetailsDef } from '../../schemas/investigation/definition';
import type { GroupDetails } from '../../schemas/investigation/records';

/** The details as the form holds them. */
export interface GroupDetailsFields {
  /** '1'…'6', or '' when not chosen. */
  grade: string;
  /** One nickname a line, or separated by 、，,;； or spaces */
  nicknames: string;
}

export type GroupDetailsResult =
  | { ok: true; value: GroupDetails }
  | { ok: false; errors: Partial<Record<keyof GroupDetailsFields, string>> };

/**
 * What separates two nicknames: line breaks, spaces (the IME's full-width one too), 、, commas
 * and semicolons, full-width or not: what the gum record page always accepted.
 */
const separators = /[,，、;；\s]+/;

/**
 * Typed nicknames, in order: control and bidi characters dropped (as every form drops them from
 * pasted text), trimmed; empty entries and ones with nothing visible left out.
 */
export function splitNicknames(typed: string): string[] {
  return typed
    .split(separators)
    .map((n) => stripUnsafeChars(n).trim())
    .filter((n) => !isBlankText(n));
}

/** The form's fields for a stored group (nicknames one a line). */
export function groupDetailsFields(group: GroupDetails | null): GroupDetailsFields {
  return {
    grade: group?.grade === undefined ? '' : String(group.grade),
    nicknames: group?.nicknames?.join('\n') ?? '',
  };
}

/**
 * The details to store (both keys, undefined when not chosen or empty), or a message per field.
 * Only the details the definition asks for are read from the form; the group's other ones (from
 * an imported file) are kept as they are.
 */
export function checkGroupDetails(
  ask: GroupDetailsDef,
  typed: GroupDetailsFields,
  group: GroupDetails | null = null,
): GroupDetailsResult {
  const errors: Partial<Record<keyof GroupDetailsFields, string>> = {};
  const grade = ask.grade ? parseGrade(typed.grade.trim()) : (group?.grade ?? null);
  if (ask.grade && typed.grade.trim() !== '' && grade === null) {
    errors.grade = '年级：请选 1 到 6 年级。';
  }
  const nicknames = ask.nicknames ? splitNicknames(typed.nicknames) : (group?.nicknames ?? []);
  const max = textLimits.nickname;
  // UTF-16 units, as the stored schema counts them (z.maxLength): an emoji counts as 2.
  const long = nicknames.findIndex((n) => n.length > max);
  if (nicknames.length > textLimits.nicknames) {
    errors.nicknames = `组员昵称：最多 ${textLimits.nicknames} 个，现在有 ${nicknames.length} 个。`;
  } else if (long >= 0) {
    errors.nicknames = `组员昵称：第 ${long + 1} 个昵称超过 ${max} 个字。`;
  }
  // Both keys, undefined when empty: saving them clears what the group had.
  const value = { grade: grade ?? undefined, nicknames: nicknames.length ? nicknames : undefined };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
