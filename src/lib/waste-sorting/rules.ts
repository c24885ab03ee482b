/** Which bin an item belongs in under the rules a teacher picked (national or a city's). */
import {
  gradeBandTop,
  gradeBands,
  wasteCategoryLabels,
  type GradeBand,
  type WasteCategory,
  type WastePicture,
} from '../../schemas/waste-sorting/vocab';

/** The rule set used when no city is chosen: GB/T 19095-2019. */
export const NATIONAL = 'national';
export const nationalName = '全国通用（国家标准）';

/** An item as the island gets it. */
export interface SortItem {
  id: string;
  name: string;
  category: WasteCategory;
  reason: string;
  picture: WastePicture;
  minGrade: number;
  /** Cities that sort it differently, by city id. */
  cities?: Record<string, { category: WasteCategory; reason: string }>;
}

/** A city's rule set as the island gets it. */
export interface SortCity {
  id: string;
  name: string;
  labels: Partial<Record<WasteCategory, string>>;
  note: string;
}

/** The item's category and reason under a rule set (a city without an override follows the nation). */
export function ruleFor(
  item: SortItem,
  cityId: string,
): { category: WasteCategory; reason: string } {
  const o = cityId === NATIONAL ? undefined : item.cities?.[cityId];
  return o ?? { category: item.category, reason: item.reason };
}

/** The category's name in a city ("湿垃圾" in 上海), the national name otherwise. */
export function categoryLabel(category: WasteCategory, city?: SortCity): string {
  return city?.labels[category] ?? wasteCategoryLabels[category];
}

/** A known city id from an address or storage value, or NATIONAL for anything else. */
export function parseCityId(value: unknown, cities: readonly SortCity[]): string {
  return typeof value === 'string' && cities.some((c) => c.id === value) ? value : NATIONAL;
}

/** A grade band from an address or storage value; `fallback` for anything else. */
export function parseGradeBand(value: unknown, fallback: GradeBand = '3-4'): GradeBand {
  return (gradeBands as readonly unknown[]).includes(value) ? (value as GradeBand) : fallback;
}

/** The items a band can sort (an item suits every grade from its minGrade up). */
export function itemsForBand(items: readonly SortItem[], band: GradeBand): SortItem[] {
  return items.filter((i) => i.minGrade <= gradeBandTop[band]);
}

/** A copy of `ids` in random order (Fisher–Yates); `random` is injectable for tests. */
export function shuffled<T>(ids: readonly T[], random: () => number = Math.random): T[] {
  const a = ids.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i] as T;
    a[i] = a[j] as T;
    a[j] = t;
  }
  return a;
}
