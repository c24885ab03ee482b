/**
 * The school-wide proposal letter (倡议书) of the gum lesson: filling the class's findings
 * into the text the class wrote. Pure: no DOM.
 */
import type { DecompositionFindings, FindingsSummary } from '../schemas/findings-summary';
import {
  mediumLabels,
  sampleItemLabels,
  sampleItems,
  sampleStateLabels,
} from '../schemas/gum-vocab';

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

/**
 * What the class saw in the decomposition comparison, from its own records, e.g. "我们观察了
 * 14 天。最后一次观察时，各组记录到的最大变化：口香糖残胶“无变化”，废纸“明显变化”（自来水）…";
 * with no records, blanks to fill in by hand.
 */
export function resultsSentence(results: DecompositionFindings | null): string {
  if (!results) {
    const blanks = sampleItems.map((i) => `${sampleItemLabels[i]}${BLANK}`).join('，');
    return `我们观察了 ${BLANK} 天，最后一次观察时：${blanks}。`;
  }
  const parts = results.items.map(({ item, state, medium }) => {
    const where = state === 'unchanged' ? '' : `（${mediumLabels[medium]}）`;
    return `${sampleItemLabels[item]}“${sampleStateLabels[state]}”${where}`;
  });
  return `我们观察了 ${results.lastDay} 天。最后一次观察时，各组记录到的最大变化：${parts.join('，')}。`;
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

/** Replace the findings and results marks in the letter body with the class's own sentences. */
export function fillLetter(
  body: string,
  summary: FindingsSummary | null,
  results: DecompositionFindings | null = null,
): string {
  return fillMarks(body, [
    { mark: FINDINGS_MARK, text: findingsSentence(summary) },
    { mark: RESULTS_MARK, text: resultsSentence(results) },
  ]);
}

/** Paragraphs of a text: one per line, empty lines dropped, spaces at the ends trimmed. */
export function toParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
