import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { fileNamePart } from '../../../../src/lib/text/file-name';

const family = '👨‍👩‍👧';
const flag = '🇨🇳';
const thumb = '👍🏽';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fileNamePart', () => {
  test.each([
    ['第3组', 5, '第3组'],
    ['第 3 组', 5, '第_3_组'],
    ['a/b\\c:d*e?f"g<h>i|j', 30, 'a_b_c_d_e_f_g_h_i_j'],
    ['a\u0000\u001f\u007fb', 5, 'a_b'],
    ['', 5, '小组'],
    ['一二三四五六', 5, '一二三四五'],
    [`一二三🍂🍂`, 4, '一二三🍂'],
    [`一二三${family}${family}`, 4, `一二三${family}`],
    [`一二三${flag}${flag}`, 4, `一二三${flag}`],
    [`一二三${thumb}${thumb}`, 4, `一二三${thumb}`],
  ])('“%s”, %i characters → “%s”', (text, max, out) => {
    expect(fileNamePart(text, max, '小组')).toBe(out);
  });

  test('without Intl.Segmenter (Chromium 86): cut by code points, never half an emoji', () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    const name = fileNamePart(`一二三🍂🍂`, 4, '小组');
    expect(name).toBe('一二三🍂');
    expect(name.isWellFormed()).toBe(true);
    // An emoji sequence can lose its tail there, but no surrogate is cut.
    expect(fileNamePart(`一二三${family}`, 4, '小组').isWellFormed()).toBe(true);
  });

  test('property: well-formed, at most max characters, nothing Windows or Android refuse', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 1, max: 25 }),
        (text, max) => {
          const name = fileNamePart(text, max, '小组');
          expect(name.isWellFormed()).toBe(true);
          // eslint-disable-next-line no-control-regex -- control characters are what is refused
          expect(name).not.toMatch(/[\\/:*?"<>|\s\u0000-\u001f\u007f]/);
          expect([...segmenter.segment(name)].length).toBeLessThanOrEqual(Math.max(max, 2));
        },
      ),
    );
  });
});
