/** Groups' data of the campus litter survey, as the record page stores and exports it. */
import { campusLitterDefinition as def } from '../../src/lib/investigation/definitions';
import { buildInvestigationExport } from '../../src/lib/investigation/export-file';
import type {
  InvestigationClassGroup,
  StoredRecord,
} from '../../src/schemas/investigation/records';

export { def };

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** A valid v4 UUID made from a number, so tests can name records. */
export const uuid = (n: number) => `${hex(n, 8)}-0000-4000-8000-${hex(n, 12)}`;

export const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute)).toISOString();

export function zone(n: number, name: string, area: number | null = null, t = 0): StoredRecord {
  return { id: uuid(n), createdAt: at(t), updatedAt: at(t), values: { name, area } };
}

type Counts = [number, number, number, number];

export function survey(
  n: number,
  zoneId: string,
  round: 'first' | 'second',
  counts: Counts,
  o: { t?: number; grams?: (number | null)[]; date?: string; note?: string | null } = {},
): StoredRecord {
  const [recyclable, hazardous, kitchen, other] = counts;
  const g = o.grams ?? [null, null, null, null];
  return {
    id: uuid(n),
    createdAt: at(o.t ?? 0),
    updatedAt: at(o.t ?? 0),
    values: {
      zone: zoneId,
      round,
      date: o.date ?? (round === 'first' ? '2026-11-16' : '2026-11-30'),
      recyclable,
      hazardous,
      kitchen,
      other,
      'recyclable-g': g[0] ?? null,
      'hazardous-g': g[1] ?? null,
      'kitchen-g': g[2] ?? null,
      'other-g': g[3] ?? null,
      gathers: null,
      note: o.note ?? null,
    },
  };
}

/** A group with one zone and a survey per round. */
export function litterGroup(
  n: number,
  name: string,
  zoneName: string,
  first: Counts,
  second: Counts,
): InvestigationClassGroup {
  const z = zone(n * 100, zoneName, 120);
  return {
    group: { id: uuid(n), name, createdAt: at(0), updatedAt: at(0) },
    exportedAt: at(50),
    records: {
      zone: [z],
      survey: [
        survey(n * 100 + 1, z.id, 'first', first),
        survey(n * 100 + 2, z.id, 'second', second, { t: 10 }),
      ],
    },
  };
}

/** The JSON text of a group's export file. */
export function exportText(g: InvestigationClassGroup): string {
  return JSON.stringify(buildInvestigationExport(def, g.group, g.records, g.exportedAt));
}
