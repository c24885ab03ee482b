/**
 * Pure helpers for the facts registry (content/data/facts.json): look a figure up, write it
 * the way a lesson shows it, and find which figures a lesson's MDX uses. No DOM, no Zod.
 */
import type { Fact } from '../../schemas/fact';
import { scaledInteger } from '../parse-number';

/** The figure with that id, or an error naming the id and what exists. */
export function findFact(facts: readonly Fact[], id: string): Fact {
  const fact = facts.find((f) => f.id === id);
  if (!fact) {
    throw new Error(
      `content/data/facts.json 里没有 id 为 “${id}” 的数字（有：${facts.map((f) => f.id).join('、')}）`,
    );
  }
  return fact;
}

/**
 * How `<Fact>` shows a figure: with its period (default), the number and unit only, rounded,
 * the bare number (for a sum), or a figure in 千克 as whole 克 (for grades 3–4).
 */
export const factShows = ['full', 'value', 'rounded', 'number', 'grams'] as const;
export type FactShow = (typeof factShows)[number];

/** "0.5306 千克/千瓦时", "55%"; with `rounded`, "约 14.05 亿人" (falls back to the exact value). */
export function factValueText(fact: Fact, rounded = false): string {
  if (rounded && fact.rounded) return `约 ${fact.rounded.value} ${fact.rounded.unit}`;
  return fact.unit === '%' ? `${fact.value}%` : `${fact.value} ${fact.unit}`;
}

/** The text `<Fact id show>` puts in the lesson. */
export function factText(fact: Fact, show: FactShow = 'full'): { value: string; period?: string } {
  switch (show) {
    case 'grams':
      return { value: `${factGrams(fact)} 克` };
    case 'number':
      return { value: fact.value };
    case 'value':
      return { value: factValueText(fact) };
    case 'rounded':
      return { value: factValueText(fact, true) };
    default:
      return { value: factValueText(fact), period: fact.describes };
  }
}

/** A figure in 千克 as whole grams (0.218 千克 → 218); anything else is an error. */
export function factGrams(fact: Fact): number {
  const grams = fact.unit === '千克' ? scaledInteger(fact.value, 3) : null;
  if (grams === null) {
    throw new Error(`数字 “${fact.id}” 不能写成克：单位是 ${fact.unit}，值是 ${fact.value}`);
  }
  return grams;
}

/** Anchor of a figure in the page's 数字从哪里来 list. */
export function factAnchor(id: string): string {
  return `fact-${id}`;
}

const factTag = /<Fact\b[^>]*?\bid\s*=\s*["']([^"']+)["'][^>]*\/?>/g;

/** Ids of every `<Fact id="…" />` in an MDX text, in order of first use. */
export function factIdsInMdx(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(factTag)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/** The MDX text with every `<Fact … />` tag removed (what a reader would see typed by hand). */
export function withoutFactTags(mdx: string): string {
  return mdx.replace(factTag, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds a figure typed by hand: the number on its own (not part of a longer
 * number). Short whole numbers ("35", "3") are everyday words in a lesson, so for them only the
 * number followed by its unit counts ("35 周", "3%").
 */
export function handTypedPattern(fact: Fact): RegExp {
  const number = `(?<![\\d.])${escape(fact.value)}(?![\\d])`;
  const grams = fact.unit === '千克' ? scaledInteger(fact.value, 3) : null;
  const inGrams = grams !== null && grams >= 10 ? `|(?<![\\d.])${grams}\\s*克` : '';
  const short = /^\d{1,2}$/.test(fact.value);
  const unit = fact.unit === '%' ? '\\s*[%％]' : `\\s*${escape(fact.unit.slice(0, 1))}`;
  return new RegExp(short ? `${number}${unit}${inGrams}` : `${number}(?!\\.\\d)${inGrams}`, 'u');
}

/** Figures of the registry typed by hand into a text, with the matched words. */
export function handTypedFacts(
  text: string,
  facts: readonly Fact[],
): { id: string; match: string }[] {
  const found: { id: string; match: string }[] = [];
  for (const fact of facts) {
    const m = handTypedPattern(fact).exec(text);
    if (m) found.push({ id: fact.id, match: m[0] });
  }
  return found;
}
