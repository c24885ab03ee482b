/**
 * The school-wide proposal letter (倡议书) of the gum lesson: filling the class's findings
 * into the text the class wrote. Pure: no DOM.
 */
import type { FindingsSummary } from '../schemas/findings-summary';

/** Where the findings go in the letter; the class may move or delete it. */
export const FINDINGS_MARK = '【调查结果】';

/** A blank to write a number on by hand. */
export const BLANK = '＿＿＿＿';

/** 120 → "120", 12.345 → "12.3", 0.456 → "0.46", 1234.5 → "1,235" (at most 3 significant-ish digits). */
export function formatAmount(n: number): string {
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return n.toLocaleString('zh-CN', { maximumFractionDigits: digits, useGrouping: n >= 10_000 });
}

/**
 * One or two sentences with the class's numbers, e.g. "我们在 5 个地点的 120 平方米内发现了
 * 86 块口香糖残胶。"; with no summary, blanks to fill in by hand.
 */
export function findingsSentence(summary: FindingsSummary | null): string {
  if (!summary) {
    return `我们在 ${BLANK} 个地点的 ${BLANK} 平方米内发现了 ${BLANK} 块口香糖残胶，残胶最多的地方是 ${BLANK}。`;
  }
  const { places, totalAreaM2, totalCount, densest } = summary;
  const first = `我们在 ${places} 个地点的 ${formatAmount(totalAreaM2)} 平方米内发现了 ${totalCount} 块口香糖残胶`;
  if (!densest) return `${first}。`;
  return `${first}，残胶最多的地方是${densest.name}，每平方米约有 ${formatAmount(densest.perSquareMetre)} 块。`;
}

/** Replace every findings mark in the letter body with the findings sentence. */
export function fillLetter(body: string, summary: FindingsSummary | null): string {
  return body.split(FINDINGS_MARK).join(findingsSentence(summary));
}

/** Paragraphs of a text: one per line, empty lines dropped, spaces at the ends trimmed. */
export function toParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
