/** Round to `digits` decimals, avoiding 1.005 → 1.00 style surprises for ordinary values. */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON) * f) / f;
}
