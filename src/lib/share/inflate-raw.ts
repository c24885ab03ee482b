/**
 * Raw DEFLATE (RFC 1951) decompression for share links, with a size limit. No DOM.
 *
 * - `raw`: DecompressionStream('deflate-raw') (Chromium 103, Safari 16.4, Firefox 113).
 * - `zlib`: Chromium 80–102 only has 'deflate' (zlib, RFC 1950), which ends with an Adler-32
 *   of the data being sought: inflate once with a placeholder (the stream gives all the data,
 *   then fails on it), then again with the data's own checksum, which only complete, intact
 *   DEFLATE passes.
 * - Browsers with no DecompressionStream (Safari before 16.4) are not served: a decompressor
 *   would count into the class view's page budget for browsers a teacher's PC does not run;
 *   the class view asks for the file instead.
 */
import { InflateLimitError, drain, nativeStream, piped, zlibHeader } from './streams';

export { InflateLimitError };

/** Thrown where this browser cannot decompress at all. */
export class InflateUnsupportedError extends Error {
  constructor() {
    super('no DecompressionStream');
  }
}

/** Which implementation decompresses; null when this browser has none. */
export type InflateEngine = 'raw' | 'zlib';

/** The engine this browser uses, or null. */
export function inflateEngine(): InflateEngine | null {
  if (nativeStream('decompress', 'deflate-raw')) return 'raw';
  return nativeStream('decompress', 'deflate') ? 'zlib' : null;
}

/** Adler-32 (RFC 1950), the checksum at the end of zlib data. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before b overflows 2^32 (zlib's NMAX).
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(start + 5552, bytes.length);
    for (let i = start; i < end; i += 1) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const bigEndian = (n: number) =>
  new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

/**
 * Decompress raw DEFLATE. Throws InflateLimitError as soon as the output passes `limit` bytes
 * (a zip bomb is stopped, not inflated), InflateUnsupportedError where the browser has no
 * DecompressionStream, any other error for data that is not complete DEFLATE.
 */
export async function inflateRaw(
  bytes: Uint8Array,
  limit: number,
  engine: InflateEngine | null = inflateEngine(),
): Promise<Uint8Array> {
  const raw = engine === 'raw' ? nativeStream('decompress', 'deflate-raw') : null;
  if (raw) return piped(raw, [bytes], limit);
  const open = () => (engine ? nativeStream('decompress', 'deflate') : null);
  const first = open();
  if (!first) throw new InflateUnsupportedError();
  if (bytes.length === 0) throw new Error('no data');
  const { out } = await drain(first, [zlibHeader, bytes, bigEndian(0)], limit);
  const second = open();
  if (!second) throw new InflateUnsupportedError();
  return piped(second, [zlibHeader, bytes, bigEndian(adler32(out))], limit);
}
