/**
 * The gum experiment's record store on a fake localStorage, its group saved: for the
 * component tests of the engine's record page with the gum definition.
 */
import {
  createInvestigationRecordStore,
  type InvestigationRecordStore,
} from '../../../src/stores/investigation/record';
import { saveWithChildren } from '../../../src/stores/investigation/record-children';
import { gumResidueDefinition as def } from '../../../src/lib/investigation/definitions';
import { investigationRecordKey } from '../../../src/lib/storage/storage-keys';
import type { GroupDetails } from '../../../src/schemas/investigation/records';
import { FakeStorage } from '../../unit/stores/fake-storage';

export function gumGroupStore(details: GroupDetails = {}) {
  const storage = new FakeStorage();
  const store = createInvestigationRecordStore(def, () => storage);
  store.load();
  store.saveGroup('第3组', details);
  /** The stored records per kind. */
  const stored = () =>
    JSON.parse(storage.data.get(investigationRecordKey(def.id)) ?? '{}').records as Record<
      string,
      { id: string; values: Record<string, unknown> }[]
    >;
  return { store, stored };
}

/** A gum prediction's values by this pupil. */
export const gumPrediction = (pupil: string, mostChangeItem = 'paper') => ({
  pupil,
  mostChangeItem,
  leastChangeItem: 'plastic',
  mostChangeMedium: 'soil',
  reason: null,
});

/** One cell's entry of an observation (without its parent). */
export const gumEntry = (item: string, medium: string, state: string) => ({
  item,
  medium,
  state,
  sizeCm: null,
  note: null,
});

/** Record an observation on this day with these entries, as its form would: in one change. */
export const observeOn = (
  store: InvestigationRecordStore,
  date: string,
  entries: ReturnType<typeof gumEntry>[] = [],
) =>
  saveWithChildren(store, def, 'observation', null, { date, observer: null, note: null }, entries);
