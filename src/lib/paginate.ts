/**
 * Splitting a list over printed pages whose first page holds fewer rows than the others
 * (it also carries the pledge). Pure, so page numbers ("第 1 页，共 2 页") are known before
 * printing and come out the same in every browser, without CSS counters in @page boxes.
 */

/**
 * Split `items` into pages: the first takes up to `firstCapacity`, every other page up to
 * `otherCapacity`. Always returns at least one page (an empty list still prints a sheet).
 */
export function paginate<T>(
  items: readonly T[],
  firstCapacity: number,
  otherCapacity: number,
): T[][] {
  const first = Math.max(0, Math.floor(firstCapacity));
  const other = Math.floor(otherCapacity);
  if (!(other >= 1)) throw new RangeError('otherCapacity must be at least 1');
  const pages: T[][] = [items.slice(0, first)];
  for (let i = first; i < items.length; i += other) pages.push(items.slice(i, i + other));
  return pages;
}

/**
 * Arrange one page's entries in `rows` rows of `columns` side-by-side groups, filled column
 * by column (1–24 down the left, 25–48 down the right); empty slots are null.
 */
export function toColumns<T>(entries: readonly T[], rows: number, columns: number): (T | null)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => entries[c * rows + r] ?? null),
  );
}

/** "第 1 页，共 2 页". */
export function pageLabel(page: number, total: number): string {
  return `第 ${page} 页，共 ${total} 页`;
}
