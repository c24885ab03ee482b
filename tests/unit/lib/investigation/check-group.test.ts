import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  checkGroupDetails,
  groupDetailsFields,
  splitNicknames,
} from '../../../../src/lib/investigation/check-group';
import {
  InvestigationGroupSchema,
  type GroupDetails,
} from '../../../../src/schemas/investigation/records';
import { hasUnsafeChars, isBlankText } from '../../../../src/lib/text/text-safety';

const both = { grade: true, nicknames: true } as const;
const meta = {
  id: '00000001-0000-4000-8000-000000000001',
  name: '第3组',
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
};
const check = (grade: string, nicknames: string) => checkGroupDetails(both, { grade, nicknames });

describe('splitNicknames', () => {
  test.each<[string, string, string[]]>([
    ['one a line', '小明\n小红\r\n阿强', ['小明', '小红', '阿强']],
    [
      '顿号, full-width and ASCII commas',
      '小明、小红，阿强,豆豆',
      ['小明', '小红', '阿强', '豆豆'],
    ],
    ['empty lines and entries left out', '\n\n小明\n  \n、、小红\n', ['小明', '小红']],
    [
      'spaces (the IME’s full-width one too) and semicolons separate, as on the old gum page',
      '  小明 小红\u3000豆豆；阿强;  ',
      ['小明', '小红', '豆豆', '阿强'],
    ],
    ['control and bidi characters dropped', 'a\u202Eb\u0007c', ['abc']],
    ['zero-width-only entries left out', '\u200B\u200D\n小明\n\uFEFF', ['小明']],
    ['emoji and <script> kept as plain text', '🐼熊猫\n<script>', ['🐼熊猫', '<script>']],
    ['nothing typed', '', []],
  ])('%s', (_, typed, names) => {
    expect(splitNicknames(typed)).toEqual(names);
  });
});

describe('checkGroupDetails', () => {
  test.each<[string, string, string, object]>([
    ['nothing chosen or written', '', '', {}],
    ['a grade', '4', '', { grade: 4 }],
    ['nicknames', '', '小明、小红', { nicknames: ['小明', '小红'] }],
    [
      '8 names of 10 characters',
      '6',
      Array(8).fill('一二三四五六七八九十').join('\n'),
      {
        grade: 6,
        nicknames: Array(8).fill('一二三四五六七八九十'),
      },
    ],
    [
      'empty lines between names',
      '1',
      '\n小明\n\n\n小红\n',
      { grade: 1, nicknames: ['小明', '小红'] },
    ],
  ])('accepted: %s', (_, grade, nicknames, value) => {
    expect(check(grade, nicknames)).toEqual({ ok: true, value });
  });

  test.each<[string, string, string, Record<string, string>]>([
    ['grade 0', '0', '', { grade: '年级：请选 1 到 6 年级。' }],
    ['grade 7', '7', '', { grade: '年级：请选 1 到 6 年级。' }],
    ['a full-width digit', '３', '', { grade: '年级：请选 1 到 6 年级。' }],
    ['grade 3.5', '3.5', '', { grade: '年级：请选 1 到 6 年级。' }],
    ['<script>', '<script>', '', { grade: '年级：请选 1 到 6 年级。' }],
    [
      '9 names',
      '',
      '1、2、3、4、5、6、7、8、9',
      { nicknames: '组员昵称：最多 8 个，现在有 9 个。' },
    ],
    [
      'an 11-character name',
      '',
      '小明\n小红\n一二三四五六七八九十一',
      { nicknames: '组员昵称：第 3 个昵称超过 10 个字。' },
    ],
    // Six emoji are 12 UTF-16 units: the stored schema would refuse them.
    ['6 emoji', '', '🐼🐼🐼🐼🐼🐼', { nicknames: '组员昵称：第 1 个昵称超过 10 个字。' }],
    [
      'both wrong',
      '9',
      '一二三四五六七八九十一',
      { grade: '年级：请选 1 到 6 年级。', nicknames: '组员昵称：第 1 个昵称超过 10 个字。' },
    ],
  ])('refused: %s', (_, grade, nicknames, errors) => {
    expect(check(grade, nicknames)).toEqual({ ok: false, errors });
  });

  test('only the details asked for are read; the group’s others are kept', () => {
    const group: GroupDetails = { grade: 5, nicknames: ['小明'] };
    expect(
      checkGroupDetails({ grade: true }, { grade: '2', nicknames: '不读这里' }, group),
    ).toEqual({ ok: true, value: { grade: 2, nicknames: ['小明'] } });
    expect(checkGroupDetails({ nicknames: true }, { grade: '9', nicknames: '' }, group)).toEqual({
      ok: true,
      value: { grade: 5 },
    });
  });

  test('nothing asked and no group: no details, whatever is typed', () => {
    expect(checkGroupDetails({}, { grade: '9', nicknames: '小明' })).toEqual({
      ok: true,
      value: { grade: undefined, nicknames: undefined },
    });
    expect(checkGroupDetails({}, { grade: '', nicknames: '' }, {})).toEqual({
      ok: true,
      value: { grade: undefined, nicknames: undefined },
    });
  });

  test('a stored group’s fields give back the same details', () => {
    const group: GroupDetails = { grade: 3, nicknames: ['小明', '🐼'] };
    expect(groupDetailsFields(group)).toEqual({ grade: '3', nicknames: '小明\n🐼' });
    expect(checkGroupDetails(both, groupDetailsFields(group))).toEqual({ ok: true, value: group });
    expect(groupDetailsFields(null)).toEqual({ grade: '', nicknames: '' });
  });
});

/** Text with the characters that cause trouble: controls, bidi, zero-width, separators, emoji. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u001B',
      '\u007F',
      '\u0085',
      '\u202E',
      '\u2066',
      '\u200E',
      '\u200B',
      '\u200D',
      '\uFEFF',
      '\n',
      '\r',
      '、',
      '，',
      ',',
      ' ',
      '\u3000',
      '🐼',
      '<',
      '>',
      '３',
    ),
    fc.constantFrom('小', '明', 'a', '1'),
    fc.string({ maxLength: 1, unit: 'binary' }),
  ),
  maxLength: 120,
});

describe('properties', () => {
  test('whatever is typed, accepted details are what the stored schema accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '1', '6', '0', '7', '３', ' 2 '), hostile, (grade, typed) => {
        const r = check(grade, typed);
        if (!r.ok) return;
        expect(InvestigationGroupSchema.safeParse({ ...meta, ...r.value }).success).toBe(true);
        for (const n of r.value.nicknames ?? []) {
          expect(hasUnsafeChars(n)).toBe(false);
          expect(isBlankText(n)).toBe(false);
          expect(n).toBe(n.trim());
        }
      }),
    );
  });

  test('a refusal names the field and the reason, in Chinese', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), hostile, (grade, typed) => {
        const r = check(grade, typed);
        if (r.ok) return;
        for (const m of Object.values(r.errors)) expect(m).toMatch(/^(年级|组员昵称)：.+。$/u);
      }),
    );
  });

  test('stored details survive being shown in the form and saved again', () => {
    const nickname = hostile
      .map((s) => splitNicknames(s)[0] ?? '小明')
      .filter((n) => n.length <= 10 && !n.includes('\n'));
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        fc.array(nickname, { maxLength: 8 }),
        (grade, nicknames) => {
          const group: GroupDetails = {
            grade: grade as GroupDetails['grade'],
            nicknames: nicknames.length ? nicknames : undefined,
          };
          expect(checkGroupDetails(both, groupDetailsFields(group))).toEqual({
            ok: true,
            value: group,
          });
        },
      ),
    );
  });
});
