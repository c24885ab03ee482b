/**
 * Recognising a share link's fragment without loading the code that decodes it
 * (`src/lib/gum-share.ts`): the class view needs these on load, the decoder only when a link
 * comes. Pure.
 */

/**
 * Whether a URL fragment (with or without `#`) is meant as one of our share links, complete or
 * not: a cut-off `#eck-gum1` must get a message, not silence.
 */
export function isShareFragment(fragment: string): boolean {
  return /^#?eck-gum/.test(fragment);
}

/**
 * The fragment of a share link pasted as text (a whole address, or only its `eck-gum1.…` part);
 * chat apps wrap long links, so white space inside is dropped. Null when there is none.
 */
export function fragmentFromPasted(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  const m = /eck-gum\d*(?:\.[A-Za-z0-9_-]*)?/.exec(compact);
  return m ? m[0] : null;
}
