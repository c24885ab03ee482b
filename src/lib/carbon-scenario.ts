/**
 * The calculator's scenario (quantities, period, who) and its fields: the rule each typed
 * value must pass, and the URL query that stores it so a teacher can prepare, reload or share
 * a scenario. Pure, no DOM.
 */
import {
  MAX_CUSTOM_DAYS,
  QUANTITY_SCALE,
  groupLabels,
  groups,
  periodDays,
  periodLabels,
  periods,
} from './carbon';
import type { ActionFactor, Group, Period } from './carbon';
import { formatHundredths, roundScaled } from './carbon-format';
import { normalizeNumberText, parseNumber, scaledInteger, type NumberRule } from './parse-number';
import type { GradeBand } from './grades/maths-skills';

/**
 * The grade bands the calculator offers (the lesson is for grades 3–6): '3-4' works in whole
 * grams (218 + 621 + 45 + 96 + 41 = 1021 克) and shows the national figure only as "约 N 亿克";
 * '5-6' uses decimals (1.021 千克).
 */
export const calculatorBands = ['3-4', '5-6'] as const satisfies readonly GradeBand[];
export type CalculatorBand = (typeof calculatorBands)[number];
/** Links from before bands were offered show what they showed then: decimals. */
export const DEFAULT_BAND: CalculatorBand = '5-6';

/** What the calculator needs to know about an action (a subset of the data file's row). */
export interface CalculatorAction extends ActionFactor {
  label: string;
  unit: string;
  defaultPerDay: number;
  maxPerDay: number;
  step: number;
}

export interface ScenarioConfig {
  actions: readonly CalculatorAction[];
  /** The country's population the calculator starts with. */
  population: number;
}

/** Class and school sizes the calculator starts with. */
export const DEFAULT_CLASS_SIZE = 40;
export const DEFAULT_SCHOOL_SIZE = 1000;
export const MAX_CLASS_SIZE = 100;
export const MAX_SCHOOL_SIZE = 100_000;
/** Population is typed in 亿 (14.1 = 1,410,000,000); above 20亿 it is a mistake. */
export const MAX_POPULATION_YI = 20;
const YI = 100_000_000;
const POPULATION_PLACES = 8;

export interface Scenario {
  /** Quantity per person per day for each action id, in hundredths of its unit. */
  perDay: Record<string, number>;
  period: Period;
  /** Days when period is "custom". */
  customDays: number;
  who: Group;
  classSize: number;
  schoolSize: number;
  /** People in the whole country. */
  population: number;
  /** Which grades use it: whole grams (3–4) or decimals (5–6). */
  band: CalculatorBand;
}

/** A field a value is typed into. Action fields are keyed by the action id. */
export type FieldKey =
  'customDays' | 'classSize' | 'schoolSize' | 'population' | `action:${string}`;

export const actionField = (id: string): FieldKey => `action:${id}`;

/** Query keys of the settings that are not actions. */
const settingParams = {
  customDays: 'days',
  classSize: 'class',
  schoolSize: 'school',
  population: 'pop',
} as const;

export function defaultScenario(config: ScenarioConfig): Scenario {
  return {
    perDay: Object.fromEntries(
      config.actions.map((a) => [a.id, Math.round(a.defaultPerDay * QUANTITY_SCALE)]),
    ),
    period: 'day',
    customDays: 10,
    who: 'me',
    classSize: DEFAULT_CLASS_SIZE,
    schoolSize: DEFAULT_SCHOOL_SIZE,
    population: config.population,
    band: DEFAULT_BAND,
  };
}

/** Days the scenario covers. */
export function daysOf(s: Scenario): number {
  return s.period === 'custom' ? s.customDays : periodDays[s.period];
}

/** People the scenario counts. */
export function peopleOf(s: Scenario): number {
  switch (s.who) {
    case 'me':
      return 1;
    case 'class':
      return s.classSize;
    case 'school':
      return s.schoolSize;
    case 'country':
      return s.population;
  }
}

interface FieldRule {
  rule: NumberRule;
  /** Decimal places kept: the stored value is the typed value × 10^places. */
  places: number;
  /** Stored value → what the field shows. */
  show: (stored: number) => string;
  /** Amount − / + change the stored value by. */
  step: number;
  /** Smallest stored value − may reach. */
  min: number;
  /** Largest stored value + may reach. */
  max: number;
}

function findAction(config: ScenarioConfig, key: FieldKey): CalculatorAction | undefined {
  return key.startsWith('action:')
    ? config.actions.find((a) => `action:${a.id}` === key)
    : undefined;
}

/**
 * The rule a field's text must pass, or undefined for an unknown field. Grades 3–4 type whole
 * numbers of floors and hours.
 */
export function fieldRule(
  config: ScenarioConfig,
  key: FieldKey,
  band: CalculatorBand = DEFAULT_BAND,
): FieldRule | undefined {
  const action = findAction(config, key);
  if (action) {
    const hours = action.unit === '小时';
    return {
      rule: {
        label: action.label,
        unit: action.unit,
        max: action.maxPerDay,
        maxDecimals: 2,
        integer: band === '3-4',
        tooLarge: hours
          ? `一天只有 24 小时，${action.label}不能超过 ${action.maxPerDay} 小时。`
          : `${action.label}每天不能超过 ${action.maxPerDay} ${action.unit}。`,
      },
      places: 2,
      show: formatHundredths,
      step: Math.round(action.step * QUANTITY_SCALE),
      min: 0,
      max: Math.round(action.maxPerDay * QUANTITY_SCALE),
    };
  }
  const whole = (label: string, unit: string, max: number): FieldRule => ({
    rule: { label, unit, integer: true, min: 1, max },
    places: 0,
    show: String,
    step: 1,
    min: 1,
    max,
  });
  switch (key) {
    case 'customDays':
      return whole('天数', '天', MAX_CUSTOM_DAYS);
    case 'classSize':
      return whole('全班人数', '人', MAX_CLASS_SIZE);
    case 'schoolSize':
      return whole('全校人数', '人', MAX_SCHOOL_SIZE);
    case 'population':
      return {
        rule: {
          label: '全国人口',
          unit: '亿人',
          min: 0,
          minExclusive: true,
          max: MAX_POPULATION_YI,
          maxDecimals: 4,
          tooLarge: `全国人口不能超过 ${MAX_POPULATION_YI} 亿人，请检查是不是多写了一位。`,
        },
        places: POPULATION_PLACES,
        show: (people) => roundScaled(BigInt(people), BigInt(YI), 8).text.replace(/,/g, ''),
        step: 10_000_000, // 0.1亿
        min: 10_000_000,
        max: MAX_POPULATION_YI * YI,
      };
    default:
      return undefined;
  }
}

export type FieldResult = { ok: true; value: number; text: string } | { ok: false; error: string };

/** Check typed text against a field's rule; the value is in the field's stored scale. */
export function parseField(
  config: ScenarioConfig,
  key: FieldKey,
  input: string,
  band: CalculatorBand = DEFAULT_BAND,
): FieldResult {
  const f = fieldRule(config, key, band);
  if (!f) return { ok: false, error: '没有这一项。' };
  const r = parseNumber(input, f.rule);
  if (!r.ok) return r;
  const value = scaledInteger(normalizeNumberText(input), f.places);
  if (r.value === null || value === null) return { ok: false, error: `请填写${f.rule.label}。` };
  return { ok: true, value, text: f.show(value) };
}

/** The stored value of a field in a scenario. */
export function fieldValue(s: Scenario, key: FieldKey): number {
  if (key.startsWith('action:')) return s.perDay[key.slice('action:'.length)] ?? 0;
  return s[key as keyof typeof settingParams];
}

/** A copy of the scenario with one field's stored value replaced. */
export function withField(s: Scenario, key: FieldKey, value: number): Scenario {
  if (key.startsWith('action:')) {
    return { ...s, perDay: { ...s.perDay, [key.slice('action:'.length)]: value } };
  }
  return { ...s, [key]: value };
}

/** What a field shows for a scenario. */
export function fieldText(config: ScenarioConfig, s: Scenario, key: FieldKey): string {
  return fieldRule(config, key)?.show(fieldValue(s, key)) ?? '';
}

/** The stored value one step up (+1) or down (−1), kept within the field's range. */
export function steppedValue(config: ScenarioConfig, key: FieldKey, value: number, dir: 1 | -1) {
  const f = fieldRule(config, key);
  if (!f) return value;
  // From 1.5 hours, + goes to 2 and − to 1: steps land on whole multiples of the step.
  const next =
    dir > 0
      ? Math.floor(value / f.step) * f.step + f.step
      : Math.ceil(value / f.step) * f.step - f.step;
  return Math.min(f.max, Math.max(f.min, next));
}

/** Every field of a scenario, in the order the URL lists them. */
export function fieldKeys(config: ScenarioConfig): FieldKey[] {
  return [
    ...config.actions.map((a) => actionField(a.id)),
    'customDays',
    'classSize',
    'schoolSize',
    'population',
  ];
}

function paramName(key: FieldKey): string {
  return key.startsWith('action:')
    ? key.slice('action:'.length)
    : settingParams[key as keyof typeof settingParams];
}

/** The scenario as a URL query (without "?"), every value written out so it restores exactly. */
export function serializeScenario(config: ScenarioConfig, s: Scenario): string {
  const q = new URLSearchParams();
  for (const key of fieldKeys(config)) q.set(paramName(key), fieldText(config, s, key));
  q.set('period', s.period);
  q.set('who', s.who);
  q.set('band', s.band);
  return q.toString();
}

export interface ParsedScenario {
  scenario: Scenario;
  /** One Chinese sentence per value that was wrong and replaced by its default. */
  problems: string[];
}

const MAX_SHOWN = 16;
const shown = (raw: string) => (raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw);

/**
 * Read a scenario from a URL query ("?stairs=2&period=week…"). Missing keys take their
 * defaults; a wrong value takes its default and adds a problem; unknown keys are ignored.
 * Never throws.
 */
export function parseScenario(config: ScenarioConfig, search: string): ParsedScenario {
  const q = new URLSearchParams(search);
  const defaults = defaultScenario(config);
  let scenario = defaults;
  const problems: string[] = [];
  // First the band: it decides whether the quantities may have decimals.
  const band = q.get('band');
  if (band !== null) {
    if ((calculatorBands as readonly string[]).includes(band))
      scenario = { ...scenario, band: band as CalculatorBand };
    else problems.push(`链接里的年级“${shown(band)}”不认识，已改用五、六年级。`);
  }
  for (const key of fieldKeys(config)) {
    const raw = q.get(paramName(key));
    if (raw === null) continue;
    const r = parseField(config, key, raw, scenario.band);
    if (r.ok) scenario = withField(scenario, key, r.value);
    else {
      problems.push(
        `链接里的“${shown(raw)}”不能用：${r.error}已改用默认值 ${fieldText(config, defaults, key)}。`,
      );
    }
  }
  const period = q.get('period');
  if (period !== null) {
    if ((periods as readonly string[]).includes(period))
      scenario = { ...scenario, period: period as Period };
    else
      problems.push(
        `链接里的时间“${shown(period)}”不认识，已改用 ${periodLabels[defaults.period]}。`,
      );
  }
  const who = q.get('who');
  if (who !== null) {
    if ((groups as readonly string[]).includes(who)) scenario = { ...scenario, who: who as Group };
    else
      problems.push(
        `链接里的人数范围“${shown(who)}”不认识，已改用“${groupLabels[defaults.who]}”。`,
      );
  }
  return { scenario, problems };
}
