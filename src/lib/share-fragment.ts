/**
 * The gum experiment's share links (`#eck-gum1.<data>`), recognised without loading the code
 * that decodes them (src/lib/gum-share.ts): the class view needs these on load. Pure.
 */
import { isShareFragment as isFragmentOf, type ShareCodec } from './share/fragment';

export { fragmentFromPasted } from './share/fragment';

/** The gum experiment's links: `eck-gum1.<data>`. */
export const gumShareCodec: ShareCodec = { prefix: 'eck-gum', version: 1, title: '口香糖实验' };

/**
 * Whether a URL fragment (with or without `#`) is meant as a gum share link, complete or not: a
 * cut-off `#eck-gum1` must get a message, not silence.
 */
export function isShareFragment(fragment: string): boolean {
  return isFragmentOf(gumShareCodec, fragment);
}
