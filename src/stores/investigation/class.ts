/**
 * Every group's data of an investigation on the teacher's device: the class data, its save
 * state, and the reports of the last import. Kept through the guarded persistence layer.
 */
import { atom } from 'nanostores';
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import {
  emptyInvestigationClassData,
  type InvestigationClassData,
  type InvestigationClassGroup,
} from '../../schemas/investigation/records';
import { undoSlot } from '../actions';
import {
  describeInvestigationPath,
  importInvestigationFiles,
  notOursMessage,
  parseInvestigationFile,
  type InvestigationImportReport,
  type InvestigationParse,
} from '../../lib/investigation/import-file';
import { removeInvestigationGroup } from '../../lib/investigation/merge';
import { salvageInvestigationClass } from '../../lib/investigation/salvage';
import { investigationClassKey } from '../../lib/storage/storage-keys';
import {
  browserDurableCopy,
  browserStorage,
  createPersisted,
  type DurableEngine,
  type StorageEngine,
} from '../persisted';
import { perInvestigation } from './per-investigation';
import { legacyKeys } from '../../lib/investigation/legacy/formats';
import type { legacyClasses } from '../../lib/investigation/legacy/class-formats';
import { investigationShareCodec, isShareFragment } from '../../lib/share/fragment';
import { createLinkOffers, type PendingLink } from '../share/link-offers';

export function createInvestigationClassStore(
  def: InvestigationDefinition,
  engine: () => StorageEngine | null,
  now: () => Date = () => new Date(),
  durable?: () => Promise<DurableEngine | null>,
  /**
   * The older code's formats a definition may name in `legacy` (./legacy/class-formats.ts),
   * given by the page that needs them: only its code can then reach their readers.
   */
  formats?: typeof legacyClasses,
) {
  const doc = createPersisted<InvestigationClassData>({
    key: investigationClassKey(def.id),
    empty: emptyInvestigationClassData,
    salvage: (raw) => salvageInvestigationClass(def, raw),
    legacy: legacyKeys(def, formats, () => now().toISOString()),
    engine,
    now: () => now().toISOString(),
    ...(durable ? { durable } : {}),
  });
  const $reports = atom<InvestigationImportReport[]>([]);

  /** Merge checked files; the class data changes only if something was added or updated. */
  function importChecked(
    parsed: readonly { name: string; result: InvestigationParse }[],
    refused: readonly InvestigationImportReport[] = [],
  ): InvestigationImportReport[] {
    const { data, reports } = importInvestigationFiles(doc.$value.get(), parsed);
    if (reports.some((r) => r.ok && r.groups.some((g) => g.added + g.updated > 0))) doc.set(data);
    const all = [...refused, ...reports];
    $reports.set(all);
    return all;
  }

  const old = def.legacy && formats?.[def.legacy];
  const parse = (text: string) => parseInvestigationFile(def, text, now().getTime());
  /**
   * Check a file's text: an engine file, or one of the older code's (`legacy`), read by its
   * reader (loaded only for a file the engine does not recognise).
   */
  async function check(text: string): Promise<InvestigationParse> {
    const r = parse(text);
    if (r.ok || !old || r.errors[0] !== notOursMessage(def)) return r;
    const c = (await old.load()).file(def, text, now().getTime(), describeInvestigationPath);
    return !c ? r : c.ok ? parse(c.text) : { ok: false, errors: [c.error] };
  }
  const importTexts = async (sources: readonly { name: string; text: string }[]) =>
    importChecked(
      await Promise.all(sources.map(async (s) => ({ name: s.name, result: await check(s.text) }))),
    );

  /** Decode and check a share link's fragment: one group of this investigation, or why not. */
  async function readFragment(fragment: string): Promise<PendingLink> {
    // The decoder (and its compression code, or the older code's reader) loads only when a
    // link comes.
    const decoded =
      old && isShareFragment(old.codec, fragment)
        ? await (await old.load()).link(def, fragment, now().getTime(), describeInvestigationPath)
        : await import('../../lib/share/decode-share').then((m) =>
            m.decodeShareFragment(investigationShareCodec(def), fragment),
          );
    if (!decoded.ok) return decoded;
    const parsed = parse(decoded.text);
    if (!parsed.ok) return { ok: false, error: parsed.errors.join('') };
    const g = parsed.groups[0];
    if (parsed.kind !== 'group' || !g) return { ok: false, error: '这个链接不是小组的分享链接。' };
    const records = Object.values(g.records).reduce((n, list) => n + list.length, 0);
    return { ok: true, text: decoded.text, groupName: g.group.name, records };
  }

  const undo = undoSlot<{ label: string; group: InvestigationClassGroup; index: number }>(() =>
    now().getTime(),
  );

  /** The share links opened, pasted or scanned on this page. */
  const links = createLinkOffers({
    read: readFragment,
    importText: (name, text) => importChecked([{ name, result: parse(text) }]),
    refuse: (report) => importChecked([], [report]),
  });

  return {
    $data: doc.$value,
    $save: doc.$save,
    $notice: doc.$notice,
    $reports,
    load: doc.load,
    listen: doc.listen,
    retrySave: doc.retry,
    releaseDamaged: doc.release,
    dismissNotice: doc.dismissNotice,
    importChecked,
    /** Check and merge files given as name and text. */
    importTexts,
    /** Check one file's text (the island reads files one by one). */
    check,
    /** The share links the page reads: its own, and the older code's (`legacy`). */
    codecs: [investigationShareCodec(def), ...(old ? [old.codec] : [])],
    ...links,
    /** The last group removed, while it can be put back (`undoRemove`). */
    $undo: undo.$undo,
    /** Remove a group; for UNDO_MS it can be put back in its place. */
    removeGroup(groupId: string) {
      const groups = doc.$value.get().groups;
      const index = groups.findIndex((g) => g.group.id === groupId);
      const group = groups[index];
      if (group) undo.offer({ label: `“${group.group.name}”的数据`, group, index });
      return doc.set(removeInvestigationGroup(doc.$value.get(), groupId));
    },
    /** Put the last removed group back where it was (unless imported again meanwhile). */
    undoRemove() {
      const u = undo.take();
      const groups = [...doc.$value.get().groups];
      if (!u || groups.some((g) => g.group.id === u.group.group.id)) return false;
      groups.splice(Math.min(u.index, groups.length), 0, u.group);
      return doc.set({ groups });
    },
  };
}

export type InvestigationClassStore = ReturnType<typeof createInvestigationClassStore>;

/** The page's class store of an investigation, on localStorage with a durable copy. */
export const investigationClassStore = perInvestigation((def) =>
  createInvestigationClassStore(def, browserStorage, undefined, browserDurableCopy),
);
