import { describe, expect, test } from 'vitest';
import {
  factIdsInMdx,
  factText,
  findFact,
  handTypedFacts,
  withoutFactTags,
} from '../../../../src/lib/facts/format';
import { lessonFactIds } from '../../../../src/lib/facts/lesson-facts';
import { FactListSchema, type Fact } from '../../../../src/schemas/fact';
import factsJson from '../../../../content/data/facts.json';

const facts = FactListSchema.parse(factsJson);
const fact = (id: string): Fact => findFact(facts, id);

describe('findFact', () => {
  test('finds by id', () => expect(fact('grid-2023').value).toBe('0.5306'));
  test('an unknown id names itself and what exists', () => {
    expect(() => findFact(facts, 'popluation')).toThrow(/没有 id 为 “popluation”.*population/);
  });
});

describe('factText', () => {
  test.each([
    ['population', 'full', '140489 万人', '2025 年末'],
    ['population', 'value', '140489 万人', undefined],
    ['population', 'rounded', '约 14.05 亿人', undefined],
    ['population', 'number', '140489', undefined],
    ['grid-2023', 'full', '0.5306 千克/千瓦时', '2023 年'],
    ['grid-2022', 'full', '0.5366 千克/千瓦时', '2022 年'],
    ['uk-gum-staining', 'value', '55%', undefined],
    ['residential-sorting-coverage', 'full', '82.5%', '2022 年底'],
    ['national-daily', 'rounded', '约 143 万吨', undefined],
    ['stairs', 'rounded', '0.218 千克', undefined], // no rounded form: exact
    ['stairs', 'grams', '218 克', undefined],
    ['five-actions-sum', 'grams', '1021 克', undefined],
  ] as const)('%s show=%s → %s (%s)', (id, show, value, period) => {
    expect(factText(fact(id), show)).toEqual(period ? { value, period } : { value });
  });
});

describe('the figures the lessons rely on (issue 11 §2)', () => {
  test.each([
    ['population', '140489', '万人', 2025],
    ['grid-2023', '0.5306', '千克/千瓦时', 2023],
    ['grid-2022', '0.5366', '千克/千瓦时', 2022],
    ['grid-2023-north', '0.6361', '千克/千瓦时', 2023],
    ['grid-2023-south', '0.4042', '千克/千瓦时', 2023],
    ['grid-2023-southwest', '0.2472', '千克/千瓦时', 2023],
    ['uk-gum-staining', '55', '%', undefined],
    ['uk-gum-solid', '3', '%', undefined],
    ['uk-gum-shopping-streets', '99', '%', 2017],
    ['uk-gum-roads', '64', '%', 2017],
    ['beijing-pm25-2013', '89.5', '微克/立方米', 2013],
    ['residential-sorting-coverage', '82.5', '%', 2022],
  ] as const)('%s = %s %s (%s)', (id, value, unit, year) => {
    expect(fact(id)).toMatchObject({ value, unit });
    expect(fact(id).year).toBe(year);
  });

  test('no registry figure is the unsourced "77 %" of UK streets', () => {
    expect(facts.filter((f) => f.value === '77' && f.unit === '%')).toEqual([]);
  });
});

test('only a figure in 千克 can be shown in grams', () => {
  expect(() => factText(fact('population'), 'grams')).toThrow(/不能写成克/);
});

describe('calculated figures agree with what they are calculated from', () => {
  const num = (id: string) => Number(fact(id).value);
  test('five actions: 0.218 + 0.621 + 0.045 + 0.096 + 0.041 = 1.021 (in grams, exactly)', () => {
    const grams = fact('five-actions-sum').derivedFrom?.map((id) => Math.round(num(id) * 1000));
    expect(grams?.reduce((a, b) => a + b, 0)).toBe(Math.round(num('five-actions-sum') * 1000));
  });
  test('the country: 14.05亿 × 1.021 千克 ≈ 14.3亿千克 ≈ 143万吨', () => {
    const yi = Number(fact('population').rounded?.value) * num('five-actions-sum');
    expect(yi).toBeCloseTo(14.345, 3);
    expect(yi.toFixed(1)).toBe(fact('national-daily').value);
    expect(String(Math.round(yi * 10))).toBe(fact('national-daily').rounded?.value); // 亿千克 → 万吨
  });
  test('the rounded population is the published one to 0.01亿', () => {
    expect((num('population') / 10_000).toFixed(2)).toBe(fact('population').rounded?.value);
  });
  test('a school year: 35 weeks × 5 days = 175 days', () => {
    expect(num('school-weeks') * 5).toBe(num('school-year-days'));
  });
  test('lifting a 40 kg pupil 3 m is about 0.0003 kWh', () => {
    expect(((40 * 9.8 * 3) / 3_600_000).toFixed(4)).toBe(fact('lift-one-floor-energy').value);
  });
});

describe('finding figures in MDX', () => {
  const mdx = [
    '人口 <Fact id="population" />，因子 <Fact id="grid-2023" show="value"/>。',
    '又是 <Fact id="population" show="rounded" />。',
    "<Slide title='x'><Fact  id='uk-gum-staining' /></Slide>",
  ].join('\n');

  test('ids in order of first use, once each', () => {
    expect(factIdsInMdx(mdx)).toEqual(['population', 'grid-2023', 'uk-gum-staining']);
  });
  test('embedded components add their figures', () => {
    const ids = lessonFactIds(`${mdx}\n<CarbonCheckPanel />`, {
      CarbonCheckPanel: ['stairs', 'population'],
      CarbonCalculatorPanel: ['aircon'],
    });
    expect(ids).toEqual(['population', 'grid-2023', 'uk-gum-staining', 'stairs']);
  });
  test('the tags can be removed', () => {
    expect(withoutFactTags(mdx)).not.toContain('Fact');
  });
});

describe('handTypedFacts: a registry value typed by hand', () => {
  test.each([
    ['中国约有 140489 万人', ['population']],
    ['排放因子 0.5306 千克', ['grid-2023']],
    ['约 55% 的地点', ['uk-gum-staining']],
    ['约 55 % 的地点', ['uk-gum-staining']],
    ['每学年 35 周', ['school-weeks']],
    ['每走一层 0.218 千克', ['stairs']],
    ['一共 1.021 千克', ['five-actions-sum']],
    ['走一层楼少排 218 克', ['stairs']],
    ['一共 1021 克', ['five-actions-sum']],
  ])('%s → %j', (text, ids) => {
    expect(handTypedFacts(text, facts).map((f) => f.id)).toEqual(ids);
  });

  test.each([
    ['218 + 621 + 45 + 96 + 41 = ＿＿ 克'], // the pupils' own sum, numbers without 克
    ['第 3 组，35 位同学，55 块残胶'], // short numbers without the unit are everyday words
    ['原教案写 21.173 千克'], // the source's wrong figure is not a registry value
    ['10.2185 和 0.5306789'], // part of a longer number
    ['<Fact id="population" />'],
  ])('%s → none', (text) => {
    expect(handTypedFacts(withoutFactTags(text), facts)).toEqual([]);
  });
});
