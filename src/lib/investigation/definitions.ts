/**
 * The investigation definitions of content/investigations/, checked when the site builds: a bad
 * definition stops the build with a message naming the file and every bad field. Server-side
 * only; pages pass a definition to their islands as a prop.
 */
import campusLitter from '../../../content/investigations/campus-litter.json';
import gumResidue from '../../../content/investigations/gum-residue.json';
import {
  InvestigationDefinitionSchema,
  type InvestigationDefinition,
} from '../../schemas/investigation/definition';
import { parseDataFile } from '../data-file';

export const campusLitterDefinition: InvestigationDefinition = parseDataFile(
  InvestigationDefinitionSchema,
  campusLitter,
  'content/investigations/campus-litter.json',
);

export const gumResidueDefinition: InvestigationDefinition = parseDataFile(
  InvestigationDefinitionSchema,
  gumResidue,
  'content/investigations/gum-residue.json',
);
