/**
 * The 垃圾分类 data file, validated when the site builds (a bad row stops the build naming the
 * field). Server-side only; the island gets the compact props made by `sortingProps`.
 */
import json from '../../../content/data/waste-sorting.json';
import {
  WasteSortingDataSchema,
  type WasteSortingData,
} from '../../schemas/waste-sorting/waste-items';
import { parseDataFile } from '../carbon-data';
import type { SortCity, SortItem } from './rules';

export const wasteSortingData: WasteSortingData = parseDataFile(
  WasteSortingDataSchema,
  json,
  'content/data/waste-sorting.json',
);

/** What the sorting island needs of the data: no sources, no notes. */
export function sortingProps(data: WasteSortingData): { items: SortItem[]; cities: SortCity[] } {
  return {
    items: data.items.map(({ id, name, category, reason, picture, minGrade, cities }) => ({
      id,
      name,
      category,
      reason,
      picture,
      minGrade,
      ...(Object.keys(cities).length
        ? {
            cities: Object.fromEntries(
              Object.entries(cities).map(([c, o]) => [
                c,
                { category: o.category, reason: o.reason },
              ]),
            ),
          }
        : {}),
    })),
    cities: data.cities.map(({ id, name, labels, note }) => ({ id, name, labels, note })),
  };
}
