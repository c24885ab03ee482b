import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  defaultPrefs,
  prefsFromQuery,
  queryWithPrefs,
  roundSizes,
  salvagePrefs,
  screenModes,
  timeLimits,
} from '../../../../src/lib/waste-sorting/prefs';
import { binAt } from '../../../../src/lib/waste-sorting/hit';
import { cardsPerPage, planCardPages } from '../../../../src/lib/waste-sorting/card-pages';
import type { SortCity } from '../../../../src/lib/waste-sorting/rules';
import { gradeBands } from '../../../../src/schemas/waste-sorting/vocab';

const cities: SortCity[] = [{ id: 'shanghai', name: '上海', labels: {}, note: '' }];

describe('salvagePrefs', () => {
  test.each<[unknown, Partial<ReturnType<typeof defaultPrefs>>, number]>([
    [
      { city: 'shanghai', band: '1-2', mode: 'tablet', limit: 120, size: 20 },
      { city: 'shanghai', band: '1-2', mode: 'tablet', limit: 120, size: 20 },
      0,
    ],
    [{}, defaultPrefs(), 0],
    [{ city: 'paris', band: '9', mode: 'tv', limit: 61, size: -1 }, defaultPrefs(), 5],
    [{ city: 'national', limit: '120' }, { city: 'national', limit: 0 }, 1],
    [null, defaultPrefs(), 1],
    ['shanghai', defaultPrefs(), 1],
    [[1, 2], defaultPrefs(), 1],
  ])('%o', (raw, value, dropped) => {
    const r = salvagePrefs(raw, cities);
    expect(r.value).toMatchObject(value);
    expect(r.dropped).toBe(dropped);
  });
});

describe('settings in the address', () => {
  test.each([
    [
      '?city=shanghai&band=5-6&mode=tablet&time=60&cards=0',
      { city: 'shanghai', band: '5-6', mode: 'tablet', limit: 60, size: 0 },
    ],
    ['', defaultPrefs()],
    ['?city=&band=&time=１２０&cards=12.0', { ...defaultPrefs(), city: 'national', size: 12 }],
    ['?city=%3Cscript%3E&time=-60&mode=Tablet', defaultPrefs()],
  ])('%s', (search, expected) => {
    expect(prefsFromQuery(search, defaultPrefs(), cities)).toEqual(expected);
  });

  test('round trip keeps other parameters', () => {
    const p = fc.record({
      city: fc.constantFrom('national', 'shanghai'),
      band: fc.constantFrom(...gradeBands),
      mode: fc.constantFrom(...screenModes),
      limit: fc.constantFrom(...timeLimits),
      size: fc.constantFrom(...roundSizes),
    });
    fc.assert(
      fc.property(p, (prefs) => {
        const q = queryWithPrefs('?x=1', prefs);
        expect(new URLSearchParams(q).get('x')).toBe('1');
        expect(prefsFromQuery(q, defaultPrefs(), cities)).toEqual(prefs);
      }),
    );
  });
});

describe('binAt', () => {
  const rects = [
    ['a', { left: 0, top: 0, right: 100, bottom: 50 }],
    ['b', { left: 110, top: 0, right: 210, bottom: 50 }],
  ] as const;
  test.each([
    [50, 25, 'a'],
    [100, 50, 'a'],
    [105, 25, null],
    [150, 10, 'b'],
    [150, 51, null],
    [-1, 0, null],
  ])('(%i, %i) → %s', (x, y, key) => {
    expect(binAt(rects, x, y)).toBe(key);
  });
});

describe('planCardPages', () => {
  test.each([
    [0, 1],
    [14, 1],
    [15, 2],
    [31, 2],
    [33, 3],
  ])('4 bins + %i items on %i pages', (n, pages) => {
    const plan = planCardPages(
      ['r', 'h', 'k', 'o'],
      Array.from({ length: n }, (_, i) => `i${i}`),
    );
    expect(plan).toHaveLength(pages);
    expect(plan.every((p) => p.length <= cardsPerPage)).toBe(true);
    expect(plan.flat()).toHaveLength(4 + n);
    expect(plan[0]?.slice(0, 4).every((c) => c.kind === 'bin')).toBe(true);
  });
});
