import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  hasUnsafeChars,
  isBlankText,
  stripUnsafeChars,
} from '../../../../src/lib/text/text-safety';
import { checkText, splitNicknames } from '../../../../src/lib/gum-forms';
import { GroupSchema } from '../../../../src/schemas/gum-group';

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

describe('forms drop pasted control characters; names of invisible characters are refused', () => {
  it.each([
    ['\u202E组3第', { ok: true, value: '组3第' }],
    ['\u200B\u200B', { ok: false, error: '小组名称只有空格或看不见的字符，请写上看得见的字。' }],
    ['\u0000', { ok: false, error: '请填写小组名称。' }],
  ])('%j', (input, out) => {
    expect(checkText(input, { label: '小组名称', max: 20, required: true })).toEqual(out);
  });
  it('nicknames of invisible characters are left out', () => {
    expect(splitNicknames('小明，\u200B，\u202E小红')).toEqual(['小明', '小红']);
  });
});

describe('stored and imported text: the schema refuses what the forms would drop', () => {
  const group = {
    id: '7d0f4f32-4a1b-4c5e-9b7a-0e6d2c1f3a4b',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    nicknames: [],
  };
  it.each([
    ['a bidi override', '\u202E组3第', '含有看不见的控制字符'],
    ['only zero-width characters', '\u200B\u200C', '只有空格或看不见的字符'],
  ])('a group name with %s', (_, name, message) => {
    const r = GroupSchema.safeParse({ ...group, name });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain(message);
  });
  it('property: any name the form accepts, the schema accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const r = checkText(s, { label: '小组名称', max: 20, required: true });
        if (r.ok) expect(GroupSchema.safeParse({ ...group, name: r.value }).success).toBe(true);
      }),
    );
  });
});
