import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { def, litterGroup } from '../../../support/litter-data';
import {
  buildInvestigationClassExport,
  buildInvestigationExport,
  investigationFileName,
} from '../../../../src/lib/investigation/export-file';
import { parseInvestigationFile } from '../../../../src/lib/investigation/import-file';

const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const now = Date.parse('2026-11-30T10:00:00Z');

describe('export files', () => {
  test('a group file names its format, investigation and versions, and imports back', () => {
    const file = buildInvestigationExport(def, g3.group, g3.records, '2026-11-29T08:00:00.000Z');
    expect(file).toEqual({
      format: 'eck-investigation',
      schemaVersion: 1,
      investigation: 'campus-litter',
      definitionVersion: def.version,
      exportedAt: '2026-11-29T08:00:00.000Z',
      group: g3.group,
      records: g3.records,
    });
    expect(parseInvestigationFile(def, JSON.stringify(file), now)).toEqual({
      ok: true,
      kind: 'group',
      groups: [{ ...g3, exportedAt: '2026-11-29T08:00:00.000Z' }],
    });
  });

  test('the class file holds every group and imports back as a class file', () => {
    const g5 = litterGroup(5, '第5组', '食堂', [1, 0, 0, 0], [0, 0, 0, 0]);
    const file = buildInvestigationClassExport(def, { groups: [g3, g5] }, g3.exportedAt);
    expect(file).toMatchObject({ format: 'eck-investigation-class', groups: [g3, g5] });
    expect(parseInvestigationFile(def, JSON.stringify(file, null, 2), now)).toEqual({
      ok: true,
      kind: 'class',
      groups: [g3, g5],
    });
  });
});

describe('investigationFileName', () => {
  test.each([
    ['第3组', 'json', '第3组-校园垃圾大调查-2026-11-29.json'],
    ['第 3 组', 'json', '第_3_组-校园垃圾大调查-2026-11-29.json'],
    ['a/b\\c:d*e?f"g<h>i|j', 'csv', 'a_b_c_d_e_f_g_h_i_j-校园垃圾大调查-2026-11-29.csv'],
    ['', 'json', '小组-校园垃圾大调查-2026-11-29.json'],
    [
      '一二三四五六七八九十一二三四五六七八九十多',
      'json',
      '一二三四五六七八九十一二三四五六七八九十-校园垃圾大调查-2026-11-29.json',
    ],
  ])('“%s” → %s', (who, ext, name) => {
    expect(investigationFileName(def, who, '2026-11-29', ext)).toBe(name);
  });

  test('a long name is cut by characters, never through an emoji', () => {
    const name = investigationFileName(def, `${'一'.repeat(19)}🍂🍂`, '2026-11-29');
    expect(name).toBe(`${'一'.repeat(19)}🍂-校园垃圾大调查-2026-11-29.json`);
    expect(name.isWellFormed()).toBe(true);
  });

  test('property: no character Windows or Android refuse, whatever the group is called', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (who) => {
        const name = investigationFileName(def, who, '2026-11-29');
        expect(name.isWellFormed()).toBe(true);
        const stem = name.slice(0, name.indexOf('-校园垃圾大调查-'));
        expect(stem).not.toMatch(/[\\/:*?"<>|\s]/);
        expect(stem.length).toBeGreaterThan(0);
        expect([...stem].length).toBeLessThanOrEqual(20);
        expect(name.endsWith('-校园垃圾大调查-2026-11-29.json')).toBe(true);
      }),
    );
  });
});
