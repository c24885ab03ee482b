/**
 * A parent's children stay records of their own kind: the export file's schema accepts them,
 * and the class view's CSV and summary code reads them like any records (an entry's observation
 * reads as that observation's date).
 */
import { describe, expect, test } from 'vitest';
import { gumResidueDefinition as def } from '../../../../src/lib/investigation/definitions';
import { createInvestigationRecordStore } from '../../../../src/stores/investigation/record';
import { saveWithChildren } from '../../../../src/stores/investigation/record-children';
import { buildInvestigationExport } from '../../../../src/lib/investigation/export-file';
import { investigationSchemas } from '../../../../src/schemas/investigation/records';
import { investigationCsvTable } from '../../../../src/lib/investigation/csv';
import { summaryTable } from '../../../../src/lib/investigation/summary';
import type { InvestigationDefinition } from '../../../../src/schemas/investigation/definition';
import { FakeStorage } from '../../stores/fake-storage';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function groupData() {
  let n = 0;
  const s = createInvestigationRecordStore(def, () => new FakeStorage(), {
    now: () => new Date('2026-12-03T08:00:00Z'),
    newId: () => uuid(++n),
  });
  s.load();
  s.saveGroup('第3组');
  const entry = (item: string, state: string, sizeCm: number | null) => ({
    item,
    medium: 'soil',
    state,
    sizeCm,
    note: null,
  });
  saveWithChildren(
    s,
    def,
    'observation',
    null,
    { date: '2026-12-02', observer: null, note: null },
    [entry('gum', 'slight', 2), entry('paper', 'clear', 3.5)],
  );
  const { group, records } = s.$data.get();
  if (!group) throw new Error('no group');
  return { group, records };
}

describe('children in the class data', () => {
  test('the export file with entries is valid', () => {
    const { group, records } = groupData();
    const file = buildInvestigationExport(def, group, records, '2026-12-03T09:00:00.000Z');
    expect(investigationSchemas(def).exportFile.safeParse(file).success).toBe(true);
  });

  test('CSV and summaries of the entry kind read them, the observation by its date', () => {
    const { group, records } = groupData();
    const data = { groups: [{ group, exportedAt: '2026-12-03T09:00:00.000Z', records }] };
    const withEntries: InvestigationDefinition = {
      ...def,
      csv: [
        ...def.csv,
        {
          kind: 'entry',
          label: '观察项',
          columns: ['group', 'observation', 'item', 'medium', 'state', 'sizeCm'],
        },
      ],
      summaries: [
        ...def.summaries,
        { id: 'by-item', title: '每种样品', kind: 'entry', groupBy: ['item'], sum: ['sizeCm'] },
      ],
    };
    const csv = withEntries.csv.at(-1);
    if (!csv) throw new Error('no csv');
    expect(investigationCsvTable(withEntries, csv, data).rows).toEqual([
      ['第3组', '2026-12-02', '口香糖残胶', '土埋', '略有变化', 2],
      ['第3组', '2026-12-02', '废纸', '土埋', '明显变化', 3.5],
    ]);
    for (const f of def.csv) expect(() => investigationCsvTable(def, f, data)).not.toThrow();
    const summary = withEntries.summaries.at(-1);
    if (!summary) throw new Error('no summary');
    expect(JSON.stringify(summaryTable(withEntries, summary, data))).toContain('口香糖残胶');
  });
});
