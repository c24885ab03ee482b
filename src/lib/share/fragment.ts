/**
 * Share links of every class view: a group's export file, compressed (deflate-raw) and
 * base64url-encoded, in the fragment of the class view's address,
 * `…/class/#<prefix><version>.<data>`, which browsers never send to a server. Each kind of data
 * has its own prefix: `eck-gum` for the gum experiment, `eck-<id>` for an investigation.
 * Recognising a fragment lives here, apart from the decoder (./decode-share.ts) and the encoder
 * (./encode-share.ts): a class view needs this on load, the rest only when a link comes. Pure.
 */

/** Which links a page makes and reads. */
export interface ShareCodec {
  /** Start of the fragment before the version digits, e.g. `eck-gum`. */
  prefix: string;
  /** Version written after the prefix; a later format would be one more. */
  version: number;
  /** What the link carries, for messages, e.g. 口香糖实验. */
  title: string;
}

/** The links of an investigation: `eck-<id>1.<data>` (the id is a lowercase slug). */
export function investigationShareCodec(def: { id: string; title: string }): ShareCodec {
  return { prefix: `eck-${def.id}`, version: 1, title: def.title };
}

/** Longest link offered for chat apps (some cut or refuse longer messages). */
export const MAX_LINK_CHARS = 8000;
/** Longest link shown as a QR code: version 40 at error level L holds 2,953 bytes. */
export const MAX_QR_CHARS = 2900;
/**
 * Longest fragment read at all: twice the longest link a record page makes. Anything longer was
 * not made by a tablet and is refused before it is decoded.
 */
export const MAX_FRAGMENT_CHARS = 2 * MAX_LINK_CHARS;

/** How a link can be shared: as link and QR code, as link only, or not at all (use the file). */
export function shareLinkFit(url: string): 'qr' | 'link' | 'tooLong' {
  if (url.length > MAX_LINK_CHARS) return 'tooLong';
  return url.length > MAX_QR_CHARS ? 'link' : 'qr';
}

/** What follows a prefix in one of its fragments: version digits, the data, or nothing (cut off). */
const afterPrefix = /^(?:\d|\.|$)/;

/** Whether `fragment` (without `#`) starts with the codec's prefix, not a longer name. */
export function hasPrefix(codec: ShareCodec, fragment: string): boolean {
  return fragment.startsWith(codec.prefix) && afterPrefix.test(fragment.slice(codec.prefix.length));
}

/**
 * Whether a URL fragment (with or without `#`) is meant as one of this codec's links, complete
 * or not: a cut-off `#eck-gum1` must get a message, not silence.
 */
export function isShareFragment(codec: ShareCodec, fragment: string): boolean {
  return hasPrefix(codec, fragment.replace(/^#/, ''));
}

/** Any of the kit's share fragments, complete or cut off, not inside a longer word. */
const anyFragment = /(^|[^A-Za-z0-9_-])(eck-[a-z][a-z0-9-]*(?:\.[A-Za-z0-9_-]*)?)/g;

/**
 * The fragment of a share link pasted as text (a whole address, or only its `eck-….` part);
 * chat apps wrap long links, so white space inside is dropped. The part after `#` wins over one
 * elsewhere in the text (a server named `…/eck-kit/`). Null when there is none.
 */
export function fragmentFromPasted(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  const found = [...compact.matchAll(anyFragment)];
  const hashed = found.find((m) => m[1] === '#');
  return (hashed ?? found[0])?.[2] ?? null;
}
