/**
 * A summary's columns (a module of its own, without zod: the class view's chart code imports it,
 * and importing it from ./definition.ts would bring the whole schema into the page).
 */
/** A summary's columns after its row labels, in order: its sums, ratios and count. */
export function summaryColumns(s: {
  sum: readonly string[];
  ratios?: readonly { id: string }[] | undefined;
  count?: { id: string } | undefined;
}): string[] {
  return [...s.sum, ...(s.ratios ?? []).map((r) => r.id), ...(s.count ? [s.count.id] : [])];
}
