import { deflateRawSync, deflateSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  deflateEngine,
  deflateRaw,
  type DeflateEngine,
} from '../../../../src/lib/share/deflate-raw';
import {
  InflateLimitError,
  InflateUnsupportedError,
  adler32,
  inflateEngine,
  inflateRaw,
  type InflateEngine,
} from '../../../../src/lib/share/inflate-raw';
import { oldBrowsers } from '../../../support/old-browsers';

const compressors: DeflateEngine[] = ['raw', 'zlib', 'fflate'];
const decompressors: InflateEngine[] = ['raw', 'zlib'];
const text = (s: string) => new TextEncoder().encode(s);
const sample = text(JSON.stringify({ group: '第三组', notes: '１２ 。，😀 <script>'.repeat(40) }));

afterEach(() => vi.unstubAllGlobals());

describe.each(compressors.flatMap((from) => decompressors.map((to) => [from, to] as const)))(
  'compressed with %s, decompressed with %s',
  (from, to) => {
    test('gives the same bytes back', async () => {
      const packed = await deflateRaw(sample, from);
      expect(await inflateRaw(packed, 1e6, to)).toEqual(sample);
    });

    test('any bytes round-trip', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 3000 }), async (bytes) => {
          expect(await inflateRaw(await deflateRaw(bytes, from), 1e6, to)).toEqual(bytes);
        }),
        { numRuns: 30 },
      );
    });
  },
);

test.each(compressors)('%s writes DEFLATE that zlib itself reads', async (engine) => {
  expect(new Uint8Array(inflateRawSync(await deflateRaw(sample, engine)))).toEqual(sample);
});

describe.each(decompressors)('%s refuses bad data', (engine) => {
  const packed = new Uint8Array(deflateRawSync(sample));

  test.each([
    ['truncated', packed.subarray(0, packed.length - 10)],
    ['cut by one byte', packed.subarray(0, packed.length - 1)],
    ['empty', new Uint8Array()],
    ['not DEFLATE', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
  ])('%s', async (_, bytes) => {
    await expect(inflateRaw(bytes, 1e6, engine)).rejects.toThrow();
  });

  test('a zip bomb is refused at the limit', async () => {
    const bomb = new Uint8Array(deflateRawSync(new Uint8Array(6 * 1024 * 1024).fill(32)));
    expect(bomb.length).toBeLessThan(10_000);
    await expect(inflateRaw(bomb, 5 * 1024 * 1024, engine)).rejects.toBeInstanceOf(
      InflateLimitError,
    );
  });

  test('data exactly at the limit passes, one byte more does not', async () => {
    const bytes = new Uint8Array(70_000).fill(7);
    const packed = new Uint8Array(deflateRawSync(bytes));
    expect(await inflateRaw(packed, 70_000, engine)).toEqual(bytes);
    await expect(inflateRaw(packed, 69_999, engine)).rejects.toBeInstanceOf(InflateLimitError);
  });
});

test('Adler-32 matches zlib’s, over the 5552-byte blocks', () => {
  expect(adler32(text('Wikipedia'))).toBe(0x11e60398);
  expect(adler32(new Uint8Array())).toBe(1);
  const big = new Uint8Array(20_000).fill(255);
  // zlib's own checksum sits in the last 4 bytes of its output.
  const zlib = new Uint8Array(deflateSync(big));
  const view = new DataView(zlib.buffer, zlib.byteOffset);
  expect(adler32(big)).toBe(view.getUint32(zlib.length - 4));
});

describe('choosing the engine like a browser', () => {
  test('deflate-raw streams (Chromium 103+, Safari 16.4+, Node 22) are used', () => {
    expect([deflateEngine(), inflateEngine()]).toEqual(['raw', 'raw']);
  });

  test('Chromium 80–102 (the streams refuse deflate-raw): zlib, nothing to download', async () => {
    oldBrowsers.chromium86();
    expect([deflateEngine(), inflateEngine()]).toEqual(['zlib', 'zlib']);
    expect(await inflateRaw(await deflateRaw(sample), 1e6)).toEqual(sample);
  });

  test('Safari before 16.4 (no streams): fflate compresses, decompressing is refused', async () => {
    oldBrowsers.safari15();
    expect([deflateEngine(), inflateEngine()]).toEqual(['fflate', null]);
    const packed = await deflateRaw(sample);
    expect(new Uint8Array(inflateRawSync(packed))).toEqual(sample);
    await expect(inflateRaw(packed, 1e6)).rejects.toBeInstanceOf(InflateUnsupportedError);
  });
});
