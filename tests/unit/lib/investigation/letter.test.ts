import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { def, litterGroup, survey, zone, uuid, at } from '../../../support/litter-data';
import {
  comparisonSentence,
  findingsSentence,
  LETTER_ROWS,
} from '../../../../src/lib/investigation/letter';
import { BLANK, COMPARISON_MARK, FINDINGS_MARK, fillMarks } from '../../../../src/lib/letter/text';
import type {
  InvestigationClassData,
  InvestigationClassGroup,
} from '../../../../src/schemas/investigation/records';

const letter = def.letter ?? (undefined as never);
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);
// A second group's zone of the same name (with a stray space) adds to its row.
const g6 = litterGroup(6, '第6组', ' 操场', [1, 0, 0, 0], [1, 0, 0, 1]);
const data = (...groups: InvestigationClassGroup[]): InvestigationClassData => ({ groups });

/** A group that surveyed its zone only once (the first round). */
function firstOnly(n: number, name: string, counts: [number, number, number, number]) {
  const z = zone(n * 100, name);
  return {
    group: { id: uuid(n), name: `第${n}组`, createdAt: at(0), updatedAt: at(0) },
    exportedAt: at(50),
    records: { zone: [z], survey: [survey(n * 100 + 1, z.id, 'first', counts)] },
  };
}

describe('the letter’s sentences from the class data', () => {
  test('per zone, by hand: 操场 12+1+3+7 + 1 = 24, 食堂门口 40; second round 10 and 18', () => {
    const d = data(g3, g5, g6);
    expect(findingsSentence(def, letter, d)).toEqual({
      text: '我们调查了 2 个区域。第一次调查一共发现 64 件垃圾：操场 24 件，食堂门口 40 件。最多的一类是可回收物，33 件。',
      fromData: true,
    });
    expect(comparisonSentence(def, letter, d)).toEqual({
      text: '在两次都调查了的 2 个区域里，第二次调查一共发现 28 件垃圾，比第一次少了 36 件：操场 10 件（少了 14 件），食堂门口 18 件（少了 22 件）。',
      fromData: true,
    });
  });

  test.each([
    ['no class data', null],
    ['no groups', data()],
  ])('%s: blanks to write on, saying so', (_, d) => {
    const f = findingsSentence(def, letter, d);
    const c = comparisonSentence(def, letter, d);
    expect(f).toEqual({
      text: `我们调查了 ${BLANK} 个区域。第一次调查一共发现 ${BLANK} 件垃圾，最多的一类是 ${BLANK}。`,
      fromData: false,
    });
    expect(c).toEqual({
      text: `第二次调查一共发现 ${BLANK} 件垃圾，比第一次${BLANK}。`,
      fromData: false,
    });
  });

  test('a zone surveyed once is in the findings but not compared; none twice leaves blanks', () => {
    const once = firstOnly(7, '校门口', [2, 0, 0, 3]);
    expect(findingsSentence(def, letter, data(g3, once)).text).toContain(
      '我们调查了 2 个区域。第一次调查一共发现 28 件垃圾：操场 23 件，校门口 5 件。',
    );
    expect(comparisonSentence(def, letter, data(g3, once)).text).toBe(
      '在两次都调查了的 1 个区域里，第二次调查一共发现 8 件垃圾，比第一次少了 15 件：操场 8 件（少了 15 件）。',
    );
    expect(comparisonSentence(def, letter, data(once)).fromData).toBe(false);
    // A zone surveyed only the second time is in neither sentence.
    const z = zone(900, '花坛');
    const late = {
      ...once,
      group: { ...once.group, id: uuid(9) },
      records: { zone: [z], survey: [survey(901, z.id, 'second', [9, 0, 0, 0])] },
    };
    expect(findingsSentence(def, letter, data(g3, late)).text).not.toContain('花坛');
    expect(comparisonSentence(def, letter, data(g3, late)).text).not.toContain('花坛');
  });

  test.each<[string, [number, number, number, number], [number, number, number, number], string]>([
    ['more', [1, 0, 0, 1], [3, 0, 1, 1], '比第一次多了 3 件：操场 5 件（多了 3 件）'],
    ['the same', [1, 0, 0, 1], [0, 0, 1, 1], '和第一次一样多：操场 2 件（一样多）'],
    ['none either time', [0, 0, 0, 0], [0, 0, 0, 0], '和第一次一样多：操场 0 件（一样多）'],
  ])('%s in the second round', (_, first, second, expected) => {
    const d = data(litterGroup(3, '第3组', '操场', first, second));
    expect(comparisonSentence(def, letter, d).text).toContain(expected);
  });

  test('the most common category: a tie names both; nothing found names none', () => {
    const tie = data(litterGroup(3, '第3组', '操场', [4, 0, 1, 4], [0, 0, 0, 0]));
    expect(findingsSentence(def, letter, tie).text).toContain(
      '最多的一类是可回收物和其他垃圾，4 件。',
    );
    const none = data(litterGroup(3, '第3组', '操场', [0, 0, 0, 0], [0, 0, 0, 0]));
    expect(findingsSentence(def, letter, none).text).toBe(
      '我们调查了 1 个区域。第一次调查一共发现 0 件垃圾：操场 0 件。',
    );
  });

  test(`more than ${LETTER_ROWS} zones: the first ${LETTER_ROWS} are named, all are counted`, () => {
    const groups = Array.from({ length: LETTER_ROWS + 3 }, (_, i) =>
      litterGroup(
        i + 1,
        `第${i + 1}组`,
        `区域${String(i + 1).padStart(2, '0')}`,
        [1, 0, 0, 0],
        [1, 0, 0, 0],
      ),
    );
    const f = findingsSentence(def, letter, data(...groups)).text;
    expect(f).toContain(
      `我们调查了 ${LETTER_ROWS + 3} 个区域。第一次调查一共发现 ${LETTER_ROWS + 3} 件垃圾`,
    );
    expect(f).toContain(`区域${LETTER_ROWS} 1 件等。`);
    expect(f).not.toContain(`区域${LETTER_ROWS + 1}`);
  });

  test('a zone named like a mark is printed as its name, not replaced again', () => {
    const d = data(litterGroup(3, '第3组', COMPARISON_MARK, [1, 0, 0, 0], [0, 0, 0, 0]));
    const body = `${FINDINGS_MARK}\n${COMPARISON_MARK}`;
    const filled = fillMarks(body, [
      { mark: FINDINGS_MARK, text: findingsSentence(def, letter, d).text },
      { mark: COMPARISON_MARK, text: comparisonSentence(def, letter, d).text },
    ]);
    const [first, second] = filled.split('\n');
    expect(first).toContain(`${COMPARISON_MARK} 1 件`);
    expect(second).toContain('比第一次少了 1 件');
  });
});

describe('both sentences start from the same rows, each keeping the rounds it needs', () => {
  const counts = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(30));
  const zones = fc.array(fc.record({ first: counts, second: fc.option(counts) }), {
    maxLength: 6,
  });
  const total = (c: readonly number[]) => c.reduce((a, b) => a + b, 0);

  test('findings: every zone with a first round; comparison: the zones with both', () => {
    fc.assert(
      fc.property(zones, (zs) => {
        const groups = zs.map((z, i) =>
          z.second
            ? litterGroup(i + 1, `第${i + 1}组`, `区域${i + 1}`, z.first, z.second)
            : firstOnly(i + 1, `区域${i + 1}`, z.first),
        );
        const d = data(...groups);
        const findings = findingsSentence(def, letter, d);
        const comparison = comparisonSentence(def, letter, d);
        expect(findings.fromData).toBe(zs.length > 0);
        if (zs.length > 0) {
          const found = total(zs.map((z) => total(z.first)));
          expect(findings.text).toContain(`我们调查了 ${zs.length} 个区域。`);
          expect(findings.text).toContain(`一共发现 ${found} 件垃圾`);
        }
        const both = zs.flatMap((z) => (z.second ? [z.second] : []));
        expect(comparison.fromData).toBe(both.length > 0);
        if (both.length > 0) {
          expect(comparison.text).toContain(`在两次都调查了的 ${both.length} 个区域里`);
          expect(comparison.text).toContain(`一共发现 ${total(both.map(total))} 件垃圾`);
        }
      }),
    );
  });
});

describe('a letter naming what the definition lacks (the build refuses it first)', () => {
  test.each([
    ['comparison', { ...letter, comparison: 'after-before' }, /no comparison after-before/],
    ['total', { ...letter, total: 'weight' }, /no field weight/],
  ])('an unknown %s throws, naming it', (_, bad, message) => {
    expect(() => findingsSentence(def, bad, null)).toThrow(message);
    expect(() => comparisonSentence(def, bad, null)).toThrow(message);
  });
});
