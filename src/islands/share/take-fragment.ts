import { isShareFragment, type ShareCodec } from '../../lib/share/fragment';

/** The codec, or one of several (an investigation's and its older code's links). */
type Codecs = ShareCodec | readonly ShareCodec[];

/**
 * The codec's share link in the address, taken out of the address bar so that a reload or a
 * bookmark does not carry it; null when there is none.
 */
export function takeFragment(codec: Codecs): string | null {
  const hash = window.location.hash;
  if (![codec].flat().some((c) => isShareFragment(c, hash))) return null;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  return hash;
}

/**
 * Read the share link the page was opened with, and any opened later in the same tab. Returns
 * the function that stops listening.
 */
export function followShareLinks(codec: Codecs, read: (fragment: string) => void): () => void {
  const take = () => {
    const f = takeFragment(codec);
    if (f) read(f);
  };
  take();
  window.addEventListener('hashchange', take);
  return () => window.removeEventListener('hashchange', take);
}
