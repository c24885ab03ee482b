import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import { investigationShareCodec } from '../../lib/share/fragment';
import type { ShareTarget } from '../share/share-link';

/** An investigation's links: `#eck-<id>1.…` on its lesson's class view. */
export function investigationShareTarget(def: InvestigationDefinition): ShareTarget {
  return { codec: investigationShareCodec(def), classPath: `lessons/${def.lesson}/class/` };
}

/** What a pupil can read in the group's link or file: the group's name and every text field. */
export function sharedTextLabels(def: InvestigationDefinition): string {
  const labels = def.kinds.flatMap((k) => k.fields.filter((f) => f.type === 'text'));
  return ['小组名称', ...new Set(labels.map((f) => f.label))].join('、');
}
