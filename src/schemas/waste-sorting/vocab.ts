/**
 * The vocabulary of the 垃圾分类 lesson as const tuples: plain data (no Zod), so the sorting
 * island can import it without pulling a schema library into the browser.
 */

/** The four national categories of GB/T 19095-2019 《生活垃圾分类标志》, in the standard's order. */
export const wasteCategories = ['recyclable', 'hazardous', 'kitchen', 'other'] as const;
export type WasteCategory = (typeof wasteCategories)[number];

/** National names of the categories (GB/T 19095-2019). Cities may rename some (see the data). */
export const wasteCategoryLabels: Record<WasteCategory, string> = {
  recyclable: '可回收物',
  hazardous: '有害垃圾',
  kitchen: '厨余垃圾',
  other: '其他垃圾',
};

/** Bin colours named in GB/T 19095-2019 for the four categories, as pupils say them. */
export const wasteCategoryColourNames: Record<WasteCategory, string> = {
  recyclable: '蓝色',
  hazardous: '红色',
  kitchen: '绿色',
  other: '灰色',
};

/**
 * Screen colours for the marks and bins: the standard's hues, darkened where needed so white
 * text and pictograms keep at least 4.5:1 contrast on a washed-out projector.
 */
export const wasteCategoryColours: Record<WasteCategory, string> = {
  recyclable: '#0b57a4',
  hazardous: '#b3261e',
  kitchen: '#1d6b34',
  other: '#4d5358',
};

/** The small pictures item cards use (drawn in content/data/waste-pictures.json). */
export const wastePictures = [
  'bottle',
  'can',
  'newspaper',
  'box',
  'clothes',
  'jar',
  'carton',
  'tube',
  'pills',
  'button-cell',
  'phone-battery',
  'thermometer',
  'paint',
  'nail-polish',
  'spray',
  'peel',
  'bowl',
  'egg',
  'fishbone',
  'tea',
  'leaf',
  'biscuit',
  'big-bone',
  'tissue',
  'battery',
  'cup',
  'takeout',
  'ceramic',
  'shell',
  'bag',
  'chopsticks',
] as const;
export type WastePicture = (typeof wastePictures)[number];

/** Grade bands the activity offers (低、中、高年级), each a range of school years. */
export const gradeBands = ['1-2', '3-4', '5-6'] as const;
export type GradeBand = (typeof gradeBands)[number];
export const gradeBandLabels: Record<GradeBand, string> = {
  '1-2': '一、二年级',
  '3-4': '三、四年级',
  '5-6': '五、六年级',
};
/** Highest school year of a band: an item is in a band when its minGrade is at most this. */
export const gradeBandTop: Record<GradeBand, number> = { '1-2': 2, '3-4': 4, '5-6': 6 };
