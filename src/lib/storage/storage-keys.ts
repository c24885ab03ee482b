/**
 * Every name this site keeps data under in the browser, in one place; all begin with `eck:`.
 * Versioned keys end in `:vN`: a new shape gets a new key and a migration from the old one
 * (`legacy` in `src/stores/persisted.ts`), and the old key is left in place.
 */

/** localStorage: one group's gum experiment records on its tablet (version 2). */
export const GUM_RECORD_KEY = 'eck:gum-record:v2';
/** localStorage: the prototype's gum records (version 1), migrated once to version 2. */
export const GUM_RECORD_V1_KEY = 'eck:gum-record:v1';
/** localStorage: every group's gum data gathered on the teacher's device (version 1). */
export const GUM_CLASS_KEY = 'eck:gum-class:v1';
/** localStorage: one group's records of an investigation (`content/investigations/<id>.json`). */
export const investigationRecordKey = (id: string): string => `eck:investigation:${id}:record:v1`;
/** localStorage: every group's data of an investigation gathered on the teacher's device. */
export const investigationClassKey = (id: string): string => `eck:investigation:${id}:class:v1`;
/** localStorage: the pledge sheet generator's settings (the pasted roster included). */
export const PLEDGE_SETTINGS_KEY = 'eck:pledge-settings:v1';
/** localStorage: the class's proposal letter draft (the gum lesson's, under its first name). */
export const PROPOSAL_LETTER_KEY = 'eck:proposal-letter:v1';
/** localStorage: the letter draft of an investigation's lesson (`letter` in its definition). */
export const proposalLetterKey = (id: string): string => `eck:proposal-letter:${id}:v1`;
/** localStorage: the 垃圾分类 sorting game's settings (city rules, mode, round length). */
export const WASTE_PREFS_KEY = 'eck:waste-sorting:prefs:v1';
/** localStorage: when `key`'s value was last written (ISO time), to compare with IndexedDB's copy. */
export const savedAtKeyFor = (key: string): string => `${key}:saved-at`;
/** IndexedDB: the database and object store holding the durable copies of stored values. */
export const DURABLE_DB_NAME = 'eck-durable';
export const DURABLE_STORE_NAME = 'values';
/** localStorage: only read, to learn whether the browser lets the site use storage at all. */
export const STORAGE_PROBE_KEY = 'eck:probe';

/** sessionStorage: one form's unsent input, kept across a reload (see `lib/form-draft.ts`). */
export const draftKey = (form: string): string => `eck:draft:${form}`;
/** sessionStorage: a lesson's present-view timer, per lesson. */
export const presentTimerKey = (slug: string): string => `eck:present-timer:v1:${slug}`;
/** BroadcastChannel between a lesson's present view and its presenter window. */
export const presentChannelName = (slug: string): string => `eck:present:${slug}`;

/** A short fingerprint of a text (FNV-1a, 32 bits), so one damaged value gets one backup key. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** localStorage: the copy of a damaged value `raw` found under `key` (one per value). */
export const backupKeyFor = (key: string, raw: string): string =>
  `${key}:backup:${fingerprint(raw)}-${raw.length}`;
