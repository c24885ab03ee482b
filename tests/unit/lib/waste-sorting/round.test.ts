import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  expireIfDue,
  sortCard,
  startRound,
  stopRound,
  timeLeft,
} from '../../../../src/lib/waste-sorting/round';
import { summarizeRound } from '../../../../src/lib/waste-sorting/summary';
import { wasteCategories, type WasteCategory } from '../../../../src/schemas/waste-sorting/vocab';

const answer: Record<string, WasteCategory> = {
  can: 'recyclable',
  tube: 'hazardous',
  peel: 'kitchen',
  bone: 'other',
};
const t0 = 1_000_000;

/** Play drops [item, bin, ms after start] and return the state after each. */
function play(drops: [string, WasteCategory, number][], limitMs: number | null = null) {
  let s = startRound(Object.keys(answer), t0, limitMs);
  const outcomes: string[] = [];
  for (const [id, bin, at] of drops) {
    const r = sortCard(s, id, bin, answer[id] ?? 'other', t0 + at);
    s = r.state;
    outcomes.push(r.outcome);
  }
  return { s, outcomes };
}

describe('sortCard', () => {
  test.each<[string, [string, WasteCategory, number][], string[], string[]]>([
    [
      'a right drop absorbs the card',
      [['can', 'recyclable', 10]],
      ['right'],
      ['tube', 'peel', 'bone'],
    ],
    [
      'a wrong drop keeps it',
      [['bone', 'kitchen', 10]],
      ['wrong'],
      ['can', 'tube', 'peel', 'bone'],
    ],
    [
      'wrong then right',
      [
        ['bone', 'kitchen', 10],
        ['bone', 'other', 20],
      ],
      ['wrong', 'right'],
      ['can', 'tube', 'peel'],
    ],
    [
      'a sorted card cannot be sorted again',
      [
        ['can', 'recyclable', 10],
        ['can', 'other', 20],
      ],
      ['right', 'ignored'],
      ['tube', 'peel', 'bone'],
    ],
    [
      'an unknown card is ignored',
      [['sock', 'other', 10]],
      ['ignored'],
      ['can', 'tube', 'peel', 'bone'],
    ],
  ])('%s', (_, drops, outcomes, remaining) => {
    const r = play(drops);
    expect(r.outcomes).toEqual(outcomes);
    expect(r.s.remaining).toEqual(remaining);
  });

  test('the last right card ends the round', () => {
    const { s } = play([
      ['can', 'recyclable', 1],
      ['tube', 'hazardous', 2],
      ['peel', 'kitchen', 3],
      ['bone', 'other', 4],
    ]);
    expect(s.endedAt).toBe(t0 + 4);
    expect(s.endReason).toBe('done');
  });

  test('an empty round is over at once; duplicate ids are dealt once', () => {
    expect(startRound([], t0).endReason).toBe('done');
    expect(startRound(['a', 'a', 'b'], t0).order).toEqual(['a', 'b']);
  });
});

describe('timed rounds', () => {
  test.each([
    [0, 60_000],
    [59_999, 1],
    [60_000, 0],
    [90_000, 0],
  ])('%i ms in, %i ms are left', (ms, left) => {
    const s = startRound(['can'], t0, 60_000);
    expect(timeLeft(s, t0 + ms)).toBe(left);
  });

  test('after the time is up drops are ignored and the round ends at the limit', () => {
    const { s, outcomes } = play([['can', 'recyclable', 60_000]], 60_000);
    expect(outcomes).toEqual(['ignored']);
    expect(s.endReason).toBe('time');
    expect(s.endedAt).toBe(t0 + 60_000);
    expect(expireIfDue(startRound(['can'], t0, 60_000), t0 + 59_999).endedAt).toBeNull();
  });

  test('untimed rounds never expire; a zero or negative limit is untimed', () => {
    const s = startRound(['can'], t0, null);
    expect(timeLeft(s, t0 + 1e9)).toBeNull();
    expect(expireIfDue(s, t0 + 1e9)).toBe(s);
    expect(startRound(['can'], t0, 0).limitMs).toBeNull();
    expect(startRound(['can'], t0, -5).limitMs).toBeNull();
  });

  test('stopping keeps the first end', () => {
    const s = stopRound(startRound(['can'], t0), t0 + 5);
    expect(s.endReason).toBe('stopped');
    expect(stopRound(s, t0 + 9).endedAt).toBe(t0 + 5);
  });
});

describe('any sequence of drops keeps the round consistent', () => {
  const drop = fc.tuple(
    fc.constantFrom(...Object.keys(answer), 'sock'),
    fc.constantFrom(...wasteCategories),
    fc.nat(200_000),
  );
  test('counts add up', () => {
    fc.assert(
      fc.property(fc.array(drop, { maxLength: 40 }), fc.boolean(), (drops, timed) => {
        const sortedByTime = drops.slice().sort((a, b) => a[2] - b[2]);
        const { s, outcomes } = play(sortedByTime, timed ? 100_000 : null);
        const sum = summarizeRound(s);
        expect(sum.total).toBe(4);
        expect(sum.sorted + s.remaining.length).toBe(4);
        expect(sum.firstTry).toBeLessThanOrEqual(sum.sorted);
        expect(sum.wrongDrops).toBe(outcomes.filter((o) => o === 'wrong').length);
        expect(sum.sorted).toBe(outcomes.filter((o) => o === 'right').length);
        expect(s.remaining.every((id) => s.order.includes(id))).toBe(true);
        if (!timed) expect(s.endedAt !== null).toBe(s.remaining.length === 0);
        for (const a of s.attempts) expect(a.correct).toBe(answer[a.itemId] === a.bin);
      }),
    );
  });
});
