/**
 * How the gum experiment is recorded at each grade (record page and printed worksheets). The
 * lesson groups the grades as 1–2 (count; grade 2 also measures the widest part with a
 * ruler), 3–5 (area by counting 1 cm squares, whole 平方米, whole-number densities "每 10 /
 * 每 100 平方米约几块") and 6 (diameter, 3.14 × r × r, decimal densities). Pure.
 */
import { gradeLabels, type Grade } from './maths-skills';

/** The three ways of recording, lowest first. */
export const gumLevels = ['count', 'squares', 'circle'] as const;
export type GumLevel = (typeof gumLevels)[number];

/** The grades of each level and the worksheet address under /print/gum-residue/. */
export const gumLevelInfo: Record<
  GumLevel,
  { grades: readonly Grade[]; label: string; slug: string }
> = {
  count: { grades: [1, 2], label: '一、二年级', slug: 'grade-1-2' },
  squares: { grades: [3, 4, 5], label: '三至五年级', slug: 'grade-3-5' },
  circle: { grades: [6], label: '六年级', slug: 'grade-6' },
};

/** How a residue's size is recorded. */
export type ResidueSize = 'none' | 'widest' | 'squares' | 'diameter';
/** How a place's area is recorded, and densities shown. */
export type NumberKind = 'none' | 'whole' | 'decimal';

/** What the record page asks for and shows. */
export interface GumRecordPlan {
  level: GumLevel;
  /** none: not measured (grade 1); widest: 最宽的地方有几厘米; squares: 1 cm² squares; diameter: 3.14 × r × r. */
  residueSize: ResidueSize;
  /** none: count only; whole: whole 平方米; decimal: any (0.01 m²). */
  placeArea: NumberKind;
  /** none; whole: 每 10 / 100 平方米约几块; decimal: per m² and per 100 m² with decimals. */
  density: NumberKind;
}

const circle: GumRecordPlan = {
  level: 'circle',
  residueSize: 'diameter',
  placeArea: 'decimal',
  density: 'decimal',
};
const squares: GumRecordPlan = {
  level: 'squares',
  residueSize: 'squares',
  placeArea: 'whole',
  density: 'whole',
};
const count = (residueSize: ResidueSize): GumRecordPlan => ({
  level: 'count',
  residueSize,
  placeArea: 'none',
  density: 'none',
});

/**
 * The plan of each grade, as a table (the record page loads it; the unit tests check it
 * against `maths-skills.ts`: no plan needs a skill its grade has not learned).
 */
const plans: Record<Grade, GumRecordPlan> = {
  1: count('none'),
  2: count('widest'),
  3: squares,
  4: squares,
  5: squares,
  6: circle,
};

/** The level of a grade. */
export function gumLevelOfGrade(grade: Grade): GumLevel {
  return plans[grade].level;
}

/**
 * The plan for a group's grade. A group without a grade (data from before grades were asked)
 * keeps the full form it always had: grade 6's plan.
 */
export function gumRecordPlan(grade: Grade | null): GumRecordPlan {
  return grade === null ? circle : plans[grade];
}

/** The plan a worksheet of a level prints: its highest grade's (grade 1 leaves the ruler column). */
export function gumSheetPlan(level: GumLevel): GumRecordPlan {
  const gs = gumLevelInfo[level].grades;
  return gumRecordPlan(gs[gs.length - 1] as Grade);
}

/** "二年级" or "年级未选". */
export function gradeText(grade: Grade | null): string {
  return grade === null ? '年级未选' : gradeLabels[grade];
}

/** Round a density to a whole number for grades 3–5: "约 3 块", "不到 1 块", "0 块". */
export function wholeDensityText(count: number, areaSquareMetres: number, per: number): string {
  const exact = (count * per) / areaSquareMetres;
  if (exact === 0) return '0 块';
  const n = Math.round(exact);
  if (n === 0) return '不到 1 块';
  return `${Number.isInteger(exact) ? '' : '约 '}${n} 块`;
}
