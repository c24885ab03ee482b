/**
 * The older code a definition names in `legacy`: where it stored its data and how its share
 * links start (./record-formats.ts, ./class-formats.ts: a module each, so a page holds only its
 * store's), and its reader (./gum-records.ts, ./gum.ts with the old schemas), a chunk of its
 * own loaded only when an old value, file or link is there. A page whose definition names one
 * gives these formats to its store (`formats` of the investigation stores); other pages' code
 * never reaches them, so neither their budgets nor their chunks count the old code. The gum
 * experiment's record page and class view do (src/islands/investigation/LegacyInvestigation-
 * Record.tsx and LegacyInvestigationClass.tsx). Campus litter names none.
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
import type { LegacyKey } from '../../../stores/persisted';

/** An old file or link turned into the text of an engine file, or why not. */
export type Converted = { ok: true; text: string } | { ok: false; error: string };

/** Where in an engine file a schema issue is, in Chinese (`describeInvestigationPath`). */
export type Describe = (def: InvestigationDefinition, path: readonly PropertyKey[]) => string;

/** Reads what the older code stored for one store, as the engine's. */
export interface StoredReader<T> {
  /** A stored value of `key` (parsed JSON); null when nothing of it can be read. */
  stored(def: InvestigationDefinition, key: string, raw: unknown, now: string): Salvaged<T> | null;
}

/**
 * The older code's readers, one per store: each page loads only its own (a record page's
 * reader shares no module with the class view's, so neither page's chunks are split for it).
 */
export interface LegacyReaders {
  record: StoredReader<InvestigationData>;
  class: StoredReader<InvestigationClassData> & {
    /** A file's text as an engine file's; null when it is not one of the old code's files. */
    file(
      def: InvestigationDefinition,
      text: string,
      now: number,
      describe: Describe,
    ): Converted | null;
    /** A share link's fragment of the old code as an engine group file's text. */
    link(
      def: InvestigationDefinition,
      fragment: string,
      now: number,
      describe: Describe,
    ): Promise<Converted>;
  };
}

/** Where the older code stored one store's data, and the reader of it. */
export interface LegacyStore<S extends keyof LegacyReaders> {
  /** The keys, newest first. */
  keys: string[];
  load: () => Promise<LegacyReaders[S]>;
}

/** For `legacy` in a store's PersistedOptions: the old keys, migrated by the loaded reader. */
export function legacyKeys<T>(
  def: InvestigationDefinition,
  of:
    Record<LegacyFormatName, { keys: string[]; load: () => Promise<StoredReader<T>> }> | undefined,
  now: () => string,
): LegacyKey<T>[] {
  const f = def.legacy && of?.[def.legacy];
  return f
    ? f.keys.map((key) => ({
        key,
        migrate: (raw) => f.load().then((r) => r.stored(def, key, raw, now())),
      }))
    : [];
}
