/**
 * The one place the printables read the class's gum survey data.
 *
 * NOT WIRED YET: the class data store (issue 5) does not exist, so this returns null
 * ("no data") and the letter prints blanks. When it lands, compute a FindingsSummary from
 * the saved records here, validate it with FindingsSummarySchema, and return null when the
 * class has no survey records.
 */
import type { FindingsSummary } from '../schemas/findings-summary';

/** The class's survey findings saved on this device, or null when there are none. */
export function readClassFindings(): FindingsSummary | null {
  return null;
}
