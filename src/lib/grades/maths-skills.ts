/**
 * What maths each primary grade has learned, from the textbooks in common use (人教版 and the
 * like; check your edition), so activities never ask for a step a grade has not learned:
 * rulers in cm from grade 2 上, area (平方米, counting squares) from 3 下, 亿 from 4 上,
 * adding decimals from 4 下, decimal × whole number from 5 上, the circle (直径、半径、
 * 3.14 × r × r) from 6 上. Pure.
 */

/** School years of primary school. */
export const grades = [1, 2, 3, 4, 5, 6] as const;
export type Grade = (typeof grades)[number];

/** 一年级 … 六年级. */
export const gradeLabels: Record<Grade, string> = {
  1: '一年级',
  2: '二年级',
  3: '三年级',
  4: '四年级',
  5: '五年级',
  6: '六年级',
};

/** The two terms: 上 (autumn, the first) and 下 (spring, the second). */
export const terms = ['上', '下'] as const;
export type Term = (typeof terms)[number];

/** The grade bands lessons are written for (as in the 2022 curriculum's stages). */
export const GRADE_BANDS = ['1-2', '3-4', '5-6'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

/** 一、二年级 … */
export const gradeBandLabels: Record<GradeBand, string> = {
  '1-2': '一、二年级',
  '3-4': '三、四年级',
  '5-6': '五、六年级',
};

/** The grades of each band, lowest first. */
export const bandGrades: Record<GradeBand, readonly [Grade, Grade]> = {
  '1-2': [1, 2],
  '3-4': [3, 4],
  '5-6': [5, 6],
};

/** Whether a value is a grade 1–6 (a number, not a numeric string). */
export function isGrade(value: unknown): value is Grade {
  return (grades as readonly unknown[]).includes(value);
}

/** A grade from a number or text such as "3" (e.g. a query value), or null. */
export function parseGrade(value: unknown): Grade | null {
  const n = typeof value === 'string' && /^\s*\d\s*$/.test(value) ? Number(value) : value;
  return isGrade(n) ? n : null;
}

/** Whether a value is one of GRADE_BANDS. */
export function isGradeBand(value: unknown): value is GradeBand {
  return (GRADE_BANDS as readonly unknown[]).includes(value);
}

/** The band a grade belongs to: 1, 2 → '1-2'; 3, 4 → '3-4'; 5, 6 → '5-6'. */
export function bandOfGrade(grade: Grade): GradeBand {
  return grade <= 2 ? '1-2' : grade <= 4 ? '3-4' : '5-6';
}

/** The maths steps activities in the kit use. */
export const mathsSkills = [
  'rulerCm',
  'area',
  'yi',
  'addDecimals',
  'multiplyDecimals',
  'circleArea',
] as const;
export type MathsSkill = (typeof mathsSkills)[number];

/** The grade and term a skill is first taught in. */
export const skillTaughtIn: Record<MathsSkill, { grade: Grade; term: Term }> = {
  /** 厘米和米，用直尺量 (二年级上册 长度单位). */
  rulerCm: { grade: 2, term: '上' },
  /** 面积、平方米、数方格 (三年级下册 面积). */
  area: { grade: 3, term: '下' },
  /** 亿以内数的认识 (四年级上册 大数的认识). */
  yi: { grade: 4, term: '上' },
  /** 小数的加法和减法 (四年级下册). */
  addDecimals: { grade: 4, term: '下' },
  /** 小数乘整数 (五年级上册 小数乘法). */
  multiplyDecimals: { grade: 5, term: '上' },
  /** 圆的面积：直径、半径、3.14 × r × r (六年级上册 圆). */
  circleArea: { grade: 6, term: '上' },
};

/**
 * Whether pupils of a grade have learned a skill by the given term. Without a term, the
 * second term (下): what the grade learns during the year counts.
 */
export function hasSkill(skill: MathsSkill, grade: Grade, term: Term = '下'): boolean {
  const from = skillTaughtIn[skill];
  if (grade !== from.grade) return grade > from.grade;
  return term === '下' || from.term === '上';
}

/**
 * Whether every pupil of a band has the skill at any time of the year: its lowest grade in its
 * first term. A band's activity may only use these.
 */
export function bandHasSkill(band: GradeBand, skill: MathsSkill): boolean {
  return hasSkill(skill, bandGrades[band][0], '上');
}

/** Measure lengths with a ruler in cm. */
export const canMeasureWithRuler = (grade: Grade, term?: Term) => hasSkill('rulerCm', grade, term);
/** Find an area in 平方米 / 平方厘米 by counting squares, length × width. */
export const canFindArea = (grade: Grade, term?: Term) => hasSkill('area', grade, term);
/** Read and write numbers in 亿. */
export const knowsYi = (grade: Grade, term?: Term) => hasSkill('yi', grade, term);
/** Add and subtract decimals (1.021 千克). */
export const canUseDecimals = (grade: Grade, term?: Term) => hasSkill('addDecimals', grade, term);
/** Multiply a decimal by a whole number (0.218 × 3). */
export const canMultiplyDecimals = (grade: Grade, term?: Term) =>
  hasSkill('multiplyDecimals', grade, term);
/** Circle area from the diameter: 3.14 × r × r. */
export const canUseCircleArea = (grade: Grade, term?: Term) => hasSkill('circleArea', grade, term);
