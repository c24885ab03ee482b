/**
 * Masses and head counts for Chinese readers: 克, 千克, 吨, 万吨, 亿吨 (and 万千克 / 亿千克,
 * the units the lesson uses), digits grouped in threes. Pure, no DOM. Masses come in
 * centigrams (see ./carbon.ts) and are rounded half up on the exact integer.
 */

/** "1234567" → "1,234,567". */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number rounded for display, and whether rounding changed it. */
export interface Rounded {
  text: string;
  exact: boolean;
}

/**
 * value / divisor rounded half up to at most `decimals` places, trailing zeros dropped,
 * integer part grouped unless `group` is false: (102100n, 100000n, 3) → "1.021".
 */
export function roundScaled(
  value: bigint,
  divisor: bigint,
  decimals: number,
  group = true,
): Rounded {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const unit = 10n ** BigInt(decimals);
  const scaled = abs * unit;
  let q = scaled / divisor;
  const r = scaled % divisor;
  if (r * 2n >= divisor) q += 1n;
  const whole = q / unit;
  const frac = (q % unit).toString().padStart(decimals, '0').replace(/0+$/, '');
  const int = group ? groupDigits(whole.toString()) : whole.toString();
  const text = `${negative && q !== 0n ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  return { text, exact: r === 0n };
}

/** A mass ready to show: the number, its unit, and whether it is rounded (shown with 约). */
export interface FormattedMass {
  value: string;
  unit: string;
  approx: boolean;
  /** "约 143.96 万吨" or "1.021 千克". */
  text: string;
}

interface Step {
  /** Use this step below this many centigrams. */
  below: bigint | null;
  unit: string;
  divisor: bigint;
  decimals: number;
}

const CG = { g: 100n, kg: 100_000n, t: 100_000_000n } as const;
const WAN = 10_000n;
const YI = 100_000_000n;

/** 克 → 千克 → 吨 → 万吨 → 亿吨. */
const massSteps: Step[] = [
  { below: CG.kg, unit: '克', divisor: CG.g, decimals: 2 },
  { below: WAN * CG.kg, unit: '千克', divisor: CG.kg, decimals: 3 },
  { below: WAN * CG.t, unit: '吨', divisor: CG.t, decimals: 2 },
  { below: YI * CG.t, unit: '万吨', divisor: WAN * CG.t, decimals: 2 },
  { below: null, unit: '亿吨', divisor: YI * CG.t, decimals: 2 },
];

/** 千克 → 万千克 → 亿千克, as the lesson counts. */
const kgSteps: Step[] = [
  { below: WAN * CG.kg, unit: '千克', divisor: CG.kg, decimals: 3 },
  { below: YI * CG.kg, unit: '万千克', divisor: WAN * CG.kg, decimals: 2 },
  { below: null, unit: '亿千克', divisor: YI * CG.kg, decimals: 2 },
];

function stepFor(steps: readonly Step[], cg: bigint): Step {
  for (const s of steps) if (s.below === null || cg < s.below) return s;
  throw new Error('the last step must have no upper bound');
}

/** The unit formatMass would pick for a mass, to put several masses in one unit (chart, table). */
export function massUnitFor(cg: bigint): { unit: string; divisor: bigint; decimals: number } {
  const { unit, divisor, decimals } = stepFor(massSteps, cg);
  return { unit, divisor, decimals };
}

function formatWith(steps: Step[], cg: bigint, group = true): FormattedMass {
  const step = stepFor(steps, cg);
  const { text, exact } = roundScaled(cg, step.divisor, step.decimals, group);
  return {
    value: text,
    unit: step.unit,
    approx: !exact,
    text: `${exact ? '' : '约 '}${text} ${step.unit}`,
  };
}

/** A mass in the largest sensible unit: 218 克, 1.021 千克, 约 143.96 万吨. */
export function formatMass(cg: bigint): FormattedMass {
  return formatWith(massSteps, cg);
}

/**
 * The unit grades 3–4 use: whole 克, or for the whole country whole 亿克 (the only big unit
 * they meet, as "约 N 亿"; the exact figure is for a calculator).
 */
export function wholeGramsUnit(yi: boolean): { unit: string; divisor: bigint; decimals: number } {
  return yi
    ? { unit: '亿克', divisor: YI * CG.g, decimals: 0 }
    : { unit: '克', divisor: CG.g, decimals: 0 };
}

/** Grades 3–4: "1021 克", "约 932 克", "约 14396 亿克"; digits not grouped, as in textbooks. */
export function formatWholeGrams(cg: bigint, yi = false): FormattedMass {
  return formatWith([{ below: null, ...wholeGramsUnit(yi) }], cg, false);
}

/** A mass in 千克, 万千克 or 亿千克: 约 14.4 亿千克. */
export function formatMassInKg(cg: bigint): FormattedMass {
  return formatWith(kgSteps, cg);
}

/** Exact kilograms, grouped: 143961000000 cg → "1,439,610,000". */
export function formatKgExact(cg: bigint): string {
  return roundScaled(cg, CG.kg, 5).text;
}

/** A head count: "40 人", "1,000 人", "14.1 亿人", "约 14.1 亿人". */
export function formatPeople(n: number): string {
  const v = BigInt(Math.round(n));
  if (v < YI) return `${groupDigits(v.toString())} 人`;
  const { text, exact } = roundScaled(v, YI, 4);
  return `${exact ? '' : '约 '}${text} 亿人`;
}

/** A quantity kept in hundredths, as typed: 150 → "1.5". */
export function formatHundredths(q: number): string {
  return roundScaled(BigInt(Math.round(q)), 100n, 2).text.replace(/,/g, '');
}
