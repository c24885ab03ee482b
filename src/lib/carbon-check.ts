/**
 * The "算一算，查一查" exercise: the source text's claims, the arithmetic that checks them, and
 * how close a pupil's own answer is. Pure, no DOM; masses in centigrams as in ./carbon.ts.
 */
import { CG_PER_KG, calculateSavings, type ActionFactor } from './carbon';
import { scaledInteger } from './parse-number';

/** What the source lesson plan claimed. */
export const sourceClaims = {
  /** The five actions the source lists, by id in content/data/carbon-actions.json. */
  actionIds: ['stairs', 'aircon', 'fan', 'tv', 'light'],
  /** "每天可以减少 21.173 千克" per person, as kg text. */
  perPersonKg: '21.173',
  /** "全中国 13 亿人". */
  people: 1_300_000_000,
  /** "就可以减少 260 亿千克", in 亿千克. */
  totalYiKg: 260,
} as const;

const YI = 100_000_000n;

/** Every number of the worked answer, computed from the data (never copied). */
export interface WorkedCheck {
  /** The source's five factors, as kg text, in the source's order. */
  terms: string[];
  /** Their sum: one person doing each once, one day. */
  perPersonDay: bigint;
  /** The population used for the correct national figure. */
  population: number;
  /** population × perPersonDay. */
  national: bigint;
  /** What the source claimed per person. */
  claimedPerPerson: bigint;
  /** What the source claimed for the country. */
  claimedNational: bigint;
  /** The source's own people × its own per-person figure, which is not its claimed total. */
  claimedImplied: bigint;
  /** The source's 13亿 with the correct per-person figure. */
  sourcePeopleCorrect: bigint;
}

/** Work the exercise through with the given factors (kg text and grams) and population. */
export function workedCheck(
  actions: readonly (ActionFactor & { kgPerUnit: string })[],
  population: number,
): WorkedCheck {
  const five = sourceClaims.actionIds.map((id) => {
    const a = actions.find((x) => x.id === id);
    if (!a) throw new Error(`carbon-actions.json has no action "${id}" the exercise needs`);
    return a;
  });
  const once = Object.fromEntries(five.map((a) => [a.id, 100]));
  const perPersonDay = calculateSavings({ factors: five, perDay: once, people: 1, days: 1 }).total;
  const claimedPerPerson = BigInt(scaledInteger(sourceClaims.perPersonKg, 3) ?? 0) * 100n;
  return {
    terms: five.map((a) => a.kgPerUnit),
    perPersonDay,
    population,
    national: perPersonDay * BigInt(population),
    claimedPerPerson,
    claimedNational: BigInt(sourceClaims.totalYiKg) * YI * CG_PER_KG,
    claimedImplied: claimedPerPerson * BigInt(sourceClaims.people),
    sourcePeopleCorrect: perPersonDay * BigInt(sourceClaims.people),
  };
}

export type Verdict = 'right' | 'close' | 'off';

/**
 * How near an answer is to the expected value: within `rightPermille` thousandths is right
 * (0 = exact), within `closePermille` is close, otherwise off.
 */
export function judgeAnswer(
  answer: bigint,
  expected: bigint,
  rightPermille: number,
  closePermille: number,
): Verdict {
  const diff = (answer > expected ? answer - expected : expected - answer) * 1000n;
  if (diff <= expected * BigInt(rightPermille)) return 'right';
  if (diff <= expected * BigInt(closePermille)) return 'close';
  return 'off';
}
