/**
 * The gum experiment's share links: a group's export file in the URL fragment of the class
 * view, `…/class/#eck-gum1.<data>`, in the format every class view shares (src/lib/share/).
 * No DOM.
 */
import { gumShareCodec } from './share-fragment';
import { decodeShareFragment as decodeWith, type DecodedShare } from './share/decode-share';

export { fromBase64Url, toBase64Url } from './share/base64url';
export { MAX_LINK_CHARS, MAX_QR_CHARS, shareLinkFit } from './share/fragment';
export { linkTooLargeMessage } from './share/decode-share';

/** Format and version of the link data; a later format would be `eck-gum2.`. */
export const SHARE_PREFIX = `${gumShareCodec.prefix}${gumShareCodec.version}.`;

/**
 * The export file's text carried by a gum fragment, or a Chinese message. The text still has to
 * pass `parseImportText` (the strict schema) before anything is imported.
 */
export function decodeShareFragment(fragment: string): Promise<DecodedShare> {
  return decodeWith(gumShareCodec, fragment);
}
