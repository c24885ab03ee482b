/**
 * The browser's compression streams as share links use them (deflate-raw.ts, inflate-raw.ts).
 * No DOM.
 */

export type ByteStream = CompressionStream | DecompressionStream;
export type StreamFormat = 'deflate-raw' | 'deflate';

/** Thrown when inflated data passes the caller's limit. */
export class InflateLimitError extends RangeError {
  constructor() {
    super('inflated data over the limit');
  }
}

/** A native stream, or null when this browser lacks it or the format. */
export function nativeStream(
  kind: 'compress' | 'decompress',
  format: StreamFormat,
): ByteStream | null {
  try {
    if (kind === 'compress' && typeof CompressionStream === 'function') {
      return new CompressionStream(format);
    }
    if (kind === 'decompress' && typeof DecompressionStream === 'function') {
      return new DecompressionStream(format);
    }
  } catch {
    // Chromium 80–102: the constructor exists but throws for 'deflate-raw'.
  }
  return null;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Write `pieces` one after another and read everything the stream gives, up to `limit` bytes
 * (then InflateLimitError). Resolves with what was read and the error the stream ended with,
 * if any. A transform stream takes the next piece only once the output so far has been read,
 * so whatever the pieces before a failing one produced is in `out`.
 */
export async function drain(
  stream: ByteStream,
  pieces: Uint8Array[],
  limit: number,
): Promise<{ out: Uint8Array; error: unknown }> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reader below; these promises only need a handler.
  for (const piece of pieces) writer.write(piece as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { out: concat(chunks), error: null };
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw new InflateLimitError();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InflateLimitError) throw error;
    return { out: concat(chunks), error };
  }
}

/** Everything the stream gives for `pieces`; throws its error. */
export async function piped(stream: ByteStream, pieces: Uint8Array[], limit: number) {
  const { out, error } = await drain(stream, pieces, limit);
  if (error) throw error;
  return out;
}

/** zlib header for the default window, no preset dictionary (what CompressionStream writes). */
export const zlibHeader = new Uint8Array([0x78, 0x9c]);
