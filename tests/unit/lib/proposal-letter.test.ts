import { describe, expect, test } from 'vitest';
import {
  BLANK,
  FINDINGS_MARK,
  RESULTS_MARK,
  resultsSentence,
  fillLetter,
  findingsSentence,
  formatAmount,
  toParagraphs,
} from '../../../src/lib/proposal-letter';
import { FindingsSummarySchema, type FindingsSummary } from '../../../src/schemas/findings-summary';
import { defaultProposalLetter, ProposalLetterSchema } from '../../../src/schemas/proposal-letter';

describe('findingsSentence', () => {
  test.each<[string, FindingsSummary | null, string]>([
    [
      'the lesson’s example',
      { places: 5, totalAreaM2: 120, totalCount: 86 },
      '我们在 5 个地点的 120 平方米内发现了 86 块口香糖残胶。',
    ],
    [
      'with the densest place',
      {
        places: 3,
        totalAreaM2: 45.25,
        totalCount: 12,
        densest: { name: '校门口', perSquareMetre: 0.456 },
      },
      '我们在 3 个地点的 45.3 平方米内发现了 12 块口香糖残胶，残胶最多的地方是校门口，每平方米约有 0.46 块。',
    ],
    [
      'no residue found',
      { places: 1, totalAreaM2: 2.5, totalCount: 0 },
      '我们在 1 个地点的 2.5 平方米内发现了 0 块口香糖残胶。',
    ],
    [
      'no data: blanks to write on',
      null,
      `我们在 ${BLANK} 个地点的 ${BLANK} 平方米内发现了 ${BLANK} 块口香糖残胶，残胶最多的地方是 ${BLANK}。`,
    ],
  ])('%s', (_case, summary, sentence) => {
    expect(findingsSentence(summary)).toBe(sentence);
  });

  test('a place name with HTML stays text', () => {
    const s = findingsSentence({
      places: 1,
      totalAreaM2: 10,
      totalCount: 1,
      densest: { name: '<b>操场</b>', perSquareMetre: 0.1 },
    });
    expect(s).toContain('<b>操场</b>');
  });
});

describe('formatAmount', () => {
  test.each([
    [120, '120'],
    [1234.5, '1235'],
    [12345, '12,345'],
    [12.345, '12.3'],
    [0.456, '0.46'],
    [3, '3'],
  ])('%d → %s', (n, s) => expect(formatAmount(n)).toBe(s));
});

describe('fillLetter', () => {
  const summary = { places: 5, totalAreaM2: 120, totalCount: 86 };
  test('replaces every mark, keeps the rest as written', () => {
    expect(fillLetter(`开头${FINDINGS_MARK}中间${FINDINGS_MARK}`, summary)).toBe(
      `开头${findingsSentence(summary)}中间${findingsSentence(summary)}`,
    );
  });
  test('a letter without the mark is unchanged', () => {
    expect(fillLetter('我们自己写了数字：86 块。', summary)).toBe('我们自己写了数字：86 块。');
  });
  test('the template carries the mark and fills with blanks when there is no data', () => {
    const filled = fillLetter(defaultProposalLetter.body, null);
    expect(defaultProposalLetter.body).toContain(FINDINGS_MARK);
    expect(filled).not.toContain(FINDINGS_MARK);
    expect(filled).toContain(BLANK);
    expect(ProposalLetterSchema.safeParse(defaultProposalLetter).success).toBe(true);
  });
});

describe('resultsSentence: the class’s own observations, never a fixed result', () => {
  test.each([
    [
      'no records: blanks for the days and each item',
      null,
      `我们观察了 ${BLANK} 天，最后一次观察时：口香糖残胶${BLANK}，废纸${BLANK}，塑料${BLANK}。`,
    ],
    [
      'what the class recorded, with where a change was seen',
      {
        lastDay: 14,
        items: [
          { item: 'gum', state: 'unchanged', medium: 'soil' },
          { item: 'paper', state: 'clear', medium: 'tapWater' },
          { item: 'plastic', state: 'unchanged', medium: 'vinegar' },
        ],
      },
      '我们观察了 14 天。最后一次观察时，各组记录到的最大变化：口香糖残胶“无变化”，废纸“明显变化”（自来水），塑料“无变化”。',
    ],
    [
      'an unexpected result is written as the class saw it',
      { lastDay: 3, items: [{ item: 'gum', state: 'slight', medium: 'vinegar' }] },
      '我们观察了 3 天。最后一次观察时，各组记录到的最大变化：口香糖残胶“略有变化”（食醋）。',
    ],
  ] as const)('%s', (_name, results, sentence) => {
    expect(resultsSentence(results as Parameters<typeof resultsSentence>[0])).toBe(sentence);
  });

  test('the template has the results mark and no fixed result', () => {
    expect(defaultProposalLetter.body).toContain(RESULTS_MARK);
    expect(defaultProposalLetter.body).not.toMatch(/很快变软|散开了|几乎没有变化/);
    expect(fillLetter(defaultProposalLetter.body, null, null)).not.toContain(RESULTS_MARK);
  });
});

test('toParagraphs drops empty lines and trims', () => {
  expect(toParagraphs('  一 \r\n\r\n二\n   \n三')).toEqual(['一', '二', '三']);
  expect(toParagraphs('')).toEqual([]);
});

describe('FindingsSummarySchema', () => {
  test.each([
    [{ places: 5, totalAreaM2: 120, totalCount: 86 }, true],
    [
      { places: 5, totalAreaM2: 120, totalCount: 86, densest: { name: '楼道', perSquareMetre: 1 } },
      true,
    ],
    [{ places: 0, totalAreaM2: 120, totalCount: 86 }, false],
    [{ places: 5, totalAreaM2: 0, totalCount: 86 }, false],
    [{ places: 5, totalAreaM2: 120, totalCount: -1 }, false],
    [{ places: 5, totalAreaM2: 120, totalCount: 1.5 }, false],
    [{ places: 5, totalAreaM2: Infinity, totalCount: 1 }, false],
    [{ places: 5, totalAreaM2: 120, totalCount: 86, extra: 1 }, false],
    [
      { places: 5, totalAreaM2: 120, totalCount: 86, densest: { name: ' ', perSquareMetre: 1 } },
      false,
    ],
  ])('%j → valid: %s', (value, valid) => {
    expect(FindingsSummarySchema.safeParse(value).success).toBe(valid);
  });
});
