import { describe, expect, test } from 'vitest';
import { judgeAnswer, sourceClaims, workedCheck } from '../../../src/lib/carbon-check';
import { carbonActions } from '../../../src/lib/carbon-data';

describe('workedCheck, against numbers worked out by hand', () => {
  const w = workedCheck(carbonActions, 1_405_000_000);
  test('one person: 0.218 + 0.621 + 0.045 + 0.096 + 0.041 = 1.021 kg', () => {
    expect(w.terms).toEqual(['0.218', '0.621', '0.045', '0.096', '0.041']);
    expect(w.perPersonDay).toBe(102_100n); // centigrams
  });
  test('the country: 14.05亿 × 1.021 kg = 1,434,505,000 kg', () => {
    expect(w.national).toBe(1_434_505_000n * 100_000n);
  });
  test('the source: 21.173 kg, 260亿 kg, but 13亿 × 21.173 kg = 275.249亿 kg', () => {
    expect(w.claimedPerPerson).toBe(21_173n * 100n);
    expect(w.claimedNational).toBe(26_000_000_000n * 100_000n);
    expect(w.claimedImplied).toBe(27_524_900_000n * 100_000n);
    expect(w.claimedImplied).not.toBe(w.claimedNational);
    expect(w.sourcePeopleCorrect).toBe(1_327_300_000n * 100_000n);
  });
  test('the exercise uses the source’s five actions even if more are added', () => {
    const more = [...carbonActions, { id: 'shower', gramsPerUnit: 50, kgPerUnit: '0.05' }];
    expect(workedCheck(more, 1_405_000_000).perPersonDay).toBe(102_100n);
    expect(sourceClaims.actionIds).toHaveLength(5);
  });
  test('a data file without one of them is an error, not a wrong sum', () => {
    expect(() => workedCheck(carbonActions.slice(1), 1)).toThrow(/stairs/);
  });
});

describe('judgeAnswer', () => {
  test.each([
    [102_100n, 102_100n, 0, 50, 'right'],
    [102_000n, 102_100n, 0, 50, 'close'],
    [2_117_300n, 102_100n, 0, 50, 'off'], // 21.173
    [14_400_000_000_000_000n, 14_396_100_000_000_000n, 10, 100, 'right'], // 14.4亿 kg
    [13_273_000_000_000_000n, 14_396_100_000_000_000n, 10, 100, 'close'], // 13亿 × 1.021
    [260_000_000_000_000_000n, 14_396_100_000_000_000n, 10, 100, 'off'], // 260亿
    [0n, 102_100n, 0, 50, 'off'],
  ] as const)('%s for %s → %s', (answer, expected, right, close, verdict) => {
    expect(judgeAnswer(answer, expected, right, close)).toBe(verdict);
  });
});
