/**
 * content/investigations/gum-residue.json as the gum class view reads it, without running the
 * definition schema: that schema's Zod would land in the chunk every gum page shares (+1.6 kB
 * on the record page). The file is still checked when the site builds (by
 * ../investigation/definitions.ts) and by tests/unit/schemas/investigation/gum-residue.test.ts.
 * Only the keys its CSV tables read are imported (named JSON imports, so the build leaves the
 * summaries and charts out of the class view's JavaScript).
 */
import {
  csv,
  id,
  kinds,
  lesson,
  title,
  version,
  vocabularies,
} from '../../../content/investigations/gum-residue.json';
import type { InvestigationDefinition } from '../../schemas/investigation/definition';

export const gumResidue = {
  id,
  version,
  title,
  lesson,
  vocabularies,
  kinds,
  csv,
  summaries: [],
} as unknown as InvestigationDefinition;
