import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { cutText, salvageFields } from '../../../../src/lib/storage/salvage-fields';

const Schema = z.strictObject({
  name: z.string().check(z.maxLength(5)),
  count: z.int().check(z.minimum(0)),
  tags: z.array(z.string()),
});
const defaults = { name: '默认', count: 1, tags: ['a'] };
const salvage = (input: unknown) =>
  salvageFields(Schema, defaults, input, {
    name: cutText(5),
    tags: (raw) => (Array.isArray(raw) ? raw.filter((x) => typeof x === 'string') : null),
  });

describe('salvageFields', () => {
  test.each([
    ['valid', { name: '甲', count: 3, tags: [] }, { name: '甲', count: 3, tags: [] }, 0],
    ['not an object', 'hello', defaults, 1],
    ['null', null, defaults, 1],
    ['an array', [1], defaults, 1],
    [
      'one bad field',
      { name: '甲', count: -1, tags: ['x'] },
      { name: '甲', count: 1, tags: ['x'] },
      1,
    ],
    ['a missing field', { name: '甲', tags: [] }, { name: '甲', count: 1, tags: [] }, 1],
    [
      'a text too long is cut',
      { name: '一二三四五六', count: 0, tags: [] },
      { name: '一二三四五', count: 0, tags: [] },
      1,
    ],
    [
      'a repairable list',
      { name: '甲', count: 0, tags: ['x', 2, 'y'] },
      { name: '甲', count: 0, tags: ['x', 'y'] },
      1,
    ],
    [
      'a repair that cannot help',
      { name: 7, count: 0, tags: 'x' },
      { name: '默认', count: 0, tags: ['a'] },
      2,
    ],
    [
      'an unknown key',
      { name: '甲', count: 0, tags: [], more: 1 },
      { name: '甲', count: 0, tags: [] },
      1,
    ],
    [
      'a prototype key',
      JSON.parse('{"__proto__":{"x":1},"name":"甲","count":0,"tags":[]}'),
      { name: '甲', count: 0, tags: [] },
      1,
    ],
  ])('%s', (_n, input, value, dropped) => {
    const out = salvage(input);
    expect(out).toEqual({ value, dropped });
    expect(Schema.safeParse(out.value).success).toBe(true);
  });

  test('the defaults are never changed', () => {
    salvage({ tags: ['z'] }).value.tags.push('w');
    expect(defaults).toEqual({ name: '默认', count: 1, tags: ['a'] });
  });
});
