/**
 * Our own marks for the four categories (not the standard's artwork): each has its own colour,
 * its own outline (circle, diamond, hexagon, rounded square) and its own white pictogram, so
 * pupils who cannot tell red from green still tell them apart. viewBox 0 0 100 100.
 */
import type { WasteCategory } from '../../schemas/waste-sorting/vocab';

export interface MarkShape {
  /** Outline filled with the category colour. */
  outline: string;
  /** White strokes (width 9, round caps). */
  strokes: string;
  /** White fills. */
  fills: string;
  /** Strokes in the category colour drawn over the white (leaf veins). */
  cuts: string;
  /** What the pictogram shows, for the text alternative. */
  shows: string;
}

export const wasteMarks: Record<WasteCategory, MarkShape> = {
  recyclable: {
    outline: 'M50 2A48 48 0 1 1 49.9 2Z',
    strokes: 'M28 56A23 23 0 0 1 60 29M72 44A23 23 0 0 1 40 71',
    fills: 'M55 17L73 31L52 39ZM45 83L27 69L48 61Z',
    cuts: '',
    shows: '圆形，两个首尾相接的箭头',
  },
  hazardous: {
    outline: 'M50 2L98 50L50 98L2 50Z',
    strokes: 'M50 26V56',
    fills: 'M43 70a7 7 0 1 0 14 0a7 7 0 1 0-14 0Z',
    cuts: '',
    shows: '菱形，感叹号',
  },
  kitchen: {
    outline: 'M27 5H73L97 50L73 95H27L3 50Z',
    strokes: 'M50 74V86',
    fills: 'M50 76C24 68 24 38 50 18C76 38 76 68 50 76Z',
    cuts: 'M50 30V70M50 50L61 41M50 60L39 51',
    shows: '六边形，一片叶子',
  },
  other: {
    outline: 'M16 6H84Q94 6 94 16V84Q94 94 84 94H16Q6 94 6 84V16Q6 6 16 6Z',
    strokes: 'M42 27L33 18M58 27L67 18',
    fills: 'M30 46Q22 86 50 86Q78 86 70 46Q62 39 50 39Q38 39 30 46ZM45 40L41 27H59L55 40Z',
    cuts: '',
    shows: '圆角方形，一个扎好口的垃圾袋',
  },
};
