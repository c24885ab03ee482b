/**
 * Where the present view is: slide numbers in the URL hash (#3 is the third slide, counted
 * from 1 as teachers count), and whether a key scrolls a long slide or changes slide.
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

/** Scroll position of a slide, as the DOM reports it. */
export interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Pixels of slack so rounding never traps the view on a slide. */
const SLACK = 4;

/**
 * A clicker can only go forward and back, so a slide taller than the screen is paged
 * through before the next slide comes: "scroll" while there is more to see that way.
 */
export function stepKind(direction: 'next' | 'prev', box: ScrollBox): 'scroll' | 'slide' {
  if (direction === 'next') {
    return box.scrollTop + box.clientHeight < box.scrollHeight - SLACK ? 'scroll' : 'slide';
  }
  return box.scrollTop > SLACK ? 'scroll' : 'slide';
}

/** How far one clicker press scrolls: most of a screen, keeping a line of context. */
export function scrollStep(clientHeight: number): number {
  return Math.max(1, Math.round(clientHeight * 0.85));
}
