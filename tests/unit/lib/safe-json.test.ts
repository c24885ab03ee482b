import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  TOO_DEEP,
  findForbiddenKey,
  forbiddenMessage,
  parseJson,
} from '../../../src/lib/safe-json';

describe('findForbiddenKey', () => {
  test.each([
    ['{"a":1}', null],
    ['{"__proto__":{"x":1}}', '__proto__'],
    ['{"a":[{"constructor":{}}]}', 'constructor'],
    ['{"a":{"b":{"prototype":1}}}', 'prototype'],
    ['[1,2,{"ok":true}]', null],
    ['"__proto__"', null],
    ['null', null],
  ])('%s → %s', (json, key) => expect(findForbiddenKey(JSON.parse(json))).toBe(key));

  test('absurd nesting is refused', () => {
    let v: unknown = 1;
    for (let i = 0; i < 50; i += 1) v = { a: v };
    expect(findForbiddenKey(v)).toBe(TOO_DEEP);
    expect(forbiddenMessage(TOO_DEEP)).toBe(
      '文件的层次太多（超过 20 层），不是工具箱导出的文件，没有导入。',
    );
  });

  test('property: JSON without those keys passes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        const text = JSON.stringify(v);
        if (!/"(__proto__|constructor|prototype)"\s*:/.test(text)) {
          expect(findForbiddenKey(JSON.parse(text))).toBe(null);
        }
      }),
    );
  });
});

describe('parseJson', () => {
  test.each([
    ['{"a":1}', { ok: true, value: { a: 1 } }],
    ['', { ok: false }],
    ['{"a":', { ok: false }],
    ['undefined', { ok: false }],
  ])('%j', (text, out) => expect(parseJson(text)).toEqual(out));
});
