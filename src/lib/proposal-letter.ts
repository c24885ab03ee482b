/**
 * The school-wide proposal letter (倡议书) of the gum lesson: filling the class's findings
 * into the text the class wrote. Pure: no DOM. The letter's text pieces are in `letter/text.ts`.
 */
import type { DecompositionFindings, FindingsSummary } from '../schemas/findings-summary';
import { BLANK, FINDINGS_MARK, RESULTS_MARK, fillMarks, formatAmount } from './letter/text';
import {
  mediumLabels,
  sampleItemLabels,
  sampleItems,
  sampleStateLabels,
} from '../schemas/gum-vocab';

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

export {
  BLANK,
  COMPARISON_MARK,
  FINDINGS_MARK,
  RESULTS_MARK,
  fillMarks,
  formatAmount,
  toParagraphs,
} from './letter/text';
