/**
 * The gum experiment's files, share links and stored class data as the code before the
 * investigation engine wrote them, read with that code and turned into engine data for the
 * `gum-residue` definition (the records themselves: ./gum-records.ts, re-exported here). Pure:
 * no DOM, no stores. The class store loads it (`gumClassReader`, through ./formats.ts) only when
 * old class data, a file the engine does not recognise or an old link is there.
 */
import type * as z from 'zod/mini';
import type { InvestigationDefinition } from '../../../schemas/investigation/definition';
import { GUM_CLASS_FORMAT } from '../../../schemas/gum-class';
import { GUM_EXPORT_FORMAT } from '../../../schemas/gum-export';
import { parseJson } from '../../safe-json';
import {
  INVESTIGATION_CLASS_FORMAT,
  INVESTIGATION_EXPORT_FORMAT,
  INVESTIGATION_FILE_VERSION,
} from '../../../schemas/investigation/records';
import { salvageClassData, parseImportText } from '../../gum-import';
import { decodeShareFragment } from '../../gum-share';
import { issueMessages } from '../../import/zod-issues';
import type { Converted, Describe, LegacyReaders } from './formats';
import {
  migrateGumClassGroups,
  type Explain,
  type MigratedFile,
  type Migration,
} from './gum-records';

export * from './gum-records';

/** Where a schema issue is when no describer is given. */
const nowhere: Describe = () => '数据';

/** Messages naming each place with `describe` (the engine's, in the definition's words). */
const explainFor =
  (def: InvestigationDefinition, describe: Describe): Explain =>
  (issues: z.core.$ZodIssue[]) =>
    issueMessages(issues, (p) => describe(def, p));

// --- what the old code exported, shared and stored in the class view ------------------------

/** The stored class data ('eck:gum-class:v1'), damaged or not, as engine class data. */
export function migrateStoredGumClass(
  def: InvestigationDefinition,
  raw: unknown,
  describe = nowhere,
): Migration<MigratedFile> {
  const s = salvageClassData(raw);
  return migrateGumClassGroups(def, 'class', s.value.groups, s.dropped, explainFor(def, describe));
}

/**
 * A group's file or the class file of the old code, checked as the old class view checked it
 * (size, JSON, strict schema, no time after `now`), as engine class groups. `describe` names
 * where the result fails the engine's schema (the class store passes the engine's describer:
 * importing it here would split it out of the class view's chunk).
 */
export function migrateGumFileText(
  def: InvestigationDefinition,
  text: string,
  now: number,
  describe = nowhere,
): Migration<MigratedFile> {
  const r = parseImportText(text, now);
  return r.ok ? migrateGumClassGroups(def, r.kind, r.groups, 0, explainFor(def, describe)) : r;
}

/** A share link's fragment of the old code (`#eck-gum1.…`), decoded by it, as engine data. */
export async function migrateGumShareFragment(
  def: InvestigationDefinition,
  fragment: string,
  now: number,
  describe = nowhere,
): Promise<Migration<MigratedFile>> {
  const d = await decodeShareFragment(fragment);
  return d.ok ? migrateGumFileText(def, d.text, now, describe) : { ok: false, errors: [d.error] };
}

// --- the reader the investigation stores load (./formats.ts) -----------------------------------

/** Migrated groups as the text of an engine file: a group file for one group's, else a class file. */
function engineFileText(def: InvestigationDefinition, file: MigratedFile, now: number): string {
  const g = file.groups[0];
  // Written out, not ../export-file.ts: the record page's island holds that module, and sharing
  // it with this chunk would split it into a chunk of its own there.
  const head = {
    schemaVersion: INVESTIGATION_FILE_VERSION,
    investigation: def.id,
    definitionVersion: def.version,
  };
  return JSON.stringify(
    file.kind === 'group' && g
      ? { format: INVESTIGATION_EXPORT_FORMAT, ...head, ...g }
      : {
          format: INVESTIGATION_CLASS_FORMAT,
          ...head,
          exportedAt: new Date(now).toISOString(),
          groups: file.groups,
        },
  );
}

function converted(
  def: InvestigationDefinition,
  r: Migration<MigratedFile>,
  now: number,
): Converted {
  return r.ok
    ? { ok: true, text: engineFileText(def, r.value, now) }
    : { ok: false, error: r.errors.join('') };
}

/** Whether a file's text is one of the old code's group or class files (valid or not). */
function isGumFile(text: string): boolean {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  const format = parsed.ok ? Object(parsed.value).format : undefined;
  return format === GUM_EXPORT_FORMAT || format === GUM_CLASS_FORMAT;
}

/** The old class data, files and links, read by the engine's class store for `gum-residue`. */
export const gumClassReader: LegacyReaders['class'] = {
  stored(def, _key, raw) {
    const r = migrateStoredGumClass(def, raw);
    // Class data is its groups (the stored schema is strict: no `kind`).
    return r.ok ? { value: { groups: r.value.groups }, dropped: r.dropped } : null;
  },
  file: (def, text, now, describe) =>
    isGumFile(text) ? converted(def, migrateGumFileText(def, text, now, describe), now) : null,
  link: async (def, fragment, now, describe) =>
    converted(def, await migrateGumShareFragment(def, fragment, now, describe), now),
};
