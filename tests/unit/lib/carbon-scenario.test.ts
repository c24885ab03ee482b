import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  actionField,
  daysOf,
  defaultScenario,
  fieldKeys,
  fieldText,
  fieldValue,
  parseField,
  parseScenario,
  peopleOf,
  serializeScenario,
  steppedValue,
  withField,
  type FieldKey,
  type ScenarioConfig,
} from '../../../src/lib/carbon-scenario';
import { carbonActions } from '../../../src/lib/carbon-data';

const config: ScenarioConfig = { actions: carbonActions, population: 1_410_000_000 };
const defaults = defaultScenario(config);

test('defaults: each action once a day, one day, me; class 40, school 1000, country 14.1亿; decimals (grades 5–6)', () => {
  expect(defaults).toEqual({
    perDay: { stairs: 100, aircon: 100, fan: 100, tv: 100, light: 100 },
    period: 'day',
    customDays: 10,
    who: 'me',
    classSize: 40,
    schoolSize: 1000,
    population: 1_410_000_000,
    band: '5-6',
  });
  expect(peopleOf(defaults)).toBe(1);
  expect(daysOf(defaults)).toBe(1);
});

describe('peopleOf and daysOf', () => {
  test.each([
    [{ who: 'class' as const }, 40],
    [{ who: 'school' as const }, 1000],
    [{ who: 'country' as const }, 1_410_000_000],
    [{ who: 'class' as const, classSize: 35 }, 35],
  ])('%o → %s people', (patch, n) => expect(peopleOf({ ...defaults, ...patch })).toBe(n));
  test.each([
    [{ period: 'week' as const }, 7],
    [{ period: 'month' as const }, 30],
    [{ period: 'schoolYear' as const }, 175],
    [{ period: 'custom' as const, customDays: 12 }, 12],
    [{ period: 'day' as const, customDays: 12 }, 1],
  ])('%o → %s days', (patch, n) => expect(daysOf({ ...defaults, ...patch })).toBe(n));
});

describe('parseField accepts everyday input', () => {
  test.each<[FieldKey, string, number, string]>([
    [actionField('stairs'), '3', 300, '3'],
    [actionField('stairs'), '１２', 1200, '12'],
    [actionField('aircon'), ' 1.5 ', 150, '1.5'],
    [actionField('aircon'), '１。５', 150, '1.5'],
    [actionField('aircon'), '1，5', 150, '1.5'],
    [actionField('aircon'), '24', 2400, '24'],
    [actionField('fan'), '0', 0, '0'],
    [actionField('fan'), '0.25', 25, '0.25'],
    [actionField('stairs'), '100', 10_000, '100'],
    ['customDays', '3650', 3650, '3650'],
    ['classSize', '４５', 45, '45'],
    ['schoolSize', '1,200', 1200, '1200'],
    ['population', '14.1', 1_410_000_000, '14.1'],
    ['population', '14.0967', 1_409_670_000, '14.0967'],
    ['population', '20', 2_000_000_000, '20'],
    ['population', '１３', 1_300_000_000, '13'],
  ])('%s %j → %s', (key, text, value, shown) => {
    expect(parseField(config, key, text)).toEqual({ ok: true, value, text: shown });
  });
});

describe('parseField rejects bad input with a message', () => {
  test.each<[FieldKey, string, string]>([
    [actionField('aircon'), '25', '一天只有 24 小时，少开空调不能超过 24 小时。'],
    [actionField('tv'), '24.5', '一天只有 24 小时，少看电视不能超过 24 小时。'],
    [actionField('stairs'), '101', '走楼梯代替坐电梯每天不能超过 100 层。'],
    [actionField('stairs'), '-1', '走楼梯代替坐电梯不能是负数。'],
    [actionField('stairs'), '－１', '走楼梯代替坐电梯不能是负数。'],
    [actionField('fan'), 'abc', '少吹电扇要填数字，例如 12 或 3.5。'],
    [actionField('fan'), '😀', '少吹电扇要填数字，例如 12 或 3.5。'],
    [actionField('fan'), '<script>', '少吹电扇要填数字，例如 12 或 3.5。'],
    [actionField('fan'), '', '请填写少吹电扇。'],
    [actionField('fan'), '0.125', '少吹电扇最多保留 2 位小数。'],
    [actionField('fan'), '9'.repeat(400), '少吹电扇太大了。'],
    ['customDays', '0', '天数不能小于 1 天。'],
    ['customDays', '3651', '天数不能超过 3,650 天。'],
    ['customDays', '2.5', '天数要填整数，不能有小数。'],
    ['classSize', '101', '全班人数不能超过 100 人。'],
    ['schoolSize', '0', '全校人数不能小于 1 人。'],
    ['population', '21', '全国人口不能超过 20 亿人，请检查是不是多写了一位。'],
    ['population', '1410000000', '全国人口不能超过 20 亿人，请检查是不是多写了一位。'],
    ['population', '0', '全国人口要大于 0 亿人。'],
    ['population', '14.12345', '全国人口最多保留 4 位小数。'],
    ['population', '十四亿', '全国人口要填数字，例如 12 或 3.5。'],
    ['action:nothing', '1', '没有这一项。'],
  ])('%s %j', (key, text, error) => {
    expect(parseField(config, key, text)).toEqual({ ok: false, error });
  });
});

describe('steppedValue', () => {
  test.each<[FieldKey, number, 1 | -1, number]>([
    [actionField('stairs'), 100, 1, 200],
    [actionField('stairs'), 100, -1, 0],
    [actionField('stairs'), 0, -1, 0],
    [actionField('stairs'), 10_000, 1, 10_000],
    [actionField('aircon'), 150, 1, 200],
    [actionField('aircon'), 150, -1, 100],
    [actionField('aircon'), 2400, 1, 2400],
    ['classSize', 1, -1, 1],
    ['classSize', 40, 1, 41],
    ['population', 1_410_000_000, 1, 1_420_000_000],
    ['population', 1_409_670_000, -1, 1_400_000_000],
    ['population', 2_000_000_000, 1, 2_000_000_000],
  ])('%s from %s by %s → %s', (key, from, dir, to) => {
    expect(steppedValue(config, key, from, dir)).toBe(to);
  });
});

describe('URL', () => {
  test('every value is written out', () => {
    expect(serializeScenario(config, defaults)).toBe(
      'stairs=1&aircon=1&fan=1&tv=1&light=1&days=10&class=40&school=1000&pop=14.1&period=day&who=me&band=5-6',
    );
  });

  test('a prepared link restores exactly', () => {
    const { scenario, problems } = parseScenario(
      config,
      '?stairs=3&aircon=1.5&fan=0&tv=2&light=4&period=custom&days=12&who=country&pop=14.0967',
    );
    expect(problems).toEqual([]);
    expect(scenario).toEqual({
      ...defaults,
      perDay: { stairs: 300, aircon: 150, fan: 0, tv: 200, light: 400 },
      period: 'custom',
      customDays: 12,
      who: 'country',
      population: 1_409_670_000,
    });
  });

  test('missing and unknown keys take defaults silently', () => {
    expect(parseScenario(config, '')).toEqual({ scenario: defaults, problems: [] });
    expect(parseScenario(config, '?utm=x&foo=bar#outcomes')).toEqual({
      scenario: defaults,
      problems: [],
    });
  });

  test.each([
    [
      '?aircon=25',
      '链接里的“25”不能用：一天只有 24 小时，少开空调不能超过 24 小时。已改用默认值 1。',
    ],
    [
      '?stairs=abc',
      '链接里的“abc”不能用：走楼梯代替坐电梯要填数字，例如 12 或 3.5。已改用默认值 1。',
    ],
    [
      '?pop=99',
      '链接里的“99”不能用：全国人口不能超过 20 亿人，请检查是不是多写了一位。已改用默认值 14.1。',
    ],
    ['?class=-3', '链接里的“-3”不能用：全班人数不能是负数。已改用默认值 40。'],
    ['?days=', '链接里的“”不能用：请填写天数。已改用默认值 10。'],
    ['?period=year', '链接里的时间“year”不认识，已改用 1 天。'],
    ['?who=world', '链接里的人数范围“world”不认识，已改用“我”。'],
    ['?band=3-5', '链接里的年级“3-5”不认识，已改用五、六年级。'],
    ['?band=', '链接里的年级“”不认识，已改用五、六年级。'],
    [
      `?tv=${'<script>alert(1)</script>'}`,
      '链接里的“<script>alert(1)…”不能用：少看电视要填数字，例如 12 或 3.5。已改用默认值 1。',
    ],
  ])('%s falls back to the default with a notice', (search, problem) => {
    const r = parseScenario(config, search);
    expect(r.problems).toEqual([problem]);
    expect(r.scenario).toEqual(defaults);
  });

  test('grades 3–4: whole numbers only, checked after the band whatever the order', () => {
    expect(parseScenario(config, '?stairs=3&band=3-4').scenario).toEqual({
      ...defaults,
      band: '3-4',
      perDay: { ...defaults.perDay, stairs: 300 },
    });
    const r = parseScenario(config, '?aircon=1.5&band=3-4');
    expect(r.problems).toEqual([
      '链接里的“1.5”不能用：少开空调要填整数，不能有小数。已改用默认值 1。',
    ]);
    expect(r.scenario).toEqual({ ...defaults, band: '3-4' });
    // Grades 5–6 (and links from before bands) keep decimals.
    expect(parseScenario(config, '?aircon=1.5').scenario.perDay['aircon']).toBe(150);
    expect(parseScenario(config, '?aircon=1.5&band=5-6').problems).toEqual([]);
  });

  test('good values survive next to bad ones', () => {
    const r = parseScenario(config, '?stairs=5&aircon=99&who=class&class=30');
    expect(r.problems).toHaveLength(1);
    expect(r.scenario).toEqual({
      ...defaults,
      perDay: { ...defaults.perDay, stairs: 500 },
      who: 'class',
      classSize: 30,
    });
  });

  const scenarios = fc
    .record({
      perDay: fc.record({
        stairs: fc.integer({ min: 0, max: 10_000 }),
        aircon: fc.integer({ min: 0, max: 2400 }),
        fan: fc.integer({ min: 0, max: 2400 }),
        tv: fc.integer({ min: 0, max: 2400 }),
        light: fc.integer({ min: 0, max: 2400 }),
      }),
      period: fc.constantFrom('day', 'week', 'month', 'schoolYear', 'custom' as const),
      customDays: fc.integer({ min: 1, max: 3650 }),
      who: fc.constantFrom('me', 'class', 'school', 'country' as const),
      classSize: fc.integer({ min: 1, max: 100 }),
      schoolSize: fc.integer({ min: 1, max: 100_000 }),
      population: fc.integer({ min: 1, max: 200_000 }).map((n) => n * 10_000),
      band: fc.constantFrom('3-4', '5-6' as const),
    })
    .map((s) =>
      // Grades 3–4 type whole numbers.
      s.band === '3-4'
        ? {
            ...s,
            perDay: Object.fromEntries(
              Object.entries(s.perDay).map(([k, v]) => [k, Math.floor(v / 100) * 100]),
            ) as typeof s.perDay,
          }
        : s,
    );

  test('serialise then parse gives back the same scenario', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(parseScenario(config, serializeScenario(config, s))).toEqual({
          scenario: s,
          problems: [],
        });
      }),
    );
  });

  test('any query parses without throwing, to a scenario within the rules', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            ...fieldKeys(config).map((k) => k.replace('action:', '')),
            'period',
            'who',
            'days',
            'class',
            'school',
            'pop',
            'band',
          ),
          fc.string(),
        ),
        (params) => {
          const { scenario } = parseScenario(config, new URLSearchParams(params).toString());
          expect(scenario.perDay['aircon']).toBeLessThanOrEqual(2400);
          expect(scenario.population).toBeLessThanOrEqual(2_000_000_000);
          expect(scenario.classSize).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});

describe('fields the calculator does not have', () => {
  const unknown = 'action:nothing' as FieldKey;

  test('have no value, no text, and do not step', () => {
    expect(fieldValue(defaults, unknown)).toBe(0);
    expect(fieldText(config, defaults, unknown)).toBe('');
    expect(steppedValue(config, unknown, 7, 1)).toBe(7);
    expect(steppedValue(config, unknown, 7, -1)).toBe(7);
  });

  test('known fields read and write through the same keys', () => {
    const key = actionField('stairs');
    const changed = withField(withField(defaults, key, 300), 'classSize', 45);
    expect(fieldValue(changed, key)).toBe(300);
    expect(fieldValue(changed, 'classSize')).toBe(45);
    expect(fieldText(config, changed, 'classSize')).toBe('45');
    // The original is left as it was.
    expect(fieldValue(defaults, 'classSize')).toBe(40);
  });
});
