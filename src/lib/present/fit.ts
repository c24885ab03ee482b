/**
 * Fitting a slide to the screen: the view tries the font scales from the largest down and keeps
 * the first at which the slide fits. The smallest scale is the floor: 0.77 of the projector text
 * size (about 36.7 px at 1920×1080), i.e. never below 28 px there. Pure: the DOM check is passed in.
 */

/** Scales tried, largest first; the last one is the floor. */
export const fitScales = [1, 0.94, 0.88, 0.82, 0.77] as const;

/** The result of fitting: the chosen scale and whether the slide fits at it. */
export interface FitResult {
  scale: number;
  fits: boolean;
}

/** The largest scale at which `fits(scale)` holds; the floor, with fits: false, when none does. */
export function chooseFitScale(
  fits: (scale: number) => boolean,
  scales: readonly number[] = fitScales,
): FitResult {
  for (const scale of scales) if (fits(scale)) return { scale, fits: true };
  return { scale: scales[scales.length - 1] ?? 1, fits: false };
}
