/** A name made safe to stand in a file name (a group's name in its export file's name). Pure. */

/** What Windows and Android refuse in file names: their reserved marks, spaces, controls. */
// eslint-disable-next-line no-control-regex -- control characters are refused in file names
const UNSAFE_IN_NAME = /[\\/:*?"<>|\s\u0000-\u001f\u007f]+/g;

/**
 * The visible characters of `text` (grapheme clusters, so 👨‍👩‍👧 or 🇨🇳 count as one). Chromium
 * before 87 has no Intl.Segmenter: there a character is a code point, which still never splits
 * a surrogate pair.
 */
function characters(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  return Array.from(
    // eslint-disable-next-line compat/compat -- guarded above: Chromium 86 takes code points
    new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  );
}

/**
 * `text` with each run of unsafe characters made one `_`, cut to `max` characters (never through
 * an emoji), or `fallback` when nothing is left.
 */
export function fileNamePart(text: string, max: number, fallback: string): string {
  return characters(text.replace(UNSAFE_IN_NAME, '_')).slice(0, max).join('') || fallback;
}
