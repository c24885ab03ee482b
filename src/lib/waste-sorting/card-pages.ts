/** Plan the printed sorting cards: four bin labels first, then the items, a fixed number per A4 page. */
import { paginate } from '../paginate';

/** 3 columns × 6 rows of 62 × 39 mm cards fit the sheet body under its heading. */
export const cardsPerPage = 18;

export type PrintCard = { kind: 'bin'; id: string } | { kind: 'item'; id: string };

/** The cards in print order, split into pages. */
export function planCardPages(
  binIds: readonly string[],
  itemIds: readonly string[],
): PrintCard[][] {
  const cards: PrintCard[] = [
    ...binIds.map((id) => ({ kind: 'bin' as const, id })),
    ...itemIds.map((id) => ({ kind: 'item' as const, id })),
  ];
  return paginate(cards, cardsPerPage, cardsPerPage);
}
