/** A group's export file of an investigation, and its name. Pure. */
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import {
  INVESTIGATION_CLASS_FORMAT,
  INVESTIGATION_EXPORT_FORMAT,
  INVESTIGATION_FILE_VERSION,
  type InvestigationClassData,
  type InvestigationClassExport,
  type InvestigationExport,
  type InvestigationGroup,
  type StoredRecord,
} from '../../schemas/investigation/records';

/** The file a group exports from the record page. */
export function buildInvestigationExport(
  def: InvestigationDefinition,
  group: InvestigationGroup,
  records: Record<string, StoredRecord[]>,
  exportedAt: string,
): InvestigationExport {
  return {
    format: INVESTIGATION_EXPORT_FORMAT,
    schemaVersion: INVESTIGATION_FILE_VERSION,
    investigation: def.id,
    definitionVersion: def.version,
    exportedAt,
    group,
    records,
  };
}

/** The class view's own file of every group. */
export function buildInvestigationClassExport(
  def: InvestigationDefinition,
  data: InvestigationClassData,
  exportedAt: string,
): InvestigationClassExport {
  return {
    format: INVESTIGATION_CLASS_FORMAT,
    schemaVersion: INVESTIGATION_FILE_VERSION,
    investigation: def.id,
    definitionVersion: def.version,
    exportedAt,
    groups: data.groups,
  };
}

/** Characters Windows and Android refuse in file names. */
const unsafeInName = /[\\/:*?"<>|\s]+/g;

/** File name, e.g. `第3组-校园垃圾大调查-2026-11-29.json`. */
export function investigationFileName(
  def: InvestigationDefinition,
  who: string,
  date: string,
  ext = 'json',
): string {
  // By characters, not UTF-16 units: a cut emoji would leave half a surrogate pair.
  const name = [...who.replace(unsafeInName, '_')].slice(0, 20).join('') || '小组';
  return `${name}-${def.title}-${date}.${ext}`;
}
