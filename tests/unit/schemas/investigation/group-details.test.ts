/**
 * A group's optional details (grade, nicknames): what the stored and imported schema accepts,
 * which definitions ask for them, and that import and merge keep them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  campusLitterDefinition,
  gumResidueDefinition,
} from '../../../../src/lib/investigation/definitions';
import {
  InvestigationGroupSchema,
  emptyRecords,
  type InvestigationClassGroup,
} from '../../../../src/schemas/investigation/records';
import { GroupDetailsSchema } from '../../../../src/schemas/investigation/definition';
import {
  importInvestigationFiles,
  parseInvestigationFile,
} from '../../../../src/lib/investigation/import-file';
import {
  buildInvestigationClassExport,
  buildInvestigationExport,
} from '../../../../src/lib/investigation/export-file';
import { mergeInvestigationGroups } from '../../../../src/lib/investigation/merge';
import { hasUnsafeChars, isBlankText } from '../../../../src/lib/text/text-safety';
import { at, exportText, litterGroup, uuid } from '../../../support/litter-data';

const meta = { id: uuid(1), name: '第3组', createdAt: at(0), updatedAt: at(0) };
const accepts = (details: object) =>
  InvestigationGroupSchema.safeParse({ ...meta, ...details }).success;

describe('which definitions ask', () => {
  test('gum-residue asks for grade and nicknames, campus-litter for neither', () => {
    expect(gumResidueDefinition.group).toEqual({ grade: true, nicknames: true });
    expect(campusLitterDefinition.group).toBeUndefined();
  });

  test.each<[object, boolean]>([
    [{}, true],
    [{ grade: true }, true],
    [{ grade: true, nicknames: true }, true],
    [{ grade: false }, false],
    [{ names: true }, false],
  ])('the definition block %j accepted: %s', (block, ok) => {
    expect(GroupDetailsSchema.safeParse(block).success).toBe(ok);
  });
});

describe('InvestigationGroupSchema details', () => {
  test.each<[string, object, boolean]>([
    ['none', {}, true],
    ['grade 1', { grade: 1 }, true],
    ['grade 6', { grade: 6 }, true],
    ['grade 0', { grade: 0 }, false],
    ['grade 7', { grade: 7 }, false],
    ['grade 2.5', { grade: 2.5 }, false],
    ['grade as text', { grade: '3' }, false],
    ['grade as a full-width digit', { grade: '３' }, false],
    ['nicknames', { nicknames: ['小明', '🐼', '<script>'] }, true],
    ['8 nicknames of 10 characters', { nicknames: Array(8).fill('一二三四五六七八九十') }, true],
    ['9 nicknames', { nicknames: Array(9).fill('小明') }, false],
    ['an 11-character nickname', { nicknames: ['一二三四五六七八九十一'] }, false],
    ['an empty list (absent instead)', { nicknames: [] }, false],
    ['an empty nickname', { nicknames: [''] }, false],
    ['only spaces', { nicknames: ['   '] }, false],
    ['only zero-width characters', { nicknames: ['\u200B\u200D\uFEFF'] }, false],
    ['a control character', { nicknames: ['小\u0007明'] }, false],
    ['a bidi override', { nicknames: ['\u202E小明'] }, false],
    ['a bidi isolate', { nicknames: ['小明\u2066'] }, false],
    ['a nickname that is not text', { nicknames: [3] }, false],
    ['an unknown detail', { age: 9 }, false],
    ['ten emoji are ten characters (20 UTF-16 units)', { nicknames: ['🐼'.repeat(10)] }, true],
    ['eleven emoji are too many', { nicknames: ['🐼'.repeat(11)] }, false],
  ])('%s', (_, details, ok) => {
    expect(accepts(details)).toBe(ok);
  });

  test('property: an accepted nickname has something visible and no unsafe character', () => {
    const unit = fc.oneof(
      fc.constantFrom('\u0000', '\u001F', '\u202E', '\u2067', '\u200B', '\uFEFF', ' ', '🐼'),
      fc.constantFrom('小', 'a', '３'),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 10 }), (names) => {
        if (!accepts({ nicknames: names })) return;
        expect(names.length).toBeGreaterThanOrEqual(1);
        expect(names.length).toBeLessThanOrEqual(8);
        for (const n of names) {
          // Characters, as the schema counts them (🐼 is one, two UTF-16 units).
          expect([...n].length).toBeLessThanOrEqual(10);
          expect(hasUnsafeChars(n)).toBe(false);
          expect(isBlankText(n)).toBe(false);
        }
      }),
    );
  });
});

describe('files keep the details', () => {
  const def = gumResidueDefinition;
  const gumGroup = (n: number, name: string, updatedAt: string): InvestigationClassGroup => ({
    group: {
      id: uuid(n),
      name,
      createdAt: at(0),
      updatedAt,
      grade: 4,
      nicknames: ['小明', '小红'],
    },
    exportedAt: at(50),
    records: emptyRecords(def),
  });
  const now = Date.parse(at(60));

  test('a group file and a class file import with them', () => {
    const g = gumGroup(3, '第3组', at(5));
    const file = JSON.stringify(buildInvestigationExport(def, g.group, g.records, g.exportedAt));
    const one = parseInvestigationFile(def, file, now);
    expect(one).toEqual({ ok: true, kind: 'group', groups: [g] });
    const cls = JSON.stringify(buildInvestigationClassExport(def, { groups: [g] }, at(55)));
    expect(parseInvestigationFile(def, cls, now)).toEqual({ ok: true, kind: 'class', groups: [g] });
    const { data } = importInvestigationFiles({ groups: [] }, [{ name: 'a.json', result: one }]);
    expect(data.groups[0]?.group).toEqual(g.group);
  });

  test('a bad nickname in a file is named in Chinese', () => {
    const g = gumGroup(3, '第3组', at(5));
    const file = JSON.stringify(
      buildInvestigationExport(
        def,
        { ...g.group, nicknames: ['小明', '\u202E坏'] },
        g.records,
        g.exportedAt,
      ),
    );
    const r = parseInvestigationFile(def, file, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('')).toContain('组员昵称');
  });

  test('the newer group wins with its details, in either order; older details are not mixed in', () => {
    const older = gumGroup(3, '第3组', at(5));
    const newer: InvestigationClassGroup = {
      ...older,
      group: { ...older.group, name: '三组', updatedAt: at(20), grade: 5, nicknames: ['豆豆'] },
    };
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const { data } = mergeInvestigationGroups({ groups: [] }, order);
      expect(data.groups.map((x) => x.group)).toEqual([newer.group]);
    }
    const cleared = { ...older, group: { ...meta, id: older.group.id, updatedAt: at(30) } };
    const { data } = mergeInvestigationGroups({ groups: [] }, [newer, cleared]);
    expect(data.groups[0]?.group).toEqual(cleared.group);
  });

  test('a litter file (no details asked) still imports as before', () => {
    const g = litterGroup(3, '第3组', '操场', [1, 0, 2, 3], [0, 0, 1, 1]);
    const later = Date.parse('2026-12-02T08:00:00Z');
    expect(parseInvestigationFile(campusLitterDefinition, exportText(g), later)).toEqual({
      ok: true,
      kind: 'group',
      groups: [g],
    });
  });
});
