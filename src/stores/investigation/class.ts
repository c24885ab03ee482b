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
    importTexts(sources: readonly { name: string; text: string }[]) {
      const t = now().getTime();
      return importChecked(
        sources.map((s) => ({ name: s.name, result: parseInvestigationFile(def, s.text, t) })),
      );
    },
    /** Check one file's text (the island reads files one by one). */
    check: (text: string) => parseInvestigationFile(def, text, now().getTime()),
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
