/**
 * Where the present view is: slide numbers in the URL hash (#3 is the third slide, counted
 * from 1 as teachers count). Slides fit the screen (src/lib/present/fit.ts), so a key always
 * changes slide.
 */

/** 0-based slide index from a location hash; anything unreadable is the first slide. */
export function parseSlideHash(hash: string, count: number): number {
  const m = /^#?(\d{1,4})$/.exec(hash.trim());
  if (!m || count < 1) return 0;
  return clampSlide(Number(m[1]) - 1, count);
}

/** The hash for a 0-based slide index. */
export function slideHash(index: number): string {
  return `#${index + 1}`;
}

/** Keep an index inside 0 … count-1. */
export function clampSlide(index: number, count: number): number {
  if (!Number.isFinite(index) || count < 1) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}
