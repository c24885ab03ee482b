/**
 * Words of the chewing-gum experiment shared by the record page, the class view and the
 * paper worksheets: each a const tuple (type and runtime guard) with its Chinese labels.
 */

/** Kinds of place surveyed (清点). `other` comes with the pupils' own name for it. */
export const placeTypes = [
  'classroom',
  'corridor',
  'campus',
  'shop',
  'station',
  'restaurant',
  'roadside',
  'other',
] as const;
export type PlaceType = (typeof placeTypes)[number];
export const placeTypeLabels: Record<PlaceType, string> = {
  classroom: '教室',
  corridor: '楼道',
  campus: '操场/校园',
  shop: '商店',
  station: '火车站',
  restaurant: '饭店',
  roadside: '马路旁',
  other: '其他',
};

/** Surfaces a pressed residue is removed from (step 3–4). */
export const surfaces = ['ground', 'paper', 'desk', 'plastic'] as const;
export type Surface = (typeof surfaces)[number];
export const surfaceLabels: Record<Surface, string> = {
  ground: '地面',
  paper: '纸',
  desk: '桌面',
  plastic: '塑料',
};

/** How hard a residue was to remove. */
export const removalDifficulties = ['easy', 'hard', 'veryHard'] as const;
export type RemovalDifficulty = (typeof removalDifficulties)[number];
export const removalDifficultyLabels: Record<RemovalDifficulty, string> = {
  easy: '容易',
  hard: '较难',
  veryHard: '很难',
};

/** Where decomposition samples are put (step 6). */
export const media = ['soil', 'tapWater', 'detergentWater', 'vinegar'] as const;
export type Medium = (typeof media)[number];
export const mediumLabels: Record<Medium, string> = {
  soil: '土埋',
  tapWater: '自来水',
  detergentWater: '洗衣粉水',
  vinegar: '食醋',
};

/** Items compared in the decomposition log. */
export const sampleItems = ['gum', 'paper', 'plastic'] as const;
export type SampleItem = (typeof sampleItems)[number];
export const sampleItemLabels: Record<SampleItem, string> = {
  gum: '口香糖残胶',
  paper: '废纸',
  plastic: '塑料',
};

/** Observed state of a sample, the same four-step scale at every check. */
export const sampleStates = ['unchanged', 'slight', 'clear', 'almostGone'] as const;
export type SampleState = (typeof sampleStates)[number];
export const sampleStateLabels: Record<SampleState, string> = {
  unchanged: '无变化',
  slight: '略有变化',
  clear: '明显变化',
  almostGone: '几乎消失',
};
