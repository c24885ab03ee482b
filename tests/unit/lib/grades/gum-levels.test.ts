import { describe, expect, test } from 'vitest';
import {
  gradeText,
  gumLevelInfo,
  gumLevelOfGrade,
  gumLevels,
  gumRecordPlan,
  gumSheetPlan,
  wholeDensityText,
  type GumRecordPlan,
} from '../../../../src/lib/grades/gum-levels';
import {
  canFindArea,
  canMeasureWithRuler,
  canUseCircleArea,
  canUseDecimals,
  grades,
  type Grade,
} from '../../../../src/lib/grades/maths-skills';

describe('gumRecordPlan', () => {
  test.each([
    [1, { level: 'count', residueSize: 'none', placeArea: 'none', density: 'none' }],
    [2, { level: 'count', residueSize: 'widest', placeArea: 'none', density: 'none' }],
    [3, { level: 'squares', residueSize: 'squares', placeArea: 'whole', density: 'whole' }],
    [4, { level: 'squares', residueSize: 'squares', placeArea: 'whole', density: 'whole' }],
    [5, { level: 'squares', residueSize: 'squares', placeArea: 'whole', density: 'whole' }],
    [6, { level: 'circle', residueSize: 'diameter', placeArea: 'decimal', density: 'decimal' }],
    // No grade (data from before grades were asked): the form it always had.
    [null, { level: 'circle', residueSize: 'diameter', placeArea: 'decimal', density: 'decimal' }],
  ] as [Grade | null, GumRecordPlan][])('grade %s', (grade, plan) => {
    expect(gumRecordPlan(grade)).toEqual(plan);
  });

  test.each(grades.map((g) => [g]))('grade %i is never asked for maths it has not learned', (g) => {
    const p = gumRecordPlan(g);
    if (p.residueSize === 'widest') expect(canMeasureWithRuler(g)).toBe(true);
    if (p.residueSize === 'squares' || p.placeArea !== 'none') expect(canFindArea(g)).toBe(true);
    if (p.residueSize === 'diameter') expect(canUseCircleArea(g)).toBe(true);
    if (p.placeArea === 'decimal' || p.density === 'decimal') expect(canUseDecimals(g)).toBe(true);
  });

  test('the levels cover each grade once, in order', () => {
    expect(gumLevels.flatMap((l) => gumLevelInfo[l].grades)).toEqual([...grades]);
    for (const l of gumLevels) {
      for (const g of gumLevelInfo[l].grades) expect(gumLevelOfGrade(g)).toBe(l);
    }
    expect(gumLevels.map((l) => gumLevelInfo[l].slug)).toEqual([
      'grade-1-2',
      'grade-3-5',
      'grade-6',
    ]);
  });

  test('a level’s worksheet prints its highest grade’s plan', () => {
    expect(gumSheetPlan('count')).toEqual(gumRecordPlan(2));
    expect(gumSheetPlan('squares')).toEqual(gumRecordPlan(5));
    expect(gumSheetPlan('circle')).toEqual(gumRecordPlan(6));
  });

  test('gradeText', () => {
    expect(gradeText(2)).toBe('二年级');
    expect(gradeText(null)).toBe('年级未选');
  });
});

describe('wholeDensityText: densities in whole numbers for grades 3–5', () => {
  test.each([
    [6, 20, 10, '3 块'],
    [6, 20, 100, '30 块'],
    [7, 20, 10, '约 4 块'],
    [1, 30, 10, '不到 1 块'],
    [0, 20, 10, '0 块'],
    [5, 3, 10, '约 17 块'],
    [1, 1000, 100, '不到 1 块'],
    [2, 300, 100, '约 1 块'],
  ])('%i residues in %i m², per %i m²: %s', (count, area, per, text) => {
    expect(wholeDensityText(count, area, per)).toBe(text);
  });
  test('never shows a decimal mark', () => {
    for (let count = 0; count < 40; count += 3) {
      for (let area = 1; area < 200; area += 7) {
        expect(wholeDensityText(count, area, 10)).not.toMatch(/[.．。]/);
      }
    }
  });
});

describe('the plan table agrees with maths-skills', () => {
  test.each(grades.map((g) => [g]))('grade %i', (g) => {
    const p = gumRecordPlan(g);
    const level = canUseCircleArea(g) ? 'circle' : canFindArea(g) ? 'squares' : 'count';
    expect(p.level).toBe(level);
    if (level === 'count') {
      expect(p.residueSize).toBe(canMeasureWithRuler(g) ? 'widest' : 'none');
    }
  });
});
