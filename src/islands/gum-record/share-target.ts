import { gumShareCodec } from '../../lib/share-fragment';

/** The gum experiment's links: `#eck-gum1.…` on its class view. */
export const gumShareTarget = {
  codec: gumShareCodec,
  classPath: 'lessons/gum-residue/class/',
} as const;
