import { describe, expect, test } from 'vitest';
import json from '../../../../content/data/waste-sorting.json';
import { WasteSortingDataSchema } from '../../../../src/schemas/waste-sorting/waste-items';
import { wasteSortingData } from '../../../../src/lib/waste-sorting/data';
import { parseDataFile } from '../../../../src/lib/carbon-data';
import { wasteCategories, wastePictures } from '../../../../src/schemas/waste-sorting/vocab';

const data = wasteSortingData;
const item = (name: string) => data.items.find((i) => i.name === name);
const clone = () => structuredClone(json) as typeof json & Record<string, unknown>;
type Row = (typeof json.items)[number];
/** Row i of a copied file (throws instead of a non-null assertion). */
const row = (d: ReturnType<typeof clone>, i: number): Row => {
  const r = d.items[i];
  if (!r) throw new Error(`no row ${i}`);
  return r;
};
const messages = (raw: unknown) => {
  const r = WasteSortingDataSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('content/data/waste-sorting.json', () => {
  test('parses, with 24–36 items, each with a category, a reason and at least one source', () => {
    expect(data.items.length).toBeGreaterThanOrEqual(24);
    expect(data.items.length).toBeLessThanOrEqual(36);
    for (const i of data.items) {
      expect(wasteCategories).toContain(i.category);
      expect(i.reason.length).toBeGreaterThan(5);
      expect(i.sources.length).toBeGreaterThan(0);
    }
  });

  test('every category has at least five items and every picture exists', () => {
    for (const c of wasteCategories) {
      expect(data.items.filter((i) => i.category === c).length).toBeGreaterThanOrEqual(5);
    }
    for (const i of data.items) expect(wastePictures).toContain(i.picture);
  });

  test('a reason does not name a category, so a city’s own names never contradict it', () => {
    for (const i of data.items)
      expect(i.reason).not.toMatch(/可回收物|厨余|其他垃圾|干垃圾|湿垃圾|放这里/);
  });

  // The common mistakes the lesson discusses, with the category the sources give.
  test.each([
    ['大骨头', 'other'],
    ['用过的纸巾', 'other'],
    ['普通干电池', 'other'],
    ['纽扣电池', 'hazardous'],
    ['旧充电电池', 'hazardous'],
    ['过期药品', 'hazardous'],
    ['荧光灯管', 'hazardous'],
    ['喝完的奶茶杯', 'other'],
    ['沾油的外卖餐盒', 'other'],
    ['陶瓷碗碎片', 'other'],
    ['旧衣服', 'recyclable'],
    ['易拉罐', 'recyclable'],
    ['香蕉皮', 'kitchen'],
    ['鱼刺和鸡骨头', 'kitchen'],
  ])('%s is %s', (name, category) => {
    expect(item(name)?.category).toBe(category);
  });

  test('cities and sources are known and cited', () => {
    expect(data.cities.map((c) => c.id)).toEqual(['beijing', 'shanghai']);
    expect(data.cities.find((c) => c.id === 'shanghai')?.labels).toEqual({
      kitchen: '湿垃圾',
      other: '干垃圾',
    });
    const sourceIds = new Set(data.sources.map((s) => s.id));
    for (const s of data.items.flatMap((i) => i.sources)) expect(sourceIds).toContain(s);
    expect(data.sources.find((s) => s.id === 'gbt-19095-2019')?.date).toBe('2019-12-01');
  });
});

describe('the schema rejects bad data', () => {
  test.each<[string, (d: ReturnType<typeof clone>) => void, RegExp]>([
    [
      'an override for an unknown city',
      (d) => {
        (d.items[0] as Record<string, unknown>).cities = {
          guangzhou: { category: 'other', reason: '广州的说法', sources: ['gbt-19095-2019'] },
        };
      },
      /items\.0\.cities\.guangzhou: 城市 “guangzhou” 不在 cities 里/,
    ],
    [
      'an override that repeats the national rule',
      (d) => {
        (d.items[0] as Record<string, unknown>).cities = {
          shanghai: { category: 'recyclable', reason: '一样', sources: ['gbt-19095-2019'] },
        };
      },
      /不需要单独写/,
    ],
    [
      'an unknown source',
      (d) => {
        row(d, 1).sources = ['nowhere'];
      },
      /items\.1\.sources: 出处 “nowhere” 不在 sources 里/,
    ],
    [
      'a duplicate item id',
      (d) => {
        row(d, 2).id = row(d, 3).id;
      },
      /items: items 里的 id “.*” 重复了/,
    ],
    [
      'a missing category',
      (d) => {
        delete (d.items[0] as Record<string, unknown>).category;
      },
      /items\.0\.category/,
    ],
    [
      'an empty reason',
      (d) => {
        row(d, 0).reason = '   ';
      },
      /items\.0\.reason: items\.reason不能为空/,
    ],
    [
      'a name too long for a card',
      (d) => {
        row(d, 0).name = '一个非常非常非常长的垃圾名字啊';
      },
      /items\.0\.name: items\.name不超过 12 字/,
    ],
    [
      'a category that does not exist',
      (d) => {
        (d.items[0] as Record<string, unknown>).category = 'compost';
      },
      /items\.0\.category/,
    ],
    [
      'an unknown picture',
      (d) => {
        (d.items[0] as Record<string, unknown>).picture = '<script>';
      },
      /items\.0\.picture/,
    ],
  ])('%s', (_, spoil, expected) => {
    const d = clone();
    spoil(d);
    expect(messages(d).join('\n')).toMatch(expected);
    expect(() => parseDataFile(WasteSortingDataSchema, d, 'waste-sorting.json')).toThrow(
      /waste-sorting\.json 有错误/,
    );
  });

  test('a valid override for a known city is accepted', () => {
    const d = clone();
    (d.items[0] as Record<string, unknown>).cities = {
      shanghai: { category: 'other', reason: '示例', sources: ['shanghai-guide'] },
    };
    expect(messages(d)).toEqual([]);
  });
});
