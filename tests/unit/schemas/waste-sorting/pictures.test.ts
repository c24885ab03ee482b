import { describe, expect, test } from 'vitest';
import json from '../../../../content/data/waste-pictures.json';
import { WastePicturesSchema } from '../../../../src/schemas/waste-sorting/pictures';
import { wastePictureShapes } from '../../../../src/lib/waste-sorting/pictures';
import { parseDataFile } from '../../../../src/lib/data-file';
import { wastePictures } from '../../../../src/schemas/waste-sorting/vocab';

const messages = (raw: unknown) => {
  const r = WastePicturesSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
/** The file with picture `name` drawn by `shapes` instead. */
const withShapes = (name: string, shapes: unknown) => ({
  ...structuredClone(json),
  [name]: shapes,
});

describe('content/data/waste-pictures.json', () => {
  test('draws every picture the vocabulary names, in its order, and nothing else', () => {
    expect(Object.keys(wastePictureShapes)).toEqual([...wastePictures]);
  });

  test.each(wastePictures.map((p) => [p]))('%s has an outline (a shape in the ink)', (p) => {
    expect(wastePictureShapes[p].some((s) => s.fill === undefined)).toBe(true);
  });

  test('keeps each shape’s attributes in the order they are written (the SVG’s)', () => {
    expect(wastePictureShapes.thermometer[2]).toEqual({
      tag: 'path',
      d: 'M24 16v18',
      stroke: '#9aa3ad',
      'stroke-width': 3,
    });
    expect(Object.keys(wastePictureShapes['button-cell'][0] ?? {})).toEqual([
      'tag',
      'cx',
      'cy',
      'rx',
      'ry',
      'fill',
    ]);
  });
});

describe('WastePicturesSchema refuses', () => {
  const { bottle: _bottle, ...withoutBottle } = structuredClone(json);
  test.each([
    ['a missing picture', withoutBottle, 'bottle'],
    ['an unknown picture', { ...structuredClone(json), rocket: json.can }, 'rocket'],
    ['a picture without shapes', withShapes('can', []), 'can: 每张图至少有一个形状'],
    ['an unknown element', withShapes('can', [{ tag: 'image', href: 'x.png' }]), 'can.0'],
    ['markup in path data', withShapes('can', [{ tag: 'path', d: 'M0 0"/><script>' }]), 'can.0.d'],
    [
      'a colour that is not #rgb',
      withShapes('can', [{ tag: 'path', d: 'M0 0h4', fill: 'url(#x)' }]),
      'can.0.fill',
    ],
    [
      'an attribute of another element',
      withShapes('can', [{ tag: 'circle', cx: 1, cy: 1, r: 1, d: 'M0 0' }]),
      'can.0',
    ],
    [
      'a circle off the 48 × 48 grid',
      withShapes('can', [{ tag: 'circle', cx: 60, cy: 1, r: 1 }]),
      'can.0.cx',
    ],
  ])('%s', (_what, raw, where) => {
    const found = messages(raw);
    expect(found.some((m) => m.startsWith(where) || m.includes(where))).toBe(true);
  });

  test('and the build stops naming the file and the place', () => {
    expect(() =>
      parseDataFile(WastePicturesSchema, withShapes('can', []), 'content/data/waste-pictures.json'),
    ).toThrow(/content\/data\/waste-pictures\.json 有错误：\n {2}can: 每张图至少有一个形状/);
  });
});
