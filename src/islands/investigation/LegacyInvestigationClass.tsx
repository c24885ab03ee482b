/**
 * The class view of an investigation whose definition names older code (`legacy`): its store
 * is made with the older formats (src/lib/investigation/legacy/class-formats.ts), so the old
 * class data migrates on first load and the old files and share links import. A page of its own
 * renders this, so the formats never enter the chunks of a class view without older code.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import { createInvestigationClassStore } from '../../stores/investigation/class';
import { perInvestigation } from '../../stores/investigation/per-investigation';
import { browserDurableCopy, browserStorage } from '../../stores/persisted';
import { legacyClasses } from '../../lib/investigation/legacy/class-formats';
import InvestigationClass from './InvestigationClass';

/** The page's class store of such an investigation, on localStorage with a durable copy. */
export const legacyInvestigationClassStore = perInvestigation((def) =>
  createInvestigationClassStore(def, browserStorage, undefined, browserDurableCopy, legacyClasses),
);

export default function LegacyInvestigationClass({
  definition,
}: {
  definition: InvestigationDefinition;
}) {
  return (
    <InvestigationClass definition={definition} store={legacyInvestigationClassStore(definition)} />
  );
}
