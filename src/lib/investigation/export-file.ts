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
import { fileNamePart } from '../text/file-name';

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

/** File name, e.g. `第3组-校园垃圾大调查-2026-11-29.json`. */
export function investigationFileName(
  def: InvestigationDefinition,
  who: string,
  date: string,
  ext = 'json',
): string {
  return `${fileNamePart(who, 20, '小组')}-${def.title}-${date}.${ext}`;
}
