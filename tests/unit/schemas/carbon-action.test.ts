import { describe, expect, test } from 'vitest';
import { CarbonActionListSchema, CarbonActionSchema } from '../../../src/schemas/carbon-action';
import { PopulationSchema } from '../../../src/schemas/population';
import actionsJson from '../../../content/data/carbon-actions.json';
import populationJson from '../../../content/data/population.json';

const good = {
  id: 'shower',
  label: '洗澡少用 1 分钟热水',
  unit: '分钟',
  unitPhrase: '每少用 1 分钟',
  kgPerUnit: '0.05',
  defaultPerDay: 0,
  maxPerDay: 60,
  step: 1,
  provenance: 'estimate',
  source: '示例',
  caveat: '示例',
};

describe('the data files', () => {
  test('carbon-actions.json holds the lesson’s five actions with exact grams', () => {
    const list = CarbonActionListSchema.parse(actionsJson);
    expect(list.map((a) => [a.id, a.kgPerUnit, a.gramsPerUnit, a.unit])).toEqual([
      ['stairs', '0.218', 218, '层'],
      ['aircon', '0.621', 621, '小时'],
      ['fan', '0.045', 45, '小时'],
      ['tv', '0.096', 96, '小时'],
      ['light', '0.041', 41, '小时'],
    ]);
    expect(list.find((a) => a.id === 'stairs')?.unitPhrase).toContain('每走 1 层楼');
    expect(list.filter((a) => a.provenance === 'publicity').map((a) => a.id)).toEqual([
      'stairs',
      'aircon',
    ]);
    expect(list.find((a) => a.id === 'stairs')?.maxPerDay).toBe(100);
    for (const a of list.filter((x) => x.unit === '小时')) expect(a.maxPerDay).toBe(24);
  });

  test('population.json: 14.1亿 from the 2023 communiqué (140967万)', () => {
    const p = PopulationSchema.parse(populationJson);
    expect(p).toMatchObject({ people: 1_410_000_000, exactPeople: 1_409_670_000, year: 2023 });
    expect(p.source).toContain('140967 万人');
  });

  test('adding an action is one data entry', () => {
    const list = CarbonActionListSchema.parse([...actionsJson, good]);
    expect(list.at(-1)).toMatchObject({ id: 'shower', gramsPerUnit: 50 });
  });
});

describe('CarbonActionSchema rejects a bad row', () => {
  test.each([
    ['kg as a number', { kgPerUnit: 0.218 }, 'kgPerUnit'],
    ['more than whole grams', { kgPerUnit: '0.2185' }, 'kgPerUnit'],
    ['zero', { kgPerUnit: '0' }, 'kgPerUnit'],
    ['negative', { kgPerUnit: '-0.2' }, 'kgPerUnit'],
    ['an id with capitals', { id: 'Stairs' }, 'id'],
    ['an id the URL uses', { id: 'period' }, 'id'],
    ['an empty label', { label: ' ' }, 'label'],
    ['no source', { source: undefined }, 'source'],
    ['an unknown provenance', { provenance: 'rumour' }, 'provenance'],
    ['default above max', { defaultPerDay: 61 }, 'defaultPerDay'],
    ['a zero step', { step: 0 }, 'step'],
    ['an extra field', { colour: 'red' }, ''],
  ])('%s', (_, patch, path) => {
    const r = CarbonActionSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  test('duplicate ids and an empty list', () => {
    expect(CarbonActionListSchema.safeParse([good, good]).success).toBe(false);
    expect(CarbonActionListSchema.safeParse([]).success).toBe(false);
  });

  test('a population above 20亿', () => {
    expect(PopulationSchema.safeParse({ ...populationJson, people: 2_000_000_001 }).success).toBe(
      false,
    );
  });
});
