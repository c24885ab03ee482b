/** Which bin a dragged card was let go over, from the bins' rectangles (no DOM). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The key of the rectangle containing (x, y), or null. */
export function binAt<K>(rects: readonly (readonly [K, Rect])[], x: number, y: number): K | null {
  for (const [key, r] of rects) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return key;
  }
  return null;
}
