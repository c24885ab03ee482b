import { describe, expect, test } from 'vitest';
import {
  GRADE_BANDS,
  bandGrades,
  bandHasSkill,
  bandOfGrade,
  canFindArea,
  canMeasureWithRuler,
  canMultiplyDecimals,
  canUseCircleArea,
  canUseDecimals,
  gradeBandLabels,
  gradeLabels,
  grades,
  hasSkill,
  isGrade,
  isGradeBand,
  knowsYi,
  mathsSkills,
  parseGrade,
  type Grade,
  type Term,
} from '../../../../src/lib/grades/maths-skills';

describe('grades and bands', () => {
  test('grades 1–6 with Chinese labels', () => {
    expect(grades).toEqual([1, 2, 3, 4, 5, 6]);
    expect(grades.map((g) => gradeLabels[g])).toEqual([
      '一年级',
      '二年级',
      '三年级',
      '四年级',
      '五年级',
      '六年级',
    ]);
  });
  test('three bands with Chinese labels', () => {
    expect(GRADE_BANDS).toEqual(['1-2', '3-4', '5-6']);
    expect(GRADE_BANDS.map((b) => gradeBandLabels[b])).toEqual([
      '一、二年级',
      '三、四年级',
      '五、六年级',
    ]);
  });
  test.each([
    [1, '1-2'],
    [2, '1-2'],
    [3, '3-4'],
    [4, '3-4'],
    [5, '5-6'],
    [6, '5-6'],
  ] as const)('bandOfGrade(%i) = %s', (g, b) => {
    expect(bandOfGrade(g)).toBe(b);
    expect(bandGrades[b]).toContain(g);
  });
  test.each([
    [1, true],
    [6, true],
    [0, false],
    [7, false],
    [2.5, false],
    ['3', false],
    [null, false],
    [undefined, false],
  ])('isGrade(%j) = %s', (v, ok) => expect(isGrade(v)).toBe(ok));
  test.each([
    ['3', 3],
    [' 6 ', 6],
    [4, 4],
    ['０', null],
    ['7', null],
    ['3.0', null],
    ['', null],
    ['<script>', null],
    [{}, null],
  ])('parseGrade(%j) = %j', (v, g) => expect(parseGrade(v)).toBe(g));
  test.each([
    ['1-2', true],
    ['5-6', true],
    ['3-5', false],
    ['', false],
    [3, false],
  ])('isGradeBand(%j) = %s', (v, ok) => expect(isGradeBand(v)).toBe(ok));
});

/** Grade, term → [ruler, area, 亿, add decimals, decimal × whole, circle]. */
const table: [Grade, Term, boolean[]][] = [
  [1, '上', [false, false, false, false, false, false]],
  [1, '下', [false, false, false, false, false, false]],
  [2, '上', [true, false, false, false, false, false]],
  [2, '下', [true, false, false, false, false, false]],
  [3, '上', [true, false, false, false, false, false]],
  [3, '下', [true, true, false, false, false, false]],
  [4, '上', [true, true, true, false, false, false]],
  [4, '下', [true, true, true, true, false, false]],
  [5, '上', [true, true, true, true, true, false]],
  [5, '下', [true, true, true, true, true, false]],
  [6, '上', [true, true, true, true, true, true]],
  [6, '下', [true, true, true, true, true, true]],
];

describe('what each grade has learned (FACTS.md "Maths by grade")', () => {
  test.each(table)('grade %i %s', (grade, term, expected) => {
    expect([
      canMeasureWithRuler(grade, term),
      canFindArea(grade, term),
      knowsYi(grade, term),
      canUseDecimals(grade, term),
      canMultiplyDecimals(grade, term),
      canUseCircleArea(grade, term),
    ]).toEqual(expected);
    expect(mathsSkills.map((s) => hasSkill(s, grade, term))).toEqual(expected);
  });
  test('without a term, what the grade learns during the year counts (下)', () => {
    for (const g of grades) {
      for (const s of mathsSkills) expect(hasSkill(s, g)).toBe(hasSkill(s, g, '下'));
    }
  });
  test('a skill once learned stays learned', () => {
    const order = grades.flatMap((g) => (['上', '下'] as const).map((t) => [g, t] as const));
    for (const s of mathsSkills) {
      const seq = order.map(([g, t]) => hasSkill(s, g, t));
      expect(seq.indexOf(true)).toBeGreaterThan(-1);
      expect(seq.slice(seq.indexOf(true)).every(Boolean)).toBe(true);
    }
  });
});

describe('bandHasSkill: what every pupil of the band has, from its first term', () => {
  test.each([
    ['1-2', []],
    ['3-4', ['rulerCm']],
    ['5-6', ['rulerCm', 'area', 'yi', 'addDecimals', 'multiplyDecimals']],
  ] as const)('%s', (band, skills) => {
    expect(mathsSkills.filter((s) => bandHasSkill(band, s))).toEqual(skills);
  });
});
