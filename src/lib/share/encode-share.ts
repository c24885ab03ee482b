/**
 * Making a share link's fragment (./fragment.ts), apart from the decoder so that a class view,
 * which only reads links, does not carry the compressor (and its fflate fallback) in its chunks.
 */
import type { GumExport } from '../../schemas/gum-export';
import { gumShareCodec } from '../share-fragment';
import { toBase64Url } from './base64url';
import { deflateRaw } from './deflate-raw';
import type { ShareCodec } from './fragment';

/** The fragment (without `#`) carrying an export file in the codec's format. */
export async function encodeFragment(codec: ShareCodec, file: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  return `${codec.prefix}${codec.version}.${toBase64Url(await deflateRaw(json))}`;
}

/** The fragment (without `#`) carrying a gum group's export file. */
export function encodeShareFragment(file: GumExport): Promise<string> {
  return encodeFragment(gumShareCodec, file);
}
