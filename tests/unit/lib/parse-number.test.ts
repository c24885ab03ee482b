import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  normalizeNumberText,
  parseNumber,
  scaledInteger,
  type NumberRule,
} from '../../../src/lib/parse-number';

describe('normalizeNumberText', () => {
  test.each([
    ['１２', '12'],
    ['３。５', '3.5'],
    ['3，5', '3.5'],
    ['3,5', '3.5'],
    ['1,000', '1000'],
    ['12,345,678', '12345678'],
    ['1，000', '1000'],
    ['0,125', '0.125'],
    [' 12 ', '12'],
    ['\u3000１ ２\u3000', '12'],
    ['－５', '-5'],
    ['＋５', '+5'],
    ['３．１４', '3.14'],
    ['abc', 'abc'],
    ['', ''],
  ])('%j → %j', (input, out) => expect(normalizeNumberText(input)).toBe(out));
});

const count: NumberRule = { label: '残胶数量', unit: '块', integer: true, max: 100_000 };
const area: NumberRule = { label: '面积', unit: '平方米', minExclusive: true, max: 100_000 };
const optional: NumberRule = { label: '大小', unit: '厘米', required: false, max: 50 };

describe('parseNumber accepts everyday input', () => {
  test.each([
    ['12', count, 12],
    ['１２', count, 12],
    [' 86 ', count, 86],
    ['0', count, 0],
    ['3.5', area, 3.5],
    ['３。５', area, 3.5],
    ['3，5', area, 3.5],
    ['100000', area, 100_000],
    ['2.50', area, 2.5],
    ['', optional, null],
    ['  ', optional, null],
    ['-0', optional, 0],
  ])('%j → %j', (input, rule, value) => {
    expect(parseNumber(input, rule)).toEqual({
      ok: true,
      value,
      text: value === null ? '' : String(value),
    });
  });
});

describe('parseNumber rejects with a Chinese message naming the field', () => {
  test.each([
    ['', count, '请填写残胶数量。'],
    ['-3', count, '残胶数量不能是负数。'],
    ['－3', count, '残胶数量不能是负数。'],
    ['2.5', count, '残胶数量要填整数，不能有小数。'],
    ['十二', count, '残胶数量要填整数，例如 12。'],
    ['12块', count, '残胶数量要填整数，例如 12。'],
    ['1e5', count, '残胶数量要填整数，例如 12。'],
    ['<script>', count, '残胶数量要填整数，例如 12。'],
    ['😀', area, '面积要填数字，例如 12 或 3.5。'],
    ['0', area, '面积要大于 0 平方米。'],
    ['100001', area, '面积不能超过 100,000 平方米。'],
    ['9'.repeat(400), area, '面积太大了。'],
    ['51', optional, '大小不能超过 50 厘米。'],
    ['1.2.3', area, '面积要填数字，例如 12 或 3.5。'],
  ])('%j', (input, rule, error) => {
    expect(parseNumber(input, rule)).toEqual({ ok: false, error });
  });
});

const toFullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace('.', '。');

describe('properties', () => {
  test('full-width digits and 。 parse to the same value as their ASCII form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const ascii = `${i}.${f}`;
        const rule: NumberRule = { label: 'x', max: 1e6 };
        expect(parseNumber(toFullWidth(ascii), rule)).toEqual(parseNumber(ascii, rule));
      }),
    );
  });

  test('surrounding spaces never change the result', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(' ', '\u3000', '\t'), (s, sp) => {
        expect(parseNumber(`${sp}${s}${sp}`, area)).toEqual(parseNumber(s, area));
      }),
    );
  });

  test('an accepted value is within the rule and its text parses back to itself', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseNumber(s, area);
        if (r.ok && r.value !== null) {
          expect(r.value).toBeGreaterThan(0);
          expect(r.value).toBeLessThanOrEqual(100_000);
          expect(parseNumber(r.text, area)).toEqual(r);
        }
      }),
    );
  });

  test('any integer count within range round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        expect(parseNumber(String(n), count)).toEqual({ ok: true, value: n, text: String(n) });
      }),
    );
  });
});

describe('maxDecimals and tooLarge', () => {
  const hours: NumberRule = {
    label: '空调',
    unit: '小时',
    max: 24,
    maxDecimals: 2,
    tooLarge: '一天只有 24 小时。',
  };
  test.each([
    ['1.25', { ok: true, value: 1.25, text: '1.25' }],
    ['1.250', { ok: true, value: 1.25, text: '1.25' }],
    ['1.255', { ok: false, error: '空调最多保留 2 位小数。' }],
    ['25', { ok: false, error: '一天只有 24 小时。' }],
    ['2.5', { ok: true, value: 2.5, text: '2.5' }],
  ])('%j', (input, result) => expect(parseNumber(input, hours)).toEqual(result));
  test('maxDecimals 0 asks for a whole number', () => {
    expect(parseNumber('1.5', { label: '人数', maxDecimals: 0 })).toEqual({
      ok: false,
      error: '人数要填整数，不能有小数。',
    });
  });
});

describe('scaledInteger', () => {
  test.each([
    ['0.218', 3, 218],
    ['0.621', 3, 621],
    ['14.1', 8, 1_410_000_000],
    ['14.0967', 8, 1_409_670_000],
    ['1.5', 2, 150],
    ['1.50', 2, 150],
    ['.5', 2, 50],
    ['3.', 2, 300],
    ['0', 2, 0],
    ['-0', 2, 0],
    ['-1.5', 2, -150],
    ['+2', 0, 2],
    ['0.0005', 3, null],
    ['1.255', 2, null],
    ['', 2, null],
    ['.', 2, null],
    ['abc', 2, null],
    ['1e5', 2, null],
    ['9'.repeat(20), 0, null],
  ])('(%j, %s) → %s', (text, places, out) => expect(scaledInteger(text, places)).toBe(out));

  test('agrees with exact decimal arithmetic for any digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, thousandths) => {
          const text = `${whole}.${String(thousandths).padStart(3, '0')}`;
          expect(scaledInteger(text, 3)).toBe(whole * 1000 + thousandths);
        },
      ),
    );
  });
});
