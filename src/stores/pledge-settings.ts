import {
  defaultPledgeSettings,
  PledgeSettingsSchema,
  pledgeLimits,
  type PledgeSettings,
} from '../schemas/pledge-settings';
import { guardedPersistent } from './guarded-persistent';

/** localStorage key of the pledge generator's settings. */
export const PLEDGE_SETTINGS_KEY = 'eck:pledge-settings:v1';

const store = guardedPersistent(PLEDGE_SETTINGS_KEY, PledgeSettingsSchema, defaultPledgeSettings);

/** Settings of the pledge sheet generator. */
export const $pledgeSettings = store.$value;
/** Notice when the saved settings could not be read and the defaults are used. */
export const $pledgeLoadNotice = store.$loadNotice;
/** Message while the settings cannot be saved on this device. */
export const $pledgeSaveError = store.$saveError;
export const dismissPledgeNotice = store.dismissNotice;

type TextField = 'school' | 'className' | 'title' | 'date' | 'namesText';

/** Change one text field (cut to the field's limit). */
export function setPledgeText(field: TextField, value: string): void {
  store.set({ ...$pledgeSettings.get(), [field]: value.slice(0, pledgeLimits[field]) });
}

export function setPledgeOption<K extends 'signers' | 'layout' | 'blankCount'>(
  field: K,
  value: PledgeSettings[K],
): void {
  store.set({ ...$pledgeSettings.get(), [field]: value });
}

/** Change the text of item `index`. */
export function setPledgeItem(index: number, text: string): void {
  const items = $pledgeSettings
    .get()
    .items.map((item, i) => (i === index ? text.slice(0, pledgeLimits.item) : item));
  store.set({ ...$pledgeSettings.get(), items });
}

/** Add an empty item at the end; returns its index, or -1 when the list is full. */
export function addPledgeItem(): number {
  const { items } = $pledgeSettings.get();
  if (items.length >= pledgeLimits.items) return -1;
  store.set({ ...$pledgeSettings.get(), items: [...items, ''] });
  return items.length;
}

/** Remove item `index` (the last remaining item stays). */
export function removePledgeItem(index: number): void {
  const { items } = $pledgeSettings.get();
  if (items.length <= 1 || index < 0 || index >= items.length) return;
  store.set({ ...$pledgeSettings.get(), items: items.filter((_, i) => i !== index) });
}

/** Move item `index` by `delta` places; returns its new index. */
export function movePledgeItem(index: number, delta: number): number {
  const items = [...$pledgeSettings.get().items];
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return index;
  const [moved] = items.splice(index, 1);
  if (moved === undefined) return index;
  items.splice(target, 0, moved);
  store.set({ ...$pledgeSettings.get(), items });
  return target;
}

/** Back to the lesson's defaults. */
export function resetPledgeSettings(): void {
  store.set(defaultPledgeSettings);
}
