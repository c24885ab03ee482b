/**
 * The calculator's figures from the facts registry: each action's kg per unit, the population
 * and the days of a school year. Pure (takes the parsed registry), so a wrong join is tested.
 */
import type { CarbonAction, CarbonActionRow } from '../../schemas/carbon-action';
import type { Fact } from '../../schemas/fact';
import { scaledInteger } from '../parse-number';
import { findFact } from './format';

/** Where a figure comes from as one sentence: "国家统计局《…》，2026-01-19 发布。". */
export function factSourceText(fact: Fact): string {
  const published = fact.published ? `，${fact.published} 发布` : '';
  const document = fact.document.startsWith('《') ? fact.document : `：${fact.document}`;
  return `${fact.publisher}${document}${published}。`;
}

/** Add each action's figure from the registry; a missing or unusable figure throws. */
export function joinCarbonActions(
  rows: readonly CarbonActionRow[],
  facts: readonly Fact[],
): CarbonAction[] {
  return rows.map((row, i) => {
    const fact = findFact(facts, row.fact);
    const grams = fact.unit === '千克' ? scaledInteger(fact.value, 3) : null;
    if (grams === null || grams <= 0 || grams > 1_000_000) {
      throw new Error(
        `content/data/carbon-actions.json 第 ${i} 行：数字 “${fact.id}” 要以“千克”为单位、大于 0、最多三位小数（现在是 ${fact.value} ${fact.unit}）`,
      );
    }
    return {
      ...row,
      kgPerUnit: fact.value,
      gramsPerUnit: grams,
      kind: fact.kind,
      source: factSourceText(fact),
      caveat: fact.caveat ?? '',
    };
  });
}

/** The calculator's population: the rounded default pupils type (亿) and the published count. */
export interface CalculatorPopulation {
  /** Rounded default, e.g. 14.05亿 = 1405000000. */
  people: number;
  /** The published figure, e.g. 140489万 = 1404890000. */
  exactPeople: number;
  /** The year it describes. */
  year: number;
  /** Where it comes from, in Chinese. */
  source: string;
  /** What to keep in mind, in Chinese. */
  note?: string;
}

const peopleScale: Record<string, number> = { 人: 0, 万人: 4, 亿人: 8 };

function people(value: string, unit: string): number | null {
  const places = peopleScale[unit];
  return places === undefined ? null : scaledInteger(value, places);
}

/** The population fact as the calculator uses it; a fact in another unit throws. */
export function calculatorPopulation(fact: Fact): CalculatorPopulation {
  const exact = people(fact.value, fact.unit);
  const rounded = fact.rounded ? people(fact.rounded.value, fact.rounded.unit) : exact;
  if (exact === null || rounded === null || fact.year === undefined) {
    throw new Error(
      `content/data/facts.json：数字 “${fact.id}” 要以 人/万人/亿人 为单位并写明 year`,
    );
  }
  return {
    people: rounded,
    exactPeople: exact,
    year: fact.year,
    source: `${factSourceText(fact).replace(/。$/, '')}：${fact.describes} ${fact.value} ${fact.unit}。`,
    ...(fact.caveat && { note: fact.caveat }),
  };
}

/** Days in a school year for the calculator, from the registry's "school-year-days". */
export function schoolYearDays(fact: Fact): number {
  const days = fact.unit === '天' ? scaledInteger(fact.value, 0) : null;
  if (days === null || days < 1 || days > 366) {
    throw new Error(`content/data/facts.json：数字 “${fact.id}” 要是 1～366 天`);
  }
  return days;
}
