import { describe, expect, test } from 'vitest';
import { CarbonActionListSchema, CarbonActionRowSchema } from '../../../src/schemas/carbon-action';
import { PopulationSchema } from '../../../src/schemas/population';
import { population } from '../../../src/lib/carbon-data';
import actionsJson from '../../../content/data/carbon-actions.json';

const good = {
  id: 'shower',
  label: '洗澡少用 1 分钟热水',
  unit: '分钟',
  unitPhrase: '每少用 1 分钟',
  fact: 'shower-minute',
  defaultPerDay: 0,
  maxPerDay: 60,
  step: 1,
};

describe('the data files', () => {
  test('carbon-actions.json holds the lesson’s five actions, each naming its figure', () => {
    const list = CarbonActionListSchema.parse(actionsJson);
    expect(list.map((a) => [a.id, a.fact, a.unit])).toEqual([
      ['stairs', 'stairs', '层'],
      ['aircon', 'aircon', '小时'],
      ['fan', 'fan', '小时'],
      ['tv', 'tv', '小时'],
      ['light', 'light', '小时'],
    ]);
    expect(list.find((a) => a.id === 'stairs')?.unitPhrase).toContain('每走 1 层楼');
    expect(list.find((a) => a.id === 'aircon')?.label).toBe('少开空调'); // 空调, not 冷气
    expect(list.find((a) => a.id === 'stairs')?.maxPerDay).toBe(100);
    for (const a of list.filter((x) => x.unit === '小时')) expect(a.maxPerDay).toBe(24);
  });

  test('adding an action is one data entry (and its figure in facts.json)', () => {
    const list = CarbonActionListSchema.parse([...actionsJson, good]);
    expect(list.at(-1)).toMatchObject({ id: 'shower', fact: 'shower-minute' });
  });
});

describe('CarbonActionRowSchema rejects a bad row', () => {
  test.each([
    ['a figure typed into the row', { kgPerUnit: '0.218' }, ''],
    ['no figure id', { fact: undefined }, 'fact'],
    ['a figure id with capitals', { fact: 'Stairs' }, 'fact'],
    ['an id with capitals', { id: 'Stairs' }, 'id'],
    ['an id the URL uses', { id: 'period' }, 'id'],
    ['an empty label', { label: ' ' }, 'label'],
    ['default above max', { defaultPerDay: 61 }, 'defaultPerDay'],
    ['a zero step', { step: 0 }, 'step'],
    ['an extra field', { colour: 'red' }, ''],
  ])('%s', (_, patch, path) => {
    const r = CarbonActionRowSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  test('duplicate ids and an empty list', () => {
    expect(CarbonActionListSchema.safeParse([good, good]).success).toBe(false);
    expect(CarbonActionListSchema.safeParse([]).success).toBe(false);
  });

  test('a population above 20亿', () => {
    expect(PopulationSchema.safeParse({ ...population, people: 2_000_000_001 }).success).toBe(
      false,
    );
  });
});
