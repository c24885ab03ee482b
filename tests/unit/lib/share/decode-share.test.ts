import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MAX_FRAGMENT_CHARS,
  investigationShareCodec,
  type ShareCodec,
} from '../../../../src/lib/share/fragment';
import { decodeShareFragment, linkTooLargeMessage } from '../../../../src/lib/share/decode-share';
import { encodeFragment } from '../../../../src/lib/share/encode-share';
import { toBase64Url } from '../../../../src/lib/share/base64url';
import { deflateRaw } from '../../../../src/lib/share/deflate-raw';
import { gumShareCodec } from '../../../../src/lib/share-fragment';
import { parseInvestigationFile } from '../../../../src/lib/investigation/import-file';
import { buildInvestigationExport } from '../../../../src/lib/investigation/export-file';
import { def, litterGroup, survey, uuid } from '../../../support/litter-data';

const codec = investigationShareCodec(def);
const now = Date.parse('2026-11-30T10:00:00Z');
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const fileOf = (g: typeof g3) => buildInvestigationExport(def, g.group, g.records, g.exportedAt);

/** Decode a fragment and check it as the class view does. */
async function open(c: ShareCodec, fragment: string) {
  const d = await decodeShareFragment(c, fragment);
  return d.ok ? parseInvestigationFile(def, d.text, now) : d;
}

describe('investigation share links', () => {
  test('encode → decode → strict import gives the group back', async () => {
    const f = await encodeFragment(codec, fileOf(g3));
    expect(f).toMatch(/^eck-campus-litter1\.[A-Za-z0-9_-]+$/);
    expect(await open(codec, `#${f}`)).toEqual({ ok: true, kind: 'group', groups: [g3] });
  });

  test('any group round-trips (names, notes with emoji, <script>, counts)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom('<script>alert(1)</script>', '三楼😀', '=1+2', null),
        async (counts, note) => {
          const g = litterGroup(4, '第4组', '操场', [1, 2, 3, 4], [0, 0, 0, 0]);
          const [a, b, c, d] = counts as [number, number, number, number];
          const s = survey(401, must(g.records['zone']?.[0]).id, 'first', [a, b, c, d], { note });
          const mixed = { ...g, records: { ...g.records, survey: [s] } };
          const r = await open(codec, await encodeFragment(codec, fileOf(mixed)));
          expect(r).toEqual({ ok: true, kind: 'group', groups: [mixed] });
        },
      ),
      { numRuns: 25 },
    );
  });

  test('decoding any text never throws, and never passes without the prefix', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (s) => {
        const r = await decodeShareFragment(codec, s);
        if (r.ok) expect(s.replace(/^#/, '').startsWith('eck-campus-litter1.')).toBe(true);
        else expect(r.error).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile links are refused with a Chinese message before anything is imported', () => {
  test.each([
    ['an empty fragment', '', '这个链接不是校园垃圾大调查的分享链接。'],
    ['only #', '#', '这个链接不是校园垃圾大调查的分享链接。'],
    [
      'a gum link in the litter class view',
      '#eck-gum1.AAAA',
      '这个链接不是校园垃圾大调查的分享链接。它是另一课的分享链接，请在那一课的全班数据页读取。',
    ],
    [
      'a longer name that starts with the prefix',
      '#eck-campus-litter-x1.AAAA',
      '这个链接不是校园垃圾大调查的分享链接。它是另一课的分享链接，请在那一课的全班数据页读取。',
    ],
    ['not ours at all', '#section-2', '这个链接不是校园垃圾大调查的分享链接。'],
    [
      'cut off before the data',
      '#eck-campus-litter1',
      '这个分享链接不完整：“#eck-campus-litter”后面缺少数据，可能复制时少了一段。请让小组重新发送链接或导出文件。',
    ],
    [
      'a newer version',
      '#eck-campus-litter2.AAAA',
      '这个链接来自更新版本的工具箱（版本 2），这里只能读取版本 1。请把工具箱更新后再打开。',
    ],
    ['version 0', '#eck-campus-litter0.AAAA', '这个链接的版本不对。'],
    [
      'empty data',
      '#eck-campus-litter1.',
      '链接里的数据有错字或不完整，请让小组重新发送链接或导出文件。',
    ],
    [
      'not base64url',
      '#eck-campus-litter1.ab$c',
      '链接里的数据有错字或不完整，请让小组重新发送链接或导出文件。',
    ],
    [
      'not deflate',
      '#eck-campus-litter1.AAAAAAAA',
      '链接里的数据不完整（可能复制时少了一段），请让小组重新发送链接或导出文件。',
    ],
  ])('%s', async (_, fragment, error) => {
    expect(await decodeShareFragment(codec, fragment)).toEqual({ ok: false, error });
  });

  test('a litter link in the gum class view names the other lesson', async () => {
    const f = await encodeFragment(codec, fileOf(g3));
    expect(await decodeShareFragment(gumShareCodec, f)).toEqual({
      ok: false,
      error: '这个链接不是口香糖实验的分享链接。它是另一课的分享链接，请在那一课的全班数据页读取。',
    });
  });

  test('a fragment longer than any a tablet makes is refused unread', async () => {
    const long = `eck-campus-litter1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`;
    const r = await decodeShareFragment(codec, long);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^这个链接太长（16019 个字符/) });
    // Just under the cap it is read (and here fails as data, not as length).
    const under = await decodeShareFragment(codec, long.slice(0, MAX_FRAGMENT_CHARS));
    expect(under.ok || !/太长/.test(under.error)).toBe(true);
  });

  test('a zip bomb is stopped at the import limit', async () => {
    const bomb = await deflateRaw(new Uint8Array(6 * 1024 * 1024).fill(32));
    const r = await decodeShareFragment(codec, `eck-campus-litter1.${toBase64Url(bomb)}`);
    expect(r).toEqual({ ok: false, error: linkTooLargeMessage });
  });

  test('a link carrying future times is refused by the strict check', async () => {
    const future = '2099-01-01T00:00:00.000Z';
    const g = { ...g3, group: { ...g3.group, updatedAt: future } };
    const r = await open(codec, await encodeFragment(codec, fileOf(g)));
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/在将来/)] });
  });

  test('a link carrying future survey dates is refused', async () => {
    const s = survey(302, uuid(300), 'second', [1, 1, 1, 1], { date: '2099-12-31' });
    const g = { ...g3, records: { ...g3.records, survey: [s] } };
    const r = await open(codec, await encodeFragment(codec, fileOf(g)));
    expect(r.ok).toBe(false);
    if (!r.ok && 'errors' in r) expect(r.errors.join('')).toMatch(/调查日期是 2099-12-31，在将来/);
  });

  test('a link carrying another investigation’s file, or junk JSON, fails the strict check', async () => {
    const other = { ...fileOf(g3), investigation: 'something-else' };
    const r1 = await open(codec, await encodeFragment(codec, other));
    expect(r1.ok).toBe(false);
    const r2 = await open(codec, await encodeFragment(codec, { __proto__x: 1, format: 'x' }));
    expect(r2.ok).toBe(false);
  });
});

function must<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('missing');
  return v;
}
