import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  hasUnsafeChars,
  isBlankText,
  stripUnsafeChars,
} from '../../../../src/lib/text/text-safety';
import { checkField } from '../../../../src/lib/investigation/check-form';
import { splitNicknames } from '../../../../src/lib/investigation/check-group';
import type { FieldDef } from '../../../../src/schemas/investigation/definition';
import { parseImportText } from '../../../../src/lib/gum-import';
import { makeGroupExport } from '../../../support/gum-data';

const unsafe = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u061C',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2069',
];
const invisible = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u3164',
  '\u00AD',
  ' ',
  '\u3000',
];

describe('hasUnsafeChars / stripUnsafeChars', () => {
  it.each(unsafe.map((c) => [(c.codePointAt(0) ?? 0).toString(16), c]))(
    'U+%s is unsafe',
    (_, c) => {
      expect(hasUnsafeChars(`第${c}3组`)).toBe(true);
      expect(stripUnsafeChars(`第${c}3组`)).toBe('第3组');
    },
  );
  it.each([
    ['Chinese', '第3组 绿叶队'],
    ['emoji with a zero-width joiner', '👨‍👩‍👧 我们'],
    ['several lines with a tab', '第一行\n第二行\t完'],
    ['markup stays plain text', '<script>alert(1)</script>'],
    ['full-width digits', '１２块'],
  ])('%s is kept as it is', (_, text) => {
    expect(hasUnsafeChars(text)).toBe(false);
    expect(stripUnsafeChars(text)).toBe(text);
  });
  it('property: stripping leaves no unsafe character and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = stripUnsafeChars(s);
        expect(hasUnsafeChars(out)).toBe(false);
        expect(stripUnsafeChars(out)).toBe(out);
      }),
    );
  });
  it('hasUnsafeChars gives the same answer when called repeatedly (no regex state)', () => {
    expect([1, 2, 3].map(() => hasUnsafeChars('a\u202Eb'))).toEqual([true, true, true]);
  });
});

describe('isBlankText', () => {
  it.each(invisible.map((c) => [(c.codePointAt(0) ?? 0).toString(16), c]))(
    'a name of only U+%s is blank',
    (_, c) => {
      expect(isBlankText(c.repeat(3))).toBe(true);
    },
  );
  it.each(['', '   ', '\u202E\u200B'])('%j is blank', (s) => expect(isBlankText(s)).toBe(true));
  it.each(['a', '组', '😀', '\u200B组\u200B'])('%j is not blank', (s) =>
    expect(isBlankText(s)).toBe(false),
  );
});

/** A required text field of 20 characters, as the engine's forms check the group's name. */
const nameField: FieldDef = { id: 'name', type: 'text', label: '小组名称', maxLength: 20 };
const checkName = (typed: string) =>
  checkField(nameField, typed, { today: '2026-03-02', choices: () => [] });

describe('forms drop pasted control characters; names of invisible characters are refused', () => {
  it.each([
    ['\u202E组3第', { ok: true, value: '组3第' }],
    ['\u200B\u200B', { ok: false, error: '小组名称只有空格或看不见的字符。' }],
    ['\u0000', { ok: false, error: '请填写小组名称。' }],
  ])('%j', (input, out) => {
    expect(checkName(input)).toEqual(out);
  });
  it('property: what the form accepts has no unsafe character and something visible', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const r = checkName(s);
        if (r.ok) {
          expect(typeof r.value).toBe('string');
          expect(hasUnsafeChars(String(r.value))).toBe(false);
          expect(isBlankText(String(r.value))).toBe(false);
        }
      }),
    );
  });
  it('nicknames of invisible characters are left out', () => {
    expect(splitNicknames('小明，\u200B，\u202E小红')).toEqual(['小明', '小红']);
  });
});

describe('imported text: the import refuses what the forms would drop', () => {
  const good = makeGroupExport(1);
  const errorsOf = (file: unknown) => {
    const r = parseImportText(JSON.stringify(file));
    return r.ok ? [] : r.errors;
  };
  it.each([
    [
      'a bidi override in the group name',
      { ...good, group: { ...good.group, name: '\u202E组3第' } },
      '第 1 个小组的小组信息的小组名称含有看不见的控制字符',
    ],
    [
      'a control character in a note',
      { ...good, surveys: [{ ...good.surveys[0], note: 'a\u0007b' }] },
      '第 1 个小组的残胶清点第 1 条的备注含有看不见的控制字符',
    ],
    [
      'a name of only zero-width characters',
      { ...good, group: { ...good.group, name: '\u200B\u200C' } },
      '或昵称只有空格或看不见的字符',
    ],
    [
      'a nickname of only fillers',
      { ...good, group: { ...good.group, nicknames: ['\u3164'] } },
      '或昵称只有空格或看不见的字符',
    ],
  ])('%s', (_, file, message) => {
    expect(errorsOf(file).join('')).toContain(message);
  });
  it('property: any safe, visible name of 20 units imports', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const name = stripUnsafeChars(s).trim().slice(0, 20);
        if (!isBlankText(name) && !/[\uD800-\uDFFF]$/.test(name))
          expect(errorsOf({ ...good, group: { ...good.group, name } })).toEqual([]);
      }),
    );
  });
  it('property: a name with an unsafe character never imports', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.constantFrom(...unsafe), (s, c) => {
        const name = `组${s}${c}`.slice(0, 20);
        expect(errorsOf({ ...good, group: { ...good.group, name } }).length).toBeGreaterThan(0);
      }),
    );
  });
});
