import { describe, expect, test } from 'vitest';
import {
  sortCard,
  startRound,
  stopRound,
  type RoundState,
} from '../../../../src/lib/waste-sorting/round';
import { summarizeRound } from '../../../../src/lib/waste-sorting/summary';
import type { WasteCategory } from '../../../../src/schemas/waste-sorting/vocab';

const answer: Record<string, WasteCategory> = {
  bone: 'other',
  tissue: 'other',
  battery: 'other',
  can: 'recyclable',
};

function round(drops: [string, WasteCategory][], stop = false): RoundState {
  let s = startRound(Object.keys(answer), 0);
  drops.forEach(([id, bin], i) => {
    s = sortCard(s, id, bin, answer[id] ?? 'other', i + 1).state;
  });
  return stop ? stopRound(s, 100) : s;
}

describe('summarizeRound', () => {
  test.each<[string, [string, WasteCategory][], Partial<ReturnType<typeof summarizeRound>>]>([
    ['nothing played', [], { total: 4, sorted: 0, firstTry: 0, wrongDrops: 0, missed: [] }],
    [
      'all right first time',
      [
        ['bone', 'other'],
        ['tissue', 'other'],
        ['battery', 'other'],
        ['can', 'recyclable'],
      ],
      { sorted: 4, firstTry: 4, wrongDrops: 0, missed: [], unsorted: [] },
    ],
    [
      'the most missed first, with its wrong bins by frequency',
      [
        ['tissue', 'recyclable'],
        ['battery', 'hazardous'],
        ['battery', 'hazardous'],
        ['battery', 'recyclable'],
        ['battery', 'other'],
        ['bone', 'kitchen'],
        ['bone', 'other'],
      ],
      {
        sorted: 2,
        firstTry: 0,
        wrongDrops: 5,
        missed: [
          { itemId: 'battery', wrong: 3, wrongBins: ['hazardous', 'recyclable'], sorted: true },
          { itemId: 'bone', wrong: 1, wrongBins: ['kitchen'], sorted: true },
          { itemId: 'tissue', wrong: 1, wrongBins: ['recyclable'], sorted: false },
        ],
      },
    ],
  ])('%s', (_, drops, expected) => {
    expect(summarizeRound(round(drops))).toMatchObject(expected);
  });

  test('a stopped round lists the unsorted cards', () => {
    const s = summarizeRound(round([['can', 'recyclable']], true));
    expect(s.unsorted).toEqual(['bone', 'tissue', 'battery']);
    expect(s.sorted).toBe(1);
  });
});
