/** The sorting activity's settings, kept on this device (the address can override them). */
import { browserStorage, createPersisted } from '../persisted';
import { defaultPrefs, salvagePrefs, type SortPrefs } from '../../lib/waste-sorting/prefs';
import type { SortCity } from '../../lib/waste-sorting/rules';
import { WASTE_PREFS_KEY } from '../../lib/storage/storage-keys';

export { WASTE_PREFS_KEY };

/** A persisted settings store for the given cities (the lesson page, present view and sort page share it). */
export function createWastePrefs(cities: readonly SortCity[], engine = browserStorage) {
  return createPersisted<SortPrefs>({
    key: WASTE_PREFS_KEY,
    empty: defaultPrefs,
    salvage: (raw) => salvagePrefs(raw, cities),
    engine,
  });
}
