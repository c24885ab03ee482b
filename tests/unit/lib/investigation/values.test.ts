import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { def, uuid, zone } from '../../../support/litter-data';
import { tree, treeDef, yard } from '../../../support/tree-data';
import {
  choiceLabel,
  displayValue,
  inGrades,
  kindOf,
  labelWithUnit,
  numberOf,
  sumValues,
} from '../../../../src/lib/investigation/values';
import type { FieldDef } from '../../../../src/schemas/investigation/definition';

const survey = kindOf(def, 'survey');
const trees = kindOf(treeDef, 'tree');
const field = (id: string, kind = survey) => kind.fields.find((f) => f.id === id) as FieldDef;

describe('kindOf', () => {
  test('finds a kind by id, and throws naming an id the definition lacks', () => {
    expect(kindOf(def, 'zone').label).toBe('我们的区域');
    expect(() => kindOf(def, 'photo')).toThrow('no record kind photo');
  });
});

describe('sumValues', () => {
  test.each<[(number | string | null)[], number | null]>([
    [[], null],
    [[null, null], null],
    [[1, null, 2], 3],
    [['7', 1], 1],
    [[0.1, 0.2], 0.3],
    [[0], 0],
  ])('%j → %s', (values, sum) => expect(sumValues(values)).toBe(sum));

  test('property: the sum of whole numbers is exact, and order does not matter', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }))), (xs) => {
        const nums = xs.filter((x): x is number => x !== null);
        const s = sumValues(xs);
        expect(s).toBe(nums.length ? nums.reduce((a, b) => a + b, 0) : null);
        expect(sumValues([...xs].reverse())).toBe(s);
      }),
    );
  });
});

describe('numberOf', () => {
  const r = tree(1, { species: 'pine', visit: 'spring', birds: 2, nests: null, height: 4.5 });
  test.each<[string, number | null]>([
    ['birds', 2],
    ['height', 4.5],
    ['nests', null],
    // Derived: birds + nests, the empty optional one counting as nothing.
    ['all', 2],
    // A choice is not a number.
    ['species', null],
    ['nothing', null],
  ])('%s → %s', (id, n) => expect(numberOf(trees, r, id)).toBe(n));

  test('a derived value with every part empty is empty, not 0', () => {
    const empty = { ...r, values: { ...r.values, birds: null, nests: null } };
    expect(numberOf(trees, empty, 'all')).toBeNull();
  });
});

describe('choiceLabel and displayValue', () => {
  const z = zone(7, '操场东边');
  const records = { zone: [z] };
  test.each<[string, FieldDef, string | number | null, string]>([
    ['a vocabulary value', field('round'), 'second', '第二次'],
    ['an unknown vocabulary value, as it is', field('round'), 'third', 'third'],
    ['a chosen record, by its title', field('zone'), z.id, '操场东边'],
    ['a chosen record that was deleted', field('zone'), uuid(999), '（已删除）'],
    ['empty', field('zone'), null, ''],
    ['not a choice', field('other'), 12, '12'],
    [
      'a choice of neither a vocabulary nor a kind',
      { id: 'x', type: 'choice', label: '别的' } as FieldDef,
      'a',
      '（已删除）',
    ],
    [
      'a chosen record of a kind the definition lacks',
      { ...field('zone'), recordOf: 'photo' } as FieldDef,
      z.id,
      '（已删除）',
    ],
  ])('%s', (_, f, value, label) => {
    expect(choiceLabel(def, f, value, records)).toBe(label);
    expect(displayValue(def, f, value, records)).toBe(label);
  });

  test('a chosen record whose title is empty reads as empty, not “undefined”', () => {
    const y = { ...yard(3, '东院'), values: {} };
    expect(choiceLabel(treeDef, field('yard', trees), y.id, { yard: [y] })).toBe('');
  });

  test('displayValue writes numbers and dates as they are, empty as nothing', () => {
    expect(displayValue(def, field('date'), '2026-11-30', {})).toBe('2026-11-30');
    expect(displayValue(def, field('recyclable'), 0, {})).toBe('0');
    expect(displayValue(def, field('note'), null, {})).toBe('');
  });
});

describe('labelWithUnit', () => {
  test.each([
    [{ label: '可回收物', unit: '件' }, '可回收物（件）'],
    [{ label: '鸟窝' }, '鸟窝'],
    [{ label: '鸟窝', unit: undefined }, '鸟窝'],
  ])('%j → %s', (x, s) => expect(labelWithUnit(x)).toBe(s));
});

describe('inGrades', () => {
  test.each<[number[] | undefined, number, boolean]>([
    [undefined, 1, true],
    [undefined, 6, true],
    [[3, 5], 2, false],
    [[3, 5], 3, true],
    [[3, 5], 5, true],
    [[3, 5], 6, false],
    [[6, 6], 6, true],
  ])('%j, grade %i: %s', (grades, grade, within) => {
    expect(inGrades(grades, grade)).toBe(within);
  });
});
