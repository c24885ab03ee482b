/**
 * Characters that must not reach stored or shared text: they are invisible, reorder what the
 * class sees (a U+202E "right-to-left override" in a group name can make "第3组" read as
 * anything), or break exported files. Pasted text brings them; pupils never type them. Pure.
 */

/**
 * C0 and C1 control characters (tab and line feed are kept: notes may have several lines) and
 * the Unicode bidirectional controls (embeddings, overrides, isolates and marks).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters with no visible mark of their own: zero-width space/joiners, word joiner, BOM,
 * fillers. Inside visible text they are harmless (emoji sequences need U+200D), but a name made
 * only of them looks empty.
 */
const INVISIBLE =
  /[\s\u00AD\u115F\u1160\u180E\u200B-\u200D\u2060-\u2064\u2800\u3164\uFEFF\uFFA0]|\u034F/g;

/** Whether the text contains a control or bidi character. */
export function hasUnsafeChars(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/** The text without control and bidi characters (what a form stores from pasted text). */
export function stripUnsafeChars(text: string): string {
  return text.replace(UNSAFE, '');
}

/** Whether the text has nothing visible: empty, white space or only invisible characters. */
export function isBlankText(text: string): boolean {
  return stripUnsafeChars(text).replace(INVISIBLE, '') === '';
}

/** Chinese message for a stored or imported text with a control or bidi character. */
export const unsafeCharsMessage = '含有看不见的控制字符（可能是从别处粘贴来的）';

/** Chinese message for a required text with nothing visible in it. */
export const blankTextMessage = '只有空格或看不见的字符';
