import { z } from 'astro/zod';
import { wastePictures } from './vocab';

/** 48 × 48 coordinates: the pictures are drawn on that grid. */
const coordinate = z.number().min(0).max(48);

/** Paint of a shape; left out, the fill is none and the stroke the outline ink (`.eck-wp`). */
const paint = {
  /** A pale fill (#rgb or #rrggbb). */
  fill: z
    .string()
    .regex(/^#[0-9a-f]{3}([0-9a-f]{3})?$/i, { error: 'fill 要写成 #rgb 或 #rrggbb' })
    .optional(),
  /** Another ink than the outline's, e.g. a red cross. */
  stroke: z
    .string()
    .regex(/^#[0-9a-f]{3}([0-9a-f]{3})?$/i, { error: 'stroke 要写成 #rgb 或 #rrggbb' })
    .optional(),
  /** A thicker or thinner line than the outline's 2.2. */
  'stroke-width': z.number().positive().max(8).optional(),
};

/**
 * One SVG element of a picture, its attributes as written in the SVG and in that order (the
 * order they are rendered in).
 */
export const PictureShapeSchema = z.discriminatedUnion('tag', [
  z.strictObject({
    tag: z.literal('path'),
    /** Path data: commands and numbers only. */
    d: z.string().regex(/^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+$/, { error: 'd 只能有路径命令和数字' }),
    ...paint,
  }),
  z.strictObject({
    tag: z.literal('circle'),
    cx: coordinate,
    cy: coordinate,
    r: coordinate,
    ...paint,
  }),
  z.strictObject({
    tag: z.literal('ellipse'),
    cx: coordinate,
    cy: coordinate,
    rx: coordinate,
    ry: coordinate,
    ...paint,
  }),
]);
export type PictureShape = z.output<typeof PictureShapeSchema>;

/** Every picture the items may name, each drawn back to front by its shapes. */
export const WastePicturesSchema = z.record(
  z.enum(wastePictures),
  z.array(PictureShapeSchema).min(1, { error: '每张图至少有一个形状' }),
);
export type WastePictures = z.output<typeof WastePicturesSchema>;
