/**
 * Issue 13: on a touch-only panel nothing may need hover. Every rule of the built CSS that
 * styles :hover also styles a keyboard/touch state (:focus or :focus-visible) and never
 * reveals anything (display, visibility, opacity 0 → 1 of content is what touch can't reach);
 * a rule that only makes a visible control stronger on hover is fine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Rule } from 'postcss';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './project';

const dir = join(repoRoot, 'dist/_astro');
const sheets = readdirSync(dir).filter((f) => f.endsWith('.css'));

/** The :hover rules of a stylesheet's text, with what each one sets. */
export function hoverRules(css: string): { selector: string; props: string[] }[] {
  const out: { selector: string; props: string[] }[] = [];
  postcss.parse(css).walkRules((rule: Rule) => {
    if (!rule.selector.includes(':hover')) return;
    const props: string[] = [];
    rule.walkDecls((d) => {
      props.push(d.prop);
    });
    out.push({ selector: rule.selector, props });
  });
  return out;
}

/** Why a :hover rule is not fit for touch, or null. */
export function hoverProblem(r: { selector: string; props: string[] }): string | null {
  if (!/:focus/.test(r.selector)) return `${r.selector}: no :focus twin for keyboard and touch`;
  const reveals = r.props.filter((p) => ['display', 'visibility', 'pointer-events'].includes(p));
  return reveals.length ? `${r.selector}: reveals on hover (${reveals.join(', ')})` : null;
}

describe('nothing needs hover (touch-only panels)', () => {
  test('the built CSS has stylesheets to check', () => {
    expect(sheets.length).toBeGreaterThan(0);
  });

  test('every :hover rule has a :focus twin and reveals nothing', () => {
    const problems = sheets.flatMap((f) =>
      hoverRules(readFileSync(join(dir, f), 'utf8'))
        .map(hoverProblem)
        .filter((p): p is string => p !== null)
        .map((p) => `${f}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  test.each([
    ['a hover-only rule', '.a:hover{color:red}', /no :focus twin/],
    ['a menu shown on hover', '.m:hover,.m:focus-within{display:block}', /reveals on hover/],
  ])('the check can fail: %s', (_, css, why) => {
    const problems = hoverRules(css).map(hoverProblem);
    expect(problems.some((p) => p !== null && why.test(p))).toBe(true);
  });

  test('a control made stronger on hover and focus passes', () => {
    expect(hoverRules('.b:hover,.b:focus-visible{opacity:1}').map(hoverProblem)).toEqual([null]);
  });
});
