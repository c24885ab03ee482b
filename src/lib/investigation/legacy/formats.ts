/**
 * The older code a definition names in `legacy`: where it stored its data and how its share
 * links start, known on the page, and its reader (./gum.ts with the old schemas), a chunk of its
 * own loaded only when an old value, file or link is there. Campus litter names none: its pages
 * never read an old key nor load a reader.
 */
import type {
  InvestigationDefinition,
  LegacyFormatName,
} from '../../../schemas/investigation/definition';
import type {
  InvestigationClassData,
  InvestigationData,
} from '../../../schemas/investigation/records';
import type { Salvaged } from '../../safe-json';
import type { ShareCodec } from '../../share/fragment';
import type { LegacyKey } from '../../../stores/persisted';
import { GUM_CLASS_KEY, GUM_RECORD_KEY, GUM_RECORD_V1_KEY } from '../../storage/storage-keys';
import { gumShareCodec } from '../../share-fragment';

/** An old file or link turned into the text of an engine file, or why not. */
export type Converted = { ok: true; text: string } | { ok: false; error: string };

/** What the older code stored, by the store reading it. */
export interface LegacyStored {
  record: InvestigationData;
  class: InvestigationClassData;
}

/** Reads what the older code stored, exported and shared, as the engine's. */
export interface LegacyReader {
  /** A stored value of `key` (parsed JSON); null when nothing of it can be read. */
  stored<S extends keyof LegacyStored>(
    def: InvestigationDefinition,
    store: S,
    key: string,
    raw: unknown,
    now: string,
  ): Salvaged<LegacyStored[S]> | null;
  /** A file's text as an engine file's; null when it is not one of the old code's files. */
  file(def: InvestigationDefinition, text: string, now: number): Converted | null;
  /** A share link's fragment of the old code as an engine group file's text. */
  link(def: InvestigationDefinition, fragment: string, now: number): Promise<Converted>;
}

export interface LegacyFormat {
  /** The keys the old code stored under, newest first, by the store reading them. */
  keys: { [S in keyof LegacyStored]: string[] };
  /** Its share links (`#eck-gum1.…`). */
  codec: ShareCodec;
  load: () => Promise<LegacyReader>;
}

export const legacyFormats: Record<LegacyFormatName, LegacyFormat> = {
  gum: {
    keys: { record: [GUM_RECORD_KEY, GUM_RECORD_V1_KEY], class: [GUM_CLASS_KEY] },
    codec: gumShareCodec,
    load: () => import('./gum').then((m) => m.gumReader),
  },
};

/** The definition's older format, if it names one. */
export const legacyFormat = (def: InvestigationDefinition): LegacyFormat | undefined =>
  def.legacy && legacyFormats[def.legacy];

/** For `legacy` in a store's PersistedOptions: the old keys, migrated by the loaded reader. */
export function legacyKeys<S extends keyof LegacyStored>(
  def: InvestigationDefinition,
  store: S,
  now: () => string,
): LegacyKey<LegacyStored[S]>[] {
  const f = legacyFormat(def);
  if (!f) return [];
  return f.keys[store].map((key) => ({
    key,
    migrate: (raw) => f.load().then((r) => r.stored(def, store, key, raw, now())),
  }));
}
