/**
 * The tally sheets' data file, validated when the site builds (a bad value stops the build
 * naming the field). Server-side only.
 */
import json from '../../../content/data/campus-litter-sheet.json';
import { TallySheetSchema, type TallySheet } from '../../schemas/campus-litter/tally-sheet';
import { parseDataFile } from '../data-file';

export const tallySheet: TallySheet = parseDataFile(
  TallySheetSchema,
  json,
  'content/data/campus-litter-sheet.json',
);
