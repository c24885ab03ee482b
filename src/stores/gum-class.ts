/**
 * The class data of the gum experiment on the teacher's device: `$classData`, its save state,
 * the reports of the last import, a link waiting to be added, and the removal undo. Kept
 * through the same guarded persistence as the pupils' records.
 */
import { atom } from 'nanostores';
import { emptyClassData, type ClassData, type ClassGroup } from '../schemas/gum-class';
import {
  importParsed,
  parseImportText,
  salvageClassData,
  type ImportParseResult,
  type ImportReport,
} from '../lib/gum-import';
import { countRecords, mergeGroup, removeGroup } from '../lib/gum-merge';
import { decodeShareFragment } from '../lib/gum-share';
import { browserStorage, createPersisted, type StorageEngine } from './persisted';

/** Where the class data is kept (version 1). */
export const GUM_CLASS_KEY = 'eck:gum-class:v1';
/** How long a removed group can be brought back. */
export const CLASS_UNDO_MS = 30_000;

/** A removed group that can still be put back. */
export interface PendingRemoval {
  group: ClassGroup;
  expiresAt: number;
}

/** A share link read from the address, waiting for the teacher to add it or not. */
export type PendingLink =
  { ok: true; text: string; groupName: string; records: number } | { ok: false; error: string };

export function createGumClassStore(
  engine: () => StorageEngine | null,
  now: () => Date = () => new Date(),
) {
  const doc = createPersisted<ClassData>({
    key: GUM_CLASS_KEY,
    empty: emptyClassData,
    salvage: salvageClassData,
    engine,
    now: () => now().toISOString(),
  });
  const $reports = atom<ImportReport[]>([]);
  const $removal = atom<PendingRemoval | null>(null);
  const $link = atom<PendingLink | null>(null);
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Merge files checked with `parseImportText`; class data changes only if something was
   * added or updated. `refused`: files refused before reading (too large, unreadable), reported
   * first.
   */
  function importChecked(
    parsed: readonly { name: string; result: ImportParseResult }[],
    refused: readonly ImportReport[] = [],
  ): ImportReport[] {
    const { data, reports } = importParsed(doc.$value.get(), parsed);
    const changed = reports.some((r) => r.ok && r.groups.some((g) => g.added + g.updated > 0));
    if (changed) doc.set(data);
    const all = [...refused, ...reports];
    $reports.set(all);
    return all;
  }

  /** Check and merge files given as name and text. */
  function importTexts(
    sources: readonly { name: string; text: string }[],
    refused: readonly ImportReport[] = [],
  ): ImportReport[] {
    return importChecked(
      sources.map((s) => ({ name: s.name, result: parseImportText(s.text) })),
      refused,
    );
  }

  /** Read a share link's fragment; the result waits in `$link` for the teacher's answer. */
  async function readLink(fragment: string): Promise<PendingLink> {
    const decoded = await decodeShareFragment(fragment);
    let pending: PendingLink;
    if (!decoded.ok) {
      pending = decoded;
    } else {
      const parsed = parseImportText(decoded.text);
      const g = parsed.ok ? parsed.groups[0] : undefined;
      pending = !parsed.ok
        ? { ok: false, error: parsed.errors.join('') }
        : g && parsed.kind === 'group'
          ? { ok: true, text: decoded.text, groupName: g.group.name, records: countRecords(g) }
          : { ok: false, error: '这个链接不是小组的分享链接。' };
    }
    $link.set(pending);
    return pending;
  }

  function acceptLink(): ImportReport[] {
    const l = $link.get();
    $link.set(null);
    if (!l?.ok) return [];
    return importTexts([{ name: `分享链接（${l.groupName}）`, text: l.text }]);
  }

  function remove(groupId: string): boolean {
    const r = removeGroup(doc.$value.get(), groupId);
    if (!r.removed) return false;
    clearTimeout(undoTimer);
    $removal.set({ group: r.removed, expiresAt: now().getTime() + CLASS_UNDO_MS });
    undoTimer = setTimeout(() => $removal.set(null), CLASS_UNDO_MS);
    return doc.set(r.data);
  }

  function undoRemove(): boolean {
    const u = $removal.get();
    if (!u) return false;
    clearTimeout(undoTimer);
    $removal.set(null);
    // Merging puts the group back without losing anything imported since.
    return doc.set(mergeGroup(doc.$value.get(), u.group).data);
  }

  return {
    $classData: doc.$value,
    $save: doc.$save,
    $notice: doc.$notice,
    $reports,
    $removal,
    $link,
    load: doc.load,
    listen: doc.listen,
    retrySave: doc.retry,
    dismissNotice: doc.dismissNotice,
    handleStorageEvent: doc.handleStorageEvent,
    importTexts,
    importChecked,
    readLink,
    acceptLink,
    declineLink: () => $link.set(null),
    remove,
    undoRemove,
  };
}

export type GumClassStore = ReturnType<typeof createGumClassStore>;

/** The class view's store, on localStorage. */
export const classStore = createGumClassStore(browserStorage);
