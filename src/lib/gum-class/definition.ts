/**
 * content/investigations/gum-residue.json as the gum class view reads it, without running the
 * definition schema: that schema's Zod would land in the chunk every gum page shares (+1.6 kB
 * on the record page). The file is still checked when the site builds (by
 * ../investigation/definitions.ts) and by tests/unit/schemas/investigation/gum-residue.test.ts.
 */
import json from '../../../content/investigations/gum-residue.json';
import type { InvestigationDefinition } from '../../schemas/investigation/definition';

export const gumResidue = json as unknown as InvestigationDefinition;
