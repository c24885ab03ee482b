import { describe, expect, test } from 'vitest';
import { FINDINGS_MARK, fillMarks } from '../../../../src/lib/letter/text';

describe('fillMarks', () => {
  test.each<[string, string, { mark: string; text: string }[], string]>([
    ['no marks given', 'a【调查结果】b', [], 'a【调查结果】b'],
    [
      'every occurrence',
      '【调查结果】和【调查结果】',
      [{ mark: FINDINGS_MARK, text: 'X' }],
      'X和X',
    ],
    ['marks not given stay', '【前后比较】', [{ mark: FINDINGS_MARK, text: 'X' }], '【前后比较】'],
    ['characters of a pattern in a mark', 'a(.*)b', [{ mark: '(.*)', text: 'Y' }], 'aYb'],
    ['a $ in the text', '【调查结果】', [{ mark: FINDINGS_MARK, text: '$& $1' }], '$& $1'],
  ])('%s', (_, body, fills, expected) => {
    expect(fillMarks(body, fills)).toBe(expected);
  });
});
