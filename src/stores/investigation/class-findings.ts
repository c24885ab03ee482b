/**
 * The one place a printable reads an investigation's class data: what the teacher gathered in
 * its class view on this device (`investigationClassKey(id)`), checked against the schema built
 * from the definition. Read-only; a damaged value or one without groups counts as none, so the
 * letter prints blanks rather than wrong numbers.
 */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import {
  investigationSchemas,
  type InvestigationClassData,
} from '../../schemas/investigation/records';
import { investigationClassKey } from '../../lib/storage/storage-keys';
import { browserLocalStorage, readStoredValue, type ReadableStorage } from '../read-stored';

/** The class data of this investigation saved on this device, or null when there is none. */
export function readInvestigationClass(
  def: InvestigationDefinition,
  storage: ReadableStorage | null = browserLocalStorage(),
): InvestigationClassData | null {
  const data = readStoredValue(
    storage,
    investigationClassKey(def.id),
    investigationSchemas(def).classData,
  );
  return data && data.groups.length > 0 ? data : null;
}
