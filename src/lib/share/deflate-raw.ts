/**
 * Raw DEFLATE (RFC 1951) compression for share links: the same format from every engine, so a
 * link made on one browser opens on any other (inflate-raw.ts). No DOM.
 *
 * - `raw`: CompressionStream('deflate-raw') (Chromium 103, Safari 16.4, Firefox 113).
 * - `zlib`: Chromium 80–102 has the streams but only 'deflate' (zlib, RFC 1950): the same raw
 *   DEFLATE between a 2-byte header and a 4-byte checksum, cut off here. Nothing to download
 *   on the school PCs' Chromium 86.
 * - `fflate`: no streams at all (Safari before 16.4, Firefox before 113): fflate, loaded only
 *   then.
 */
import { nativeStream, piped } from './streams';

/** Which implementation compresses. */
export type DeflateEngine = 'raw' | 'zlib' | 'fflate';

/** The engine this browser uses. */
export function deflateEngine(): DeflateEngine {
  if (nativeStream('compress', 'deflate-raw')) return 'raw';
  return nativeStream('compress', 'deflate') ? 'zlib' : 'fflate';
}

/** Compress bytes as raw DEFLATE. */
export async function deflateRaw(
  bytes: Uint8Array,
  engine: DeflateEngine = deflateEngine(),
): Promise<Uint8Array> {
  const raw = engine === 'raw' ? nativeStream('compress', 'deflate-raw') : null;
  if (raw) return piped(raw, [bytes], Infinity);
  const zlib = engine === 'fflate' ? null : nativeStream('compress', 'deflate');
  if (zlib) {
    const out = await piped(zlib, [bytes], Infinity);
    // A 2-byte header without a preset dictionary (FDICT), DEFLATE, 4 bytes of Adler-32.
    if (out.length < 6 || ((out[1] as number) & 0x20) !== 0) throw new Error('unexpected zlib');
    return out.subarray(2, out.length - 4);
  }
  const { deflateSync } = await import('fflate');
  return deflateSync(bytes);
}
