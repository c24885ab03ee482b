import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { drawNext, groupLabel, newPicker } from '../../../../src/lib/present/name-picker';

/** Draw `n` times with the given random numbers (cycled). */
function draws(size: number, n: number, randoms: number[]) {
  let state = newPicker(size);
  const picks: number[] = [];
  const rounds: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const d = drawNext(state, () => randoms[i % randoms.length] ?? 0);
    if (!d) break;
    picks.push(d.pick);
    rounds.push(d.newRound);
    state = d.state;
  }
  return { picks, rounds };
}

describe('drawNext', () => {
  test('property: everyone is called once before anyone is called again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 1,
          maxLength: 50,
        }),
        fc.integer({ min: 1, max: 4 }),
        (size, randoms, rounds) => {
          const { picks, rounds: newRounds } = draws(size, size * rounds, randoms);
          expect(picks).toHaveLength(size * rounds);
          for (let r = 0; r < rounds; r++) {
            const round = picks.slice(r * size, (r + 1) * size);
            expect(new Set(round).size).toBe(size);
            expect(round.every((p) => p >= 0 && p < size)).toBe(true);
            // A new round is announced exactly at its first draw (not the very first one).
            expect(newRounds[r * size]).toBe(r > 0);
          }
        },
      ),
    );
  });

  test('property: any random source, even a broken one, picks someone not yet called', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.double(), { minLength: 1, maxLength: 30 }),
        (size, randoms) => {
          const { picks } = draws(size, size, randoms);
          expect(new Set(picks).size).toBe(size);
        },
      ),
    );
  });

  test('nobody to call', () => {
    expect(drawNext(newPicker(0), Math.random)).toBeNull();
    expect(drawNext(newPicker(-3), Math.random)).toBeNull();
  });

  test('two pupils with the same name are two positions, each called once', () => {
    const names = ['王芳', '李雷', '王芳'];
    const { picks } = draws(names.length, 3, [0.99, 0.99, 0.99]);
    expect(picks.map((p) => names[p]).sort()).toEqual(['李雷', '王芳', '王芳']);
  });

  test.each([
    [0, '第 1 组'],
    [2, '第 3 组'],
  ])('groupLabel(%i) → %s', (i, label) => expect(groupLabel(i)).toBe(label));
});
