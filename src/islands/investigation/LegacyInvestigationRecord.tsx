/**
 * The record page of an investigation whose definition names older formats (`legacy`): the
 * record island with a store given those formats, so what the older code stored migrates on the
 * first load. A page of its own: the formats' keys and loaders never reach other record pages.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import { browserDurableCopy, browserStorage } from '../../stores/persisted';
import { createInvestigationRecordStore } from '../../stores/investigation/record';
import { perInvestigation } from '../../stores/investigation/per-investigation';
import { legacyRecords } from '../../lib/investigation/legacy/record-formats';
import InvestigationRecord from './InvestigationRecord';

const legacyRecordStore = perInvestigation((def) =>
  createInvestigationRecordStore(def, browserStorage, undefined, browserDurableCopy, legacyRecords),
);

export default function LegacyInvestigationRecord({
  definition,
}: {
  definition: InvestigationDefinition;
}) {
  return (
    <InvestigationRecord
      definition={definition}
      store={legacyRecordStore(definition)}
      migratedText={(dropped) =>
        '已把旧版本保存的记录转换成新格式。' +
        (dropped > 0 ? `有 ${dropped} 条旧记录不完整，没有转换。` : '')
      }
    />
  );
}
