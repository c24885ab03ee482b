/**
 * Parsing numbers typed by pupils and teachers on Chinese keyboards and input methods:
 * full-width digits (１２), 。 or ， as the decimal mark, spaces anywhere.
 * Pure: no DOM. Islands call it on blur / compositionend, never mid-composition.
 */

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/**
 * Turn what was typed into plain ASCII number text: full-width digits and signs to ASCII,
 * 。／．／， to a decimal point (a comma followed by groups of three digits is a thousands
 * separator), all white space removed. Returns the text unchanged where it is not numeric.
 */
export function normalizeNumberText(input: string): string {
  let s = input
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/[\s\u3000\u00A0\u2007\u202F]+/g, '')
    .replace(/[－−–—]/g, '-')
    .replace(/＋/g, '+')
    .replace(/[。．｡]/g, '.')
    .replace(/，/g, ',');
  // 1,000 or 12,345,678: grouping. Otherwise a single comma is a decimal mark (3,5 → 3.5).
  if (/^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  return s;
}

/** What a field accepts. */
export interface NumberRule {
  /** Name of the field in the message, e.g. "面积". */
  label: string;
  /** Unit in messages, e.g. "平方米". */
  unit?: string;
  /** Smallest accepted value (inclusive unless minExclusive). Defaults to 0. */
  min?: number;
  /** Reject the minimum itself (e.g. an area must be more than 0). */
  minExclusive?: boolean;
  /** Largest accepted value (inclusive). */
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Empty input is an error (otherwise it parses to `null`). Defaults to true. */
  required?: boolean;
  /** Most digits accepted after the decimal mark (trailing zeros do not count). */
  maxDecimals?: number;
  /** Message instead of the default one when the value is above `max`. */
  tooLarge?: string;
}

export type ParseResult =
  { ok: true; value: number | null; text: string } | { ok: false; error: string };

const decimalPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Format a limit for a message: 100000 → "100,000". */
function limit(n: number): string {
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 6 });
}

/**
 * Parse a typed number against a rule. Errors are short Chinese sentences for the
 * message beside the field. `text` is the normalised form to show back in the field.
 */
export function parseNumber(input: string, rule: NumberRule): ParseResult {
  const { label, unit = '', min = 0, max, integer = false, required = true } = rule;
  const u = unit ? ` ${unit}` : '';
  const text = normalizeNumberText(input);
  if (text === '') {
    return required ? { ok: false, error: `请填写${label}。` } : { ok: true, value: null, text };
  }
  if (!decimalPattern.test(text)) {
    return {
      ok: false,
      error: integer ? `${label}要填整数，例如 12。` : `${label}要填数字，例如 12 或 3.5。`,
    };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: `${label}太大了。` };
  if (value < 0 && min >= 0) return { ok: false, error: `${label}不能是负数。` };
  if (integer && !Number.isInteger(value))
    return { ok: false, error: `${label}要填整数，不能有小数。` };
  if (rule.minExclusive ? value <= min : value < min) {
    return {
      ok: false,
      error: rule.minExclusive
        ? `${label}要大于 ${limit(min)}${u}。`
        : `${label}不能小于 ${limit(min)}${u}。`,
    };
  }
  if (max !== undefined && value > max) {
    return { ok: false, error: rule.tooLarge ?? `${label}不能超过 ${limit(max)}${u}。` };
  }
  if (rule.maxDecimals !== undefined && scaledInteger(text, rule.maxDecimals) === null) {
    return {
      ok: false,
      error:
        rule.maxDecimals === 0
          ? `${label}要填整数，不能有小数。`
          : `${label}最多保留 ${rule.maxDecimals} 位小数。`,
    };
  }
  // -0 and "+3" come back as plain numbers; 3.50 stays 3.5.
  const clean = Object.is(value, -0) ? 0 : value;
  return { ok: true, value: clean, text: String(clean) };
}

/**
 * Exact decimal text (as {@link normalizeNumberText} returns it, e.g. "0.218") times 10^places as
 * an integer, computed on the digits so no binary rounding creeps in: ("0.218", 3) → 218,
 * ("14.1", 8) → 1410000000. Null when the text is not a plain decimal, has more than `places`
 * significant decimals, or the result is not a safe integer.
 */
export function scaledInteger(text: string, places: number): number | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[2] === '' && !m[3])) return null;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > places) return null;
  const n = Number(`${m[2]}${fraction.padEnd(places, '0')}`);
  if (!Number.isSafeInteger(n)) return null;
  return m[1] === '-' && n !== 0 ? -n : n;
}
