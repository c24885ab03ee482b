/** The record data's optional time of the last export, as salvage reads stored values. */
import { describe, expect, test } from 'vitest';
import { def, litterGroup } from '../../../support/litter-data';
import { salvageInvestigationData } from '../../../../src/lib/investigation/salvage';

const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const stored = { group: g3.group, records: g3.records };
const at = '2026-12-04T08:30:00.000Z';

describe('lastExportedAt in stored record data', () => {
  test.each<[string, unknown, unknown, number]>([
    ['older data without it: read whole', stored, stored, 0],
    ['a time: kept', { ...stored, lastExportedAt: at }, { ...stored, lastExportedAt: at }, 0],
    // A damaged value's records are kept, the note (only for the export section) is forgotten.
    ['not a time: forgotten, counted', { ...stored, lastExportedAt: 'gestern' }, stored, 1],
    ['null: forgotten, counted', { ...stored, lastExportedAt: null }, stored, 1],
    [
      'a damaged record beside a valid time: the time forgotten',
      {
        ...stored,
        records: { ...stored.records, zone: [...(stored.records['zone'] ?? []), 7] },
        lastExportedAt: at,
      },
      stored,
      1,
    ],
  ])('%s', (_, input, value, dropped) => {
    expect(salvageInvestigationData(def, input)).toEqual({ value, dropped });
  });
});
