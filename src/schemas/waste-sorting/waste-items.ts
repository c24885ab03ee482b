import { z } from 'astro/zod';
import { wasteCategories, wastePictures } from './vocab';

const text = (field: string, max = 200) =>
  z
    .string({ error: `${field}必须是文字` })
    .trim()
    .min(1, { error: `${field}不能为空` })
    .max(max, { error: `${field}不超过 ${max} 字` });

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, { error: 'id 只能用小写英文字母、数字和连字符' });

/** Where a rule or an item's category comes from. */
export const WasteSourceSchema = z.strictObject({
  /** Stable id that items and cities cite, e.g. "gbt-19095-2019". */
  id,
  /** Title of the document, in Chinese where it is Chinese. */
  title: text('sources.title'),
  /** Who issued or published it. */
  publisher: text('sources.publisher'),
  /** Date published or in force, YYYY-MM-DD or YYYY-MM or YYYY. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'date 要写成 2019-12-01' }),
  /** Where it was read (a page quoting it when the original was not reachable). */
  url: z.url({ error: 'url 要是网址' }).optional(),
  /** What it says that the kit uses, and how reliable the copy read was. */
  note: text('sources.note', 400),
});
export type WasteSource = z.output<typeof WasteSourceSchema>;

/** A city's own rule set: its names for the categories and where the rules come from. */
export const WasteCitySchema = z.strictObject({
  /** Stable id, also the value of `?city=` in the activity's address, e.g. "shanghai". */
  id,
  /** What the chooser shows, e.g. "上海". */
  name: text('cities.name', 20),
  /** The rules' title, e.g. "《上海市生活垃圾管理条例》（2019 年 7 月 1 日起施行）". */
  rules: text('cities.rules', 80),
  /** Local names of categories that differ from the national ones, e.g. { kitchen: "湿垃圾" }. */
  labels: z.partialRecord(z.enum(wasteCategories), text('cities.labels', 8)).default({}),
  /** A line for the teacher about what is different here (names, bin colours). */
  note: text('cities.note', 200),
  /** Ids of sources (must be in `sources`). */
  sources: z.array(id).min(1),
});
export type WasteCity = z.output<typeof WasteCitySchema>;

/** How one city sorts an item differently from the national rule. */
export const WasteOverrideSchema = z.strictObject({
  /** The category in that city. */
  category: z.enum(wasteCategories),
  /** The reason pupils see there. */
  reason: text('override.reason', 90),
  /** Ids of sources for the difference. */
  sources: z.array(id).min(1),
});
export type WasteOverride = z.output<typeof WasteOverrideSchema>;

/** One thing pupils sort: a card in the activity and on the printed cards. */
export const WasteItemSchema = z.strictObject({
  /** Stable id, e.g. "big-bone". */
  id,
  /** Chinese name on the card, short enough for a card, e.g. "大骨头". */
  name: text('items.name', 12),
  /** Category under the national rules (GB/T 19095-2019 and the cities that follow it). */
  category: z.enum(wasteCategories),
  /** One line shown after a pupil sorts it: why it goes there, in pupils' words. */
  reason: text('items.reason', 90),
  /** The picture on the card. */
  picture: z.enum(wastePictures),
  /** Lowest school year the item suits (harder items from grade 3 or 5). */
  minGrade: z.number().int().min(1).max(6).default(1),
  /** True for the classic mistakes the lesson discusses (大骨头、用过的纸巾…). */
  commonMistake: z.boolean().default(false),
  /** Ids of sources for the category. */
  sources: z.array(id).min(1),
  /** Cities that sort it differently, keyed by city id (must be in `cities`). */
  cities: z.record(id, WasteOverrideSchema).default({}),
});
export type WasteItem = z.output<typeof WasteItemSchema>;

/** content/data/waste-sorting.json: sources, cities and items, cross-checked. */
export const WasteSortingDataSchema = z
  .strictObject({
    sources: z.array(WasteSourceSchema).min(1),
    cities: z.array(WasteCitySchema).min(1),
    items: z.array(WasteItemSchema).min(8),
  })
  .superRefine((data, ctx) => {
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const cityIds = new Set(data.cities.map((c) => c.id));
    const duplicates = (ids: string[]) => ids.filter((v, i) => ids.indexOf(v) !== i);
    for (const [key, ids] of [
      ['sources', data.sources.map((s) => s.id)],
      ['cities', data.cities.map((c) => c.id)],
      ['items', data.items.map((i) => i.id)],
    ] as const) {
      for (const d of duplicates(ids)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${key} 里的 id “${d}” 重复了` });
      }
    }
    const cite = (path: PropertyKey[], ids: string[]) => {
      for (const s of ids) {
        if (!sourceIds.has(s)) {
          ctx.addIssue({ code: 'custom', path, message: `出处 “${s}” 不在 sources 里` });
        }
      }
    };
    data.cities.forEach((c, i) => cite(['cities', i, 'sources'], c.sources));
    data.items.forEach((item, i) => {
      cite(['items', i, 'sources'], item.sources);
      for (const [city, o] of Object.entries(item.cities)) {
        if (!cityIds.has(city)) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', i, 'cities', city],
            message: `城市 “${city}” 不在 cities 里（已知：${[...cityIds].join('、')}）`,
          });
        }
        if (o.category === item.category) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', i, 'cities', city, 'category'],
            message: '城市规则和全国规则一样，不需要单独写',
          });
        }
        cite(['items', i, 'cities', city, 'sources'], o.sources);
      }
    });
  });
export type WasteSortingData = z.output<typeof WasteSortingDataSchema>;
