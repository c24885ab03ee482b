/**
 * Splitting a pasted list of pupils' names (from a class list, a spreadsheet column or a
 * chat message) into names. Pure: no DOM.
 */

/** Anything that separates two names: line breaks, tabs, spaces (also full-width), 、，,;；. */
const separators = /[\s\u3000\u00A0\u2007\u202F,，、;；|｜]+/u;
/** Invisible characters that sneak in from word processors and chat apps. */
const invisible = /[\u200B-\u200D\u2060\uFEFF]/gu;
/** A list number pasted with the name: "1." "12、" "(3)" "４）". */
const listNumber = /^[(（]?[0-9０-９]+[.．)）:：]?/u;

/** Names in the order pasted, and which of them occur more than once. */
export interface NameList {
  /** Every name, duplicates kept (two pupils may share a name). */
  names: string[];
  /** Names that occur more than once, each listed once, in first-seen order. */
  duplicates: string[];
}

/**
 * Split pasted text into names: any mix of separators, empty entries ignored, list numbers
 * ("1." or a numbering column from a spreadsheet) dropped, duplicates reported.
 */
export function splitNames(text: string): NameList {
  const names = text
    .normalize('NFC')
    .replace(invisible, '')
    .split(separators)
    .map((token) => token.replace(listNumber, '').trim())
    .filter((token) => token !== '' && !/^[\p{P}\p{S}]+$/u.test(token));
  const seen = new Map<string, number>();
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  const duplicates = [...seen].filter(([, count]) => count > 1).map(([name]) => name);
  return { names, duplicates };
}
