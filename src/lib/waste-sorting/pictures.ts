/**
 * The item pictures (content/data/waste-pictures.json), validated when the site builds.
 * Server-side only: WastePictures.astro draws them into the page once.
 */
import json from '../../../content/data/waste-pictures.json';
import { WastePicturesSchema, type WastePictures } from '../../schemas/waste-sorting/pictures';
import { parseDataFile } from '../data-file';

export const wastePictureShapes: WastePictures = parseDataFile(
  WastePicturesSchema,
  json,
  'content/data/waste-pictures.json',
);
