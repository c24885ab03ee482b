import { describe, expect, test } from 'vitest';
import {
  calculatorPopulation,
  factSourceText,
  joinCarbonActions,
  schoolYearDays,
} from '../../../../src/lib/facts/carbon';
import { findFact } from '../../../../src/lib/facts/format';
import { periodDays } from '../../../../src/lib/carbon';
import { carbonActions, population, schoolYear } from '../../../../src/lib/carbon-data';
import { CarbonActionListSchema } from '../../../../src/schemas/carbon-action';
import { FactListSchema, type Fact } from '../../../../src/schemas/fact';
import factsJson from '../../../../content/data/facts.json';
import actionsJson from '../../../../content/data/carbon-actions.json';
import { must } from '../../../support/gum-data';

const facts = FactListSchema.parse(factsJson);
const rows = CarbonActionListSchema.parse(actionsJson);
const withFact = (id: string, patch: Partial<Fact>) =>
  facts.map((f) => (f.id === id ? { ...f, ...patch } : f));

describe('the calculator reads its figures from the registry', () => {
  test('each action gets its kg, grams, kind and caveat from facts.json', () => {
    expect(carbonActions.map((a) => [a.id, a.kgPerUnit, a.gramsPerUnit, a.kind])).toEqual([
      ['stairs', '0.218', 218, 'publicity'],
      ['aircon', '0.621', 621, 'publicity'],
      ['fan', '0.045', 45, 'estimate'],
      ['tv', '0.096', 96, 'estimate'],
      ['light', '0.041', 41, 'estimate'],
    ]);
    expect(carbonActions[0]?.caveat).toContain('每走一层楼');
    expect(carbonActions[0]?.caveat).toContain('物理估算');
  });

  test('the population is 140489万 at the end of 2025, rounded to 14.05亿', () => {
    expect(population).toMatchObject({
      people: 1_405_000_000,
      exactPeople: 1_404_890_000,
      year: 2025,
    });
    expect(population.source).toContain('国家统计局');
    expect(population.source).toContain('140489 万人');
  });

  test('the island’s school year is the registry’s (35 weeks × 5 days)', () => {
    expect(periodDays.schoolYear).toBe(schoolYear);
    expect(schoolYear).toBe(175);
  });
});

describe('a wrong join stops the build', () => {
  test.each([
    [
      'an unknown fact id',
      rows.map((r, i) => (i === 1 ? { ...r, fact: 'nope' } : r)),
      facts,
      /没有 id 为 “nope”/,
    ],
    ['a figure in 克, not 千克', rows, withFact('aircon', { unit: '克' }), /第 1 行.*aircon/],
    ['more than whole grams', rows, withFact('fan', { value: '0.0455' }), /第 2 行.*fan/],
    ['zero', rows, withFact('tv', { value: '0' }), /第 3 行.*tv/],
  ])('%s', (_name, r, f, message) => {
    expect(() => joinCarbonActions(r, f)).toThrow(message);
  });

  test.each([
    ['a population in 千人', { unit: '千人' }],
    ['a population with no year', { year: undefined }],
  ])('%s', (_name, patch) => {
    expect(() => calculatorPopulation({ ...findFact(facts, 'population'), ...patch })).toThrow(
      /人\/万人\/亿人/,
    );
  });

  test.each([['0'], ['400'], ['17.5']])('a school year of %s days', (value) => {
    expect(() => schoolYearDays({ ...findFact(facts, 'school-year-days'), value })).toThrow(
      /1～366/,
    );
  });
});

describe('figures of other shapes', () => {
  const pop = findFact(facts, 'population');

  test.each<[string, Partial<Fact>, string]>([
    [
      'a document in 《》 follows the publisher directly',
      { publisher: '国家统计局', document: '《统计公报》', published: '2026-01-19' },
      '国家统计局《统计公报》，2026-01-19 发布。',
    ],
    [
      'another document is named after a colon',
      { publisher: '某研究所', document: '网页说明', published: undefined },
      '某研究所：网页说明。',
    ],
  ])('%s', (_, patch, text) => {
    expect(factSourceText({ ...pop, ...patch })).toBe(text);
  });

  test('a fact without a caveat gives an action an empty caveat', () => {
    const [action] = joinCarbonActions(
      rows.slice(0, 1),
      withFact(must(rows[0]).fact, { caveat: undefined }),
    );
    expect(action?.caveat).toBe('');
  });

  test('a population with no rounded figure uses the exact one; no caveat, no note', () => {
    const p = calculatorPopulation({
      ...pop,
      rounded: undefined,
      caveat: undefined,
      value: '141000',
      unit: '万人',
    });
    expect(p.people).toBe(1_410_000_000);
    expect(p.exactPeople).toBe(1_410_000_000);
    expect(p).not.toHaveProperty('note');
  });

  test('a population in 亿人 or 人 is read in its unit', () => {
    expect(
      calculatorPopulation({ ...pop, rounded: undefined, value: '14.1', unit: '亿人' }).people,
    ).toBe(1_410_000_000);
    expect(
      calculatorPopulation({ ...pop, rounded: undefined, value: '1410000000', unit: '人' }).people,
    ).toBe(1_410_000_000);
  });

  test('a school year not counted in 天 stops the build', () => {
    expect(() => schoolYearDays({ ...findFact(facts, 'school-year-days'), unit: '周' })).toThrow(
      /1～366/,
    );
  });
});
