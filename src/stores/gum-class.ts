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
import { countRecords, mergeGroup, removeGroup, replaceGroup } from '../lib/gum-merge';
import {
  browserDurableCopy,
  browserStorage,
  createPersisted,
  type DurableEngine,
  type StorageEngine,
} from './persisted';

import { GUM_CLASS_KEY } from '../lib/storage/storage-keys';
import { createLinkOffers, type PendingLink } from './share/link-offers';

export { GUM_CLASS_KEY };
/** How long a removed group can be brought back. */
export const CLASS_UNDO_MS = 30_000;

/** A removed or replaced group whose old data can still be put back. */
export interface PendingRemoval {
  kind: 'removed' | 'replaced';
  /** The group's data before. */
  group: ClassGroup;
  expiresAt: number;
}

export type { PendingLink };

export function createGumClassStore(
  engine: () => StorageEngine | null,
  now: () => Date = () => new Date(),
  durable?: () => Promise<DurableEngine | null>,
) {
  const doc = createPersisted<ClassData>({
    key: GUM_CLASS_KEY,
    empty: emptyClassData,
    salvage: salvageClassData,
    engine,
    now: () => now().toISOString(),
    ...(durable ? { durable } : {}),
  });
  const $reports = atom<ImportReport[]>([]);
  const $removal = atom<PendingRemoval | null>(null);
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** The groups of the last imported group files, for "replace with this file". */
  let lastFiles = new Map<string, ClassGroup>();

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
    lastFiles = new Map();
    for (const { result } of parsed) {
      if (!result.ok || result.kind !== 'group') continue;
      for (const g of result.groups) lastFiles.set(g.group.id, g);
    }
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

  /** Decode and check a share link's fragment. */
  async function readFragment(fragment: string): Promise<PendingLink> {
    // The decoder (and its compression code) loads only when a link comes.
    const { decodeShareFragment } = await import('../lib/gum-share');
    const decoded = await decodeShareFragment(fragment);
    if (!decoded.ok) return decoded;
    const parsed = parseImportText(decoded.text);
    const g = parsed.ok ? parsed.groups[0] : undefined;
    if (!parsed.ok) return { ok: false, error: parsed.errors.join('') };
    return g && parsed.kind === 'group'
      ? { ok: true, text: decoded.text, groupName: g.group.name, records: countRecords(g) }
      : { ok: false, error: '这个链接不是小组的分享链接。' };
  }

  /** The share links opened, pasted or scanned on this page. */
  const links = createLinkOffers({
    read: readFragment,
    importText: (name, text) => importTexts([{ name, text }]),
    refuse: (report) => importChecked([], [report]),
  });

  function keepForUndo(kind: PendingRemoval['kind'], group: ClassGroup): void {
    clearTimeout(undoTimer);
    $removal.set({ kind, group, expiresAt: now().getTime() + CLASS_UNDO_MS });
    undoTimer = setTimeout(() => $removal.set(null), CLASS_UNDO_MS);
  }

  function remove(groupId: string): boolean {
    const r = removeGroup(doc.$value.get(), groupId);
    if (!r.removed) return false;
    keepForUndo('removed', r.removed);
    return doc.set(r.data);
  }

  /**
   * Keep only what the last imported file of a group holds (records deleted on the tablet go
   * too). Undo puts the group's earlier data back.
   */
  function replaceWithFile(groupId: string): boolean {
    const incoming = lastFiles.get(groupId);
    const data = doc.$value.get();
    const old = data.groups.find((g) => g.group.id === groupId);
    if (!incoming || !old) return false;
    keepForUndo('replaced', old);
    $reports.set(
      $reports.get().map((r) =>
        r.ok
          ? {
              ...r,
              groups: r.groups.map((g) => (g.groupId === groupId ? { ...g, notInFile: 0 } : g)),
            }
          : r,
      ),
    );
    return doc.set(replaceGroup(data, incoming));
  }

  function undoRemove(): boolean {
    const u = $removal.get();
    if (!u) return false;
    clearTimeout(undoTimer);
    $removal.set(null);
    const data = doc.$value.get();
    // A removed group is merged back, keeping anything imported since; a replaced one gets
    // its earlier data back.
    return doc.set(
      u.kind === 'removed' ? mergeGroup(data, u.group).data : replaceGroup(data, u.group),
    );
  }

  return {
    $classData: doc.$value,
    $save: doc.$save,
    $notice: doc.$notice,
    $reports,
    $removal,
    $link: links.$link,
    $linksWaiting: links.$linksWaiting,
    load: doc.load,
    listen: doc.listen,
    retrySave: doc.retry,
    releaseDamaged: doc.release,
    dismissNotice: doc.dismissNotice,
    handleStorageEvent: doc.handleStorageEvent,
    importTexts,
    importChecked,
    readLink: links.readLink,
    acceptLink: links.acceptLink,
    declineLink: links.declineLink,
    importScanned: links.importScanned,
    remove,
    replaceWithFile,
    undoRemove,
  };
}

export type GumClassStore = ReturnType<typeof createGumClassStore>;

/** The class view's store, on localStorage with a durable IndexedDB copy. */
export const classStore = createGumClassStore(browserStorage, undefined, browserDurableCopy);
