import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { splitNames } from '../../../src/lib/split-names';

describe('splitNames splits on every separator a teacher pastes', () => {
  test.each([
    ['newlines', '张三\n李四\n王五', ['张三', '李四', '王五']],
    [
      'Windows newlines and empty lines',
      '张三\r\n\r\n李四\r\n\n  \n王五\n',
      ['张三', '李四', '王五'],
    ],
    ['顿号', '张三、李四、王五', ['张三', '李四', '王五']],
    ['full-width comma', '张三，李四，王五', ['张三', '李四', '王五']],
    ['ASCII comma and semicolons', '张三,李四;王五；赵六', ['张三', '李四', '王五', '赵六']],
    [
      'spaces, full-width spaces, tabs',
      '张三 李四\u3000王五\t赵六',
      ['张三', '李四', '王五', '赵六'],
    ],
    ['mixed runs', ' 、张三 ，\t、李四,,\n\n王五 ', ['张三', '李四', '王五']],
    ['spreadsheet numbering column', '1\t张三\n2\t李四\n3\t王五', ['张三', '李四', '王五']],
    ['numbered lines', '1. 张三\n2、李四\n(3)王五\n４）赵六', ['张三', '李四', '王五', '赵六']],
    ['zero-width characters', '\uFEFF张\u200B三\n李四', ['张三', '李四']],
    ['lone punctuation', '张三\n-\n。\n李四', ['张三', '李四']],
    [
      'HTML stays as text',
      '<b>张三</b>\n<script>alert(1)</script>',
      ['<b>张三</b>', '<script>alert(1)</script>'],
    ],
    ['empty', '', []],
    ['only separators', ' \n\t、，, ', []],
    ['emoji', '小明😀\n李四', ['小明😀', '李四']],
    ['minority names with middle dot', '阿依古丽·买买提\n李四', ['阿依古丽·买买提', '李四']],
  ])('%s', (_case, text, names) => {
    expect(splitNames(text).names).toEqual(names);
  });
});

describe('splitNames flags duplicates but keeps them', () => {
  test.each([
    ['张三\n李四\n张三', ['张三', '李四', '张三'], ['张三']],
    ['张三 张三 张三 李四 李四', ['张三', '张三', '张三', '李四', '李四'], ['张三', '李四']],
    ['张三\n李四', ['张三', '李四'], []],
  ])('%j', (text, names, duplicates) => {
    expect(splitNames(text)).toEqual({ names, duplicates });
  });
});

const separator = fc.constantFrom('\n', '\r\n', '、', '，', ',', ' ', '\t', '\u3000', '；', '\n\n');
const nameChar = fc.constantFrom(...'张王李赵刘陈杨黄周吴子涵浩然一诺欣怡梓轩雨桐小明'.split(''));
const name = fc.array(nameChar, { minLength: 1, maxLength: 5 }).map((c) => c.join(''));

describe('splitNames properties', () => {
  test('joining names with any separators and splitting gives the names back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, separator)), fc.string({ maxLength: 3 }), (pairs, _) => {
        const text = pairs.map(([n, s]) => `${s}${n}${s}`).join('');
        expect(splitNames(text).names).toEqual(pairs.map(([n]) => n));
      }),
    );
  });

  test('for any text: no name is empty or holds a separator; duplicates are exactly the repeated names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { names, duplicates } = splitNames(text);
        for (const n of names) {
          expect(n).not.toBe('');
          expect(n).not.toMatch(/[\s,，、;；]/u);
        }
        const repeated = [...new Set(names)].filter(
          (n) => names.indexOf(n) !== names.lastIndexOf(n),
        );
        expect(duplicates).toEqual(repeated);
      }),
    );
  });
});
