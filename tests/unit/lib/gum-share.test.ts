import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import {
  MAX_LINK_CHARS,
  MAX_QR_CHARS,
  SHARE_PREFIX,
  decodeShareFragment,
  fromBase64Url,
  shareLinkFit,
  toBase64Url,
} from '../../../src/lib/gum-share';
import { fragmentFromPasted, isShareFragment } from '../../../src/lib/share-fragment';
import { encodeShareFragment } from '../../../src/lib/share/encode-share';
import { parseImportText } from '../../../src/lib/gum-import';
import { classGroupFromExport } from '../../../src/lib/gum-merge';
import { makeGroupExport, must } from '../../support/gum-data';
import { oldBrowsers } from '../../support/old-browsers';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const out = new Response(
    new Blob([bytes as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw')),
  );
  return new Uint8Array(await out.arrayBuffer());
}

describe('share links', () => {
  test('encode → decode round trip gives the same export file', async () => {
    const file = makeGroupExport(3, { surveys: 5, measurements: 4, observations: 3 });
    file.surveys[0] = { ...must(file.surveys[0]), note: '三楼 <script>alert(1)</script> 😀' };
    const fragment = await encodeShareFragment(file);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^eck-gum1\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    const decoded = await decodeShareFragment(`#${fragment}`);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(parseImportText(decoded.text)).toEqual({
      ok: true,
      kind: 'group',
      groups: [classGroupFromExport(file)],
    });
  });

  test('a typical group (10 surveys, 8 measurements, 6 checks) fits a QR code', async () => {
    const file = makeGroupExport(3, { surveys: 10, measurements: 8, observations: 6 });
    const url = `https://school.example/lessons/gum-residue/class/#${await encodeShareFragment(file)}`;
    expect(url.length).toBeLessThan(MAX_QR_CHARS);
    expect(shareLinkFit(url)).toBe('qr');
  });

  test.each([
    [MAX_QR_CHARS, 'qr'],
    [MAX_QR_CHARS + 1, 'link'],
    [MAX_LINK_CHARS, 'link'],
    [MAX_LINK_CHARS + 1, 'tooLong'],
  ] as const)('a link of %i characters: %s', (n, fit) => {
    expect(shareLinkFit('h'.repeat(n))).toBe(fit);
  });

  test('base64url round trip for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  test('decoding any text never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (s) => {
        const r = await decodeShareFragment(`eck-gum1.${s}`);
        if (r.ok) expect(typeof r.text).toBe('string');
      }),
      { numRuns: 100 },
    );
  });
});

describe('links made on one browser open on another', () => {
  afterEach(() => vi.unstubAllGlobals());
  const file = makeGroupExport(2, { surveys: 4, measurements: 2, observations: 2 });
  const expected = { ok: true, kind: 'group', groups: [classGroupFromExport(file)] };
  const open = async (fragment: string) => {
    const r = await decodeShareFragment(fragment);
    return r.ok ? parseImportText(r.text) : r;
  };
  const current = () => vi.unstubAllGlobals();

  test.each([
    ['a current browser', current, 'Chromium 86', oldBrowsers.chromium86],
    ['Chromium 86', oldBrowsers.chromium86, 'a current browser', current],
    ['Safari 15 (fflate)', oldBrowsers.safari15, 'a current browser', current],
    ['Safari 15 (fflate)', oldBrowsers.safari15, 'Chromium 86', oldBrowsers.chromium86],
  ])('made on %s, opened on %s', async (_, maker, __, opener) => {
    maker();
    const fragment = await encodeShareFragment(file);
    vi.unstubAllGlobals();
    opener();
    expect(await open(fragment)).toEqual(expected);
  });

  test('a browser with no DecompressionStream says to use another browser or the file', async () => {
    const fragment = await encodeShareFragment(file);
    oldBrowsers.safari15();
    expect(await decodeShareFragment(fragment)).toEqual({
      ok: false,
      error: expect.stringMatching(/^这个浏览器太旧，打不开分享链接。.*导出文件/),
    });
  });
});

describe('bad links are refused with a Chinese message', () => {
  test.each([
    ['not ours', '#section-2', '这个链接不是口香糖实验的分享链接。'],
    [
      'a newer version',
      '#eck-gum2.AAAA',
      '这个链接来自更新版本的工具箱（版本 2），这里只能读取版本 1。请把工具箱更新后再打开。',
    ],
    ['an older version that never existed', '#eck-gum0.AAAA', '这个链接的版本不对。'],
    [
      'not base64url',
      '#eck-gum1.abc$def',
      '链接里的数据有错字或不完整，请让小组重新发送链接或导出文件。',
    ],
    ['empty data', '#eck-gum1.', '链接里的数据有错字或不完整，请让小组重新发送链接或导出文件。'],
    [
      'cut off before the data',
      '#eck-gum1',
      '这个分享链接不完整：“#eck-gum”后面缺少数据，可能复制时少了一段。请让小组重新发送链接或导出文件。',
    ],
    [
      'not deflate data',
      '#eck-gum1.AAAAAAAA',
      '链接里的数据不完整（可能复制时少了一段），请让小组重新发送链接或导出文件。',
    ],
  ])('%s', async (_, fragment, error) => {
    expect(await decodeShareFragment(fragment)).toEqual({ ok: false, error });
  });

  test('a truncated link', async () => {
    const fragment = await encodeShareFragment(makeGroupExport(1, { surveys: 10 }));
    const r = await decodeShareFragment(fragment.slice(0, fragment.length - 40));
    expect(r.ok).toBe(false);
  });

  test('a link that inflates beyond 5 MB (a zip bomb) is stopped', async () => {
    const bomb = await deflate(new Uint8Array(6 * 1024 * 1024).fill(32));
    const r = await decodeShareFragment(`eck-gum1.${toBase64Url(bomb)}`);
    expect(r).toEqual({
      ok: false,
      error: '链接里的数据解压后超过 5 MB，不是小组的分享链接，没有导入。',
    });
  });

  test.each([
    ['#eck-gum1', true],
    ['#eck-gum', true],
    ['eck-gum1.abc', true],
    ['#section-2', false],
    ['', false],
  ])('isShareFragment(%j) is %s: a cut-off link still gets a message', (f, yes) => {
    expect(isShareFragment(f)).toBe(yes);
  });

  test.each([
    ['http://school.lan/eco-kit/lessons/gum-residue/class/#eck-gum1.AbC-_', 'eck-gum1.AbC-_'],
    ['  eck-gum1.Ab\n  Cd\n', 'eck-gum1.AbCd'],
    ['请打开：https://x/class/#eck-gum1.QQ 谢谢', 'eck-gum1.QQ'],
    ['没有链接', null],
    ['', null],
  ])('fragmentFromPasted(%j)', (text, fragment) => {
    expect(fragmentFromPasted(text)).toBe(fragment);
  });

  test('a valid link that carries something that is not a group file fails the schema', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ format: 'eck-gum-group', schemaVersion: 1, extra: 1 }),
    );
    const r = await decodeShareFragment(`eck-gum1.${toBase64Url(await deflate(bytes))}`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(parseImportText(r.text).ok).toBe(false);
  });
});
