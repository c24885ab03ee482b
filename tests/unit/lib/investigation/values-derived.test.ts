import { describe, expect, test } from 'vitest';
import { derivedValue } from '../../../../src/lib/investigation/values';
import type { DerivedDef } from '../../../../src/schemas/investigation/definition';

const base = { id: 'x', label: '值' };
const values = { a: 8, b: 6, c: null, z: 0, d: 2, t: 'text' };

describe('derivedValue', () => {
  test.each<[string, Omit<DerivedDef, 'id' | 'label'>, number | null]>([
    ['a sum', { sum: ['a', 'b'] }, 14],
    ['a sum skipping an empty field', { sum: ['a', 'c'] }, 8],
    ['a sum of empty fields', { sum: ['c'] }, null],
    ['a product', { product: ['a', 'b'] }, 48],
    ['a product with an empty field', { product: ['a', 'c'] }, null],
    ['a product rounded', { product: ['a', 'b'], round: 0 }, 48],
    ['a ratio', { ratio: { of: 'b', per: 'a' } }, 0.75],
    ['a ratio scaled', { ratio: { of: 'b', per: 'a', scale: 100 } }, 75],
    ['a ratio per 0', { ratio: { of: 'a', per: 'z' } }, null],
    ['a ratio of an empty field', { ratio: { of: 'c', per: 'a' } }, null],
    ['a ratio of text (never, but safe)', { ratio: { of: 't', per: 'a' } }, null],
    ['a ratio rounded', { ratio: { of: 'a', per: 'b' }, round: 2 }, 1.33],
    ['a circle', { circleArea: 'd' }, Math.PI],
    ['a circle rounded', { circleArea: 'd', round: 2 }, 3.14],
    ['a circle of nothing', { circleArea: 'c' }, null],
  ])('%s', (_, op, expected) => {
    expect(derivedValue({ ...base, ...op }, values)).toBe(expected);
  });
});
