/**
 * The pledge generator's settings on this device, through the guarded layer of `persisted.ts`
 * with its durable IndexedDB copy (a pasted roster survives a browser killed right after).
 * In the browser the page's store reads storage when this module is first imported and follows
 * other tabs, so anything that reads `$pledgeSettings` (the roster included) sees what is saved.
 */
import {
  defaultPledgeSettings,
  PledgeSettingsSchema,
  pledgeLimits,
  type PledgeSettings,
} from '../schemas/pledge-settings';
import { cutText, salvageFields } from '../lib/storage/salvage-fields';
import type { Salvaged } from '../lib/safe-json';
import { PLEDGE_SETTINGS_KEY } from '../lib/storage/storage-keys';
import { browserDurableCopy, browserStorage, createPersisted, startInBrowser } from './persisted';
import type { DurableEngine, StorageEngine } from './persisted';

export { PLEDGE_SETTINGS_KEY };

/** Valid items of a damaged list, each cut to its limit; null when none is left. */
function repairItems(raw: unknown): string[] | null {
  if (!Array.isArray(raw)) return null;
  const items = raw
    .filter((x): x is string => typeof x === 'string')
    .slice(0, pledgeLimits.items)
    .map((x) => x.slice(0, pledgeLimits.item));
  return items.length > 0 ? items : null;
}

/** Keep every valid setting of a stored value (the pasted names above all); never throws. */
export function salvagePledgeSettings(input: unknown): Salvaged<PledgeSettings> {
  return salvageFields(PledgeSettingsSchema, defaultPledgeSettings, input, {
    school: cutText(pledgeLimits.school),
    className: cutText(pledgeLimits.className),
    title: cutText(pledgeLimits.title),
    date: cutText(pledgeLimits.date),
    namesText: cutText(pledgeLimits.namesText),
    items: repairItems,
  });
}

type TextField = 'school' | 'className' | 'title' | 'date' | 'namesText';

/**
 * Build the settings store and its actions on a storage engine and a durable copy (the page
 * uses localStorage and IndexedDB).
 */
export function createPledgeSettingsStore(
  engine: () => StorageEngine | null,
  now?: () => string,
  durable?: () => Promise<DurableEngine | null>,
) {
  const doc = createPersisted<PledgeSettings>({
    key: PLEDGE_SETTINGS_KEY,
    empty: () => ({ ...defaultPledgeSettings }),
    salvage: salvagePledgeSettings,
    engine,
    ...(now && { now }),
    ...(durable && { durable }),
  });
  const { $value } = doc;
  const change = (patch: Partial<PledgeSettings>): void => {
    doc.set({ ...$value.get(), ...patch });
  };

  return {
    /** Settings of the pledge sheet generator. */
    $pledgeSettings: $value,
    /** Whether the settings are saved on this device. */
    $pledgeSave: doc.$save,
    /** What the user is told after loading (a damaged value that was salvaged). */
    $pledgeNotice: doc.$notice,
    load: doc.load,
    listen: doc.listen,
    dismissPledgeNotice: doc.dismissNotice,
    /** Save over a damaged stored value that could not be backed up (the user chose to). */
    releasePledgeDamaged: doc.release,

    /** Change one text field (cut to the field's limit). */
    setPledgeText(field: TextField, value: string): void {
      change({ [field]: value.slice(0, pledgeLimits[field]) });
    },
    setPledgeOption<K extends 'signers' | 'layout' | 'blankCount'>(
      field: K,
      value: PledgeSettings[K],
    ): void {
      change({ [field]: value });
    },
    /** Change the text of item `index`. */
    setPledgeItem(index: number, text: string): void {
      const items = $value
        .get()
        .items.map((item, i) => (i === index ? text.slice(0, pledgeLimits.item) : item));
      change({ items });
    },
    /** Add an empty item at the end; returns its index, or -1 when the list is full. */
    addPledgeItem(): number {
      const { items } = $value.get();
      if (items.length >= pledgeLimits.items) return -1;
      change({ items: [...items, ''] });
      return items.length;
    },
    /** Remove item `index` (the last remaining item stays). */
    removePledgeItem(index: number): void {
      const { items } = $value.get();
      if (items.length <= 1 || index < 0 || index >= items.length) return;
      change({ items: items.filter((_, i) => i !== index) });
    },
    /** Move item `index` by `delta` places; returns its new index. */
    movePledgeItem(index: number, delta: number): number {
      const items = [...$value.get().items];
      const target = index + delta;
      if (index < 0 || index >= items.length || target < 0 || target >= items.length) return index;
      const [moved] = items.splice(index, 1);
      if (moved === undefined) return index;
      items.splice(target, 0, moved);
      change({ items });
      return target;
    },
    /** Back to the lesson's defaults. */
    resetPledgeSettings(): void {
      doc.set({ ...defaultPledgeSettings });
    },
  };
}

export type PledgeSettingsStore = ReturnType<typeof createPledgeSettingsStore>;

/** The page's store, on localStorage with a durable copy, loaded at once in the browser. */
export const pledgeStore = createPledgeSettingsStore(browserStorage, undefined, browserDurableCopy);
startInBrowser(pledgeStore);

export const {
  $pledgeSettings,
  $pledgeSave,
  $pledgeNotice,
  dismissPledgeNotice,
  releasePledgeDamaged,
  setPledgeText,
  setPledgeOption,
  setPledgeItem,
  addPledgeItem,
  removePledgeItem,
  movePledgeItem,
  resetPledgeSettings,
} = pledgeStore;
