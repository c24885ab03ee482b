/**
 * Making a share link's fragment, apart from gum-share.ts so that the class view, which only
 * reads links, does not carry the compressor (and its fflate fallback) in its chunks.
 */
import type { GumExport } from '../../schemas/gum-export';
import { SHARE_PREFIX, toBase64Url } from '../gum-share';
import { deflateRaw } from './deflate-raw';

/** The fragment (without `#`) carrying a group's export file. */
export async function encodeShareFragment(file: GumExport): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  return SHARE_PREFIX + toBase64Url(await deflateRaw(json));
}
