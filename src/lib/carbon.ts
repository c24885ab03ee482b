/**
 * CO₂ saved by everyday actions, for one person up to the whole country. Pure, no DOM.
 *
 * Exact arithmetic: factors are whole grams per unit, quantities are hundredths of a unit
 * (1.5 hours = 150), so one action for one person for one day is an integer number of
 * centigrams (1 g = 100 cg). Totals are BigInt: 20亿 people × 10 years overflow a double's
 * exact range, and 0.218 + 0.621 + 0.045 + 0.096 + 0.041 must be exactly 1.021 kg.
 */

/** Hundredths: quantities are stored as integers, value × QUANTITY_SCALE. */
export const QUANTITY_SCALE = 100;
/** Centigrams in one kilogram. */
export const CG_PER_KG = 100_000n;

/** What the calculation needs to know about an action. */
export interface ActionFactor {
  id: string;
  /** Whole grams of CO₂ saved per unit. */
  gramsPerUnit: number;
}

/** The periods pupils choose from. */
export const periods = ['day', 'week', 'month', 'schoolYear', 'custom'] as const;
export type Period = (typeof periods)[number];

/**
 * Days in each fixed period. A month is 30 days. A school year is the registry's
 * "school-year-days" (content/data/facts.json: 35 weeks of new lessons a year under
 * 《义务教育课程方案（2022年版）》 × 5 days). It is repeated here because this module runs in
 * the calculator island, which must not bundle the registry; tests/unit/lib/facts.test.ts fails
 * when the two differ. Local calendars differ, so "custom" is there for the real figure.
 */
export const periodDays: Record<Exclude<Period, 'custom'>, number> = {
  day: 1,
  week: 7,
  month: 30,
  schoolYear: 175,
};

/** Period names for buttons and sentences. */
export const periodLabels: Record<Period, string> = {
  day: '1 天',
  week: '1 周',
  month: '1 个月',
  schoolYear: '1 学年',
  custom: '自定义天数',
};

/** Longest custom period in days (about ten years). */
export const MAX_CUSTOM_DAYS = 3650;

/** Who does the actions. */
export const groups = ['me', 'class', 'school', 'country'] as const;
export type Group = (typeof groups)[number];
export const groupLabels: Record<Group, string> = {
  me: '我',
  class: '我们班',
  school: '我们学校',
  country: '全国',
};

export interface SavingsInput {
  factors: readonly ActionFactor[];
  /** Quantity per person per day for each action id, in hundredths of a unit; missing = 0. */
  perDay: Readonly<Record<string, number>>;
  /** Number of people (whole). */
  people: number;
  /** Number of days (whole). */
  days: number;
}

export interface ActionSavings {
  id: string;
  /** One person, one day, in centigrams. */
  perPersonDay: bigint;
  /** All people, all days, in centigrams. */
  total: bigint;
}

export interface Savings {
  perAction: ActionSavings[];
  /** One person, one day, all actions, in centigrams. */
  perPersonDay: bigint;
  /** Everything, in centigrams. */
  total: bigint;
}

function wholeNonNegative(n: number, what: string): bigint {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0`);
  return BigInt(n);
}

/** Savings per action and in total, exactly, in centigrams. */
export function calculateSavings({ factors, perDay, people, days }: SavingsInput): Savings {
  const scale = wholeNonNegative(people, 'people') * wholeNonNegative(days, 'days');
  const perAction = factors.map(({ id, gramsPerUnit }) => {
    const one =
      wholeNonNegative(gramsPerUnit, `gramsPerUnit of ${id}`) *
      wholeNonNegative(perDay[id] ?? 0, `perDay of ${id}`);
    return { id, perPersonDay: one, total: one * scale };
  });
  const perPersonDay = perAction.reduce((s, a) => s + a.perPersonDay, 0n);
  return { perAction, perPersonDay, total: perPersonDay * scale };
}

/** Centigrams to kilograms as a double, for drawing (never for the numbers shown as text). */
export function centigramsToKg(cg: bigint): number {
  return Number(cg) / Number(CG_PER_KG);
}
