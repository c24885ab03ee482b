/**
 * Choosing a font size so that a text fits a box on paper, without measuring in a browser.
 * Widths are over-estimated on purpose (every character counts as one em, a wide one as
 * 1.25 em), so a text judged to fit really fits in Chrome, Edge and Firefox alike.
 */

/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72;
/** Line height as a multiple of the font size; the print CSS uses 1.35, this keeps slack. */
export const LINE_FACTOR = 1.4;

/** Font sizes (pt) the printed sheets use; each has a class `eck-fs-<size>` in print CSS. */
export const fontSizes = [22, 18, 15, 13, 12, 11, 10, 9, 8, 7, 6] as const;
export type FontSize = (typeof fontSizes)[number];

/** Width of a text in em: one per character, more for emoji and other wide symbols. */
export function widthInEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /\p{Extended_Pictographic}/u.test(ch) ? 1.25 : 1;
  return em;
}

/** Lines a text needs at a font size in a column of the given width (at least one). */
export function linesNeeded(text: string, sizePt: number, widthMm: number): number {
  const perLine = Math.max(1, Math.floor(widthMm / (sizePt * MM_PER_PT)));
  return Math.max(1, Math.ceil(widthInEm(text) / perLine));
}

/** Height in mm of `lines` lines at a font size. */
export function linesHeightMm(lines: number, sizePt: number): number {
  return lines * sizePt * MM_PER_PT * LINE_FACTOR;
}

/** The result of fitting a text into a box. */
export interface Fit {
  /** Chosen font size (pt). */
  size: FontSize;
  /** Lines the text takes at that size. */
  lines: number;
  /** Height in mm the text takes. */
  heightMm: number;
  /** False when even the smallest allowed size does not fit (the box then clips). */
  fits: boolean;
}

/**
 * The largest size from `sizes` (largest first) at which the text fits in a box of
 * widthMm × heightMm within `maxLines` lines. Falls back to the smallest size, with fits: false.
 */
export function fitText(
  text: string,
  box: { widthMm: number; heightMm: number; maxLines?: number },
  sizes: readonly FontSize[],
): Fit {
  const maxLines = box.maxLines ?? Infinity;
  let last: Fit | undefined;
  for (const size of sizes) {
    const lines = linesNeeded(text, size, box.widthMm);
    const heightMm = linesHeightMm(lines, size);
    last = { size, lines, heightMm, fits: lines <= maxLines && heightMm <= box.heightMm };
    if (last.fits) return last;
  }
  if (!last) throw new Error('fitText needs at least one size');
  return last;
}
