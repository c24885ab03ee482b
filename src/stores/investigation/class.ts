/**
 * Every group's data of an investigation on the teacher's device: the class data, its save
 * state, and the reports of the last import. Kept through the guarded persistence layer.
 */
import { atom } from 'nanostores';
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import {
  emptyInvestigationClassData,
  type InvestigationClassData,
} from '../../schemas/investigation/records';
import {
  importInvestigationFiles,
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
import { investigationShareCodec } from '../../lib/share/fragment';
import { createLinkOffers, type PendingLink } from '../share/link-offers';

export function createInvestigationClassStore(
  def: InvestigationDefinition,
  engine: () => StorageEngine | null,
  now: () => Date = () => new Date(),
  durable?: () => Promise<DurableEngine | null>,
) {
  const doc = createPersisted<InvestigationClassData>({
    key: investigationClassKey(def.id),
    empty: emptyInvestigationClassData,
    salvage: (raw) => salvageInvestigationClass(def, raw),
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

  const check = (text: string) => parseInvestigationFile(def, text, now().getTime());
  const importTexts = (sources: readonly { name: string; text: string }[]) =>
    importChecked(sources.map((s) => ({ name: s.name, result: check(s.text) })));

  /** Decode and check a share link's fragment: one group of this investigation, or why not. */
  async function readFragment(fragment: string): Promise<PendingLink> {
    // The decoder (and its compression code) loads only when a link comes.
    const { decodeShareFragment } = await import('../../lib/share/decode-share');
    const decoded = await decodeShareFragment(investigationShareCodec(def), fragment);
    if (!decoded.ok) return decoded;
    const parsed = check(decoded.text);
    if (!parsed.ok) return { ok: false, error: parsed.errors.join('') };
    const g = parsed.groups[0];
    if (parsed.kind !== 'group' || !g) return { ok: false, error: '这个链接不是小组的分享链接。' };
    const records = Object.values(g.records).reduce((n, list) => n + list.length, 0);
    return { ok: true, text: decoded.text, groupName: g.group.name, records };
  }

  /** The share links opened, pasted or scanned on this page. */
  const links = createLinkOffers({
    read: readFragment,
    importText: (name, text) => importTexts([{ name, text }]),
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
    ...links,
    removeGroup(groupId: string) {
      return doc.set(removeInvestigationGroup(doc.$value.get(), groupId));
    },
  };
}

export type InvestigationClassStore = ReturnType<typeof createInvestigationClassStore>;

/** The page's class store of an investigation, on localStorage with a durable copy. */
export const investigationClassStore = perInvestigation((def) =>
  createInvestigationClassStore(def, browserStorage, undefined, browserDurableCopy),
);
