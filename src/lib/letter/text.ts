/**
 * The text of a class's letter (倡议书, 建议书): the marks its body may hold, blanks to write on,
 * numbers as the letter writes them, and filling the marks. Pure: no DOM, nothing of a lesson.
 */

/** Where the findings go in the letter; the class may move or delete it. */
export const FINDINGS_MARK = '【调查结果】';

/**
 * Where the decomposition results go: what the class itself observed (never a fixed sentence
 * telling the result), or blanks to fill in.
 */
export const RESULTS_MARK = '【实验结果】';

/** Where an investigation's letter puts how the second round compared with the first. */
export const COMPARISON_MARK = '【前后比较】';

/** A blank to write a number on by hand. */
export const BLANK = '＿＿＿＿';

/** 120 → "120", 12.345 → "12.3", 0.456 → "0.46", 1234.5 → "1,235" (at most 3 significant-ish digits). */
export function formatAmount(n: number): string {
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return n.toLocaleString('zh-CN', { maximumFractionDigits: digits, useGrouping: n >= 10_000 });
}

/**
 * Replace every mark in the letter body with its sentence, in one pass: a mark inside a filled
 * sentence (a zone a pupil named 【前后比较】) stays as it is.
 */
export function fillMarks(body: string, fills: readonly { mark: string; text: string }[]): string {
  if (fills.length === 0) return body;
  const by = new Map(fills.map((f) => [f.mark, f.text]));
  const any = new RegExp(
    fills.map((f) => f.mark.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'),
    'gu',
  );
  return body.replace(any, (m) => by.get(m) ?? m);
}

/** Paragraphs of a text: one per line, empty lines dropped, spaces at the ends trimmed. */
export function toParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
