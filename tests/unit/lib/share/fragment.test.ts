import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MAX_FRAGMENT_CHARS,
  MAX_LINK_CHARS,
  fragmentFromPasted,
  hasPrefix,
  investigationShareCodec,
  isShareFragment,
} from '../../../../src/lib/share/fragment';
import { gumShareCodec } from '../../../../src/lib/share-fragment';

const litter = investigationShareCodec({ id: 'campus-litter', title: '校园垃圾大调查' });

describe('codecs', () => {
  test('an investigation’s prefix comes from its id; gum keeps eck-gum', () => {
    expect(litter).toEqual({ prefix: 'eck-campus-litter', version: 1, title: '校园垃圾大调查' });
    expect(gumShareCodec.prefix).toBe('eck-gum');
    expect(MAX_FRAGMENT_CHARS).toBe(2 * MAX_LINK_CHARS);
  });

  test.each([
    [litter, '#eck-campus-litter1.AbC', true],
    [litter, '#eck-campus-litter1', true],
    [litter, 'eck-campus-litter', true],
    [litter, '#eck-campus-litter-2020.x', false],
    [litter, '#eck-gum1.AbC', false],
    [litter, '', false],
    [gumShareCodec, '#eck-gum1.AbC', true],
    [gumShareCodec, '#eck-gum', true],
    // An investigation whose id starts like gum's prefix is not a gum link.
    [gumShareCodec, '#eck-gum-residue1.AbC', false],
    [gumShareCodec, '#eck-campus-litter1.AbC', false],
  ])('isShareFragment(%o, %j) is %s', (codec, f, yes) => {
    expect(isShareFragment(codec, f)).toBe(yes);
  });

  test('a prefix followed only by digits, a dot or nothing counts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (rest) => {
        const yes = /^(?:\d|\.|$)/.test(rest);
        expect(hasPrefix(litter, `eck-campus-litter${rest}`)).toBe(yes);
      }),
    );
  });
});

describe('fragmentFromPasted', () => {
  test.each([
    ['https://x/lessons/campus-litter/class/#eck-campus-litter1.AbC-_', 'eck-campus-litter1.AbC-_'],
    ['  eck-campus-litter1.Ab\n Cd ', 'eck-campus-litter1.AbCd'],
    // The server's own path must not be taken for the link.
    [
      'http://school.lan/eck-kit/lessons/campus-litter/class/#eck-campus-litter1.QQ',
      'eck-campus-litter1.QQ',
    ],
    ['http://deck-server.lan/class/#eck-gum1.QQ', 'eck-gum1.QQ'],
    ['请打开：#eck-campus-litter1 谢谢', 'eck-campus-litter1'],
    ['eck-', null],
    ['没有链接', null],
    ['', null],
  ])('%j → %j', (text, f) => expect(fragmentFromPasted(text)).toBe(f));

  test('never throws and finds only the kit’s fragments', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const f = fragmentFromPasted(s);
        if (f !== null) expect(f).toMatch(/^eck-[a-z][a-z0-9-]*(?:\.[A-Za-z0-9_-]*)?$/);
      }),
    );
  });
});
