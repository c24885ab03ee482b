/**
 * The one place a printable reads an investigation's class data: what the teacher gathered in
 * its class view on this device (`investigationClassKey(id)`), checked against the schema built
 * from the definition. Read-only, through the durable layer (what the class view loads: its
 * IndexedDB copy when localStorage lost the latest write); a damaged value or one without groups counts as none, so the
 * letter prints blanks rather than wrong numbers.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import {
  investigationSchemas,
  type InvestigationClassData,
} from '../../schemas/investigation/records';
import { investigationClassKey } from '../../lib/storage/storage-keys';
import type { DurableEngine } from '../persisted';
import { readNewestValue, type ReadableStorage } from '../read-stored';

/** The class data of this investigation saved on this device, or null when there is none. */
export async function readInvestigationClass(
  def: InvestigationDefinition,
  storage?: ReadableStorage | null,
  durable?: () => Promise<DurableEngine | null>,
): Promise<InvestigationClassData | null> {
  const data = await readNewestValue(
    investigationClassKey(def.id),
    investigationSchemas(def).classData,
    storage,
    durable,
  );
  return data && data.groups.length > 0 ? data : null;
}
