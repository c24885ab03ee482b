import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { emptyClassData, type ClassData } from '../../../src/schemas/gum-class';
import type { GumExport } from '../../../src/schemas/gum-export';
import {
  classGroupFromExport,
  countRecords,
  describeGroupReport,
  isNewer,
  mergeGroup,
  mergeGroups,
  removeGroup,
  replaceGroup,
} from '../../../src/lib/gum-merge';
import { makeGroupExport, testId, must } from '../../support/gum-data';
import { prediction } from '../gum-fixtures';

/** Merge export files one after the other into empty class data. */
function mergeAll(files: readonly GumExport[], start: ClassData = emptyClassData()) {
  return mergeGroups(start, files.map(classGroupFromExport));
}

/** A survey copy: (group, record, version, variant) → a file holding it. */
type Tuple = { g: number; r: number; v: number; note: string; file: number };

const tupleArb = fc.record({
  g: fc.integer({ min: 1, max: 3 }),
  r: fc.integer({ min: 1, max: 5 }),
  v: fc.integer({ min: 0, max: 3 }),
  note: fc.constantFrom('', 'a', 'b'),
  file: fc.integer({ min: 0, max: 3 }),
});

function filesOf(tuples: readonly Tuple[]): GumExport[] {
  const files = new Map<string, GumExport>();
  for (const t of tuples) {
    const key = `${t.file}/${t.g}`;
    const f = files.get(key) ?? {
      ...makeGroupExport(t.g, { surveys: 0, measurements: 0, observations: 0 }),
    };
    files.set(key, f);
    const base = must(
      makeGroupExport(t.g, { surveys: 1, measurements: 0, observations: 0 }).surveys[0],
    );
    f.surveys = [
      ...f.surveys,
      {
        ...base,
        id: testId(t.g, t.r),
        createdAt: new Date(Date.UTC(2026, 2, 2, 8, 0, t.r)).toISOString(),
        updatedAt: new Date(Date.UTC(2026, 2, 3, 8, 0, t.v)).toISOString(),
        count: t.v,
        note: t.note,
      },
    ];
  }
  return [...files.values()];
}

describe('mergeGroup', () => {
  test('a new group: everything is added, records sorted by creation', () => {
    const file = makeGroupExport(1, { surveys: 3, measurements: 2, observations: 2 });
    file.surveys.reverse();
    const { data, report } = mergeGroup(emptyClassData(), classGroupFromExport(file));
    expect(report).toEqual({
      groupId: file.group.id,
      groupName: '第1组',
      newGroup: true,
      added: 8,
      updated: 0,
      ignored: 0,
      notInFile: 0,
    });
    expect(data.groups[0]?.surveys.map((s) => s.id)).toEqual(
      [...file.surveys].reverse().map((s) => s.id),
    );
  });

  test('the same file twice changes nothing', () => {
    const file = classGroupFromExport(makeGroupExport(2));
    const once = mergeGroup(emptyClassData(), file).data;
    const twice = mergeGroup(once, file);
    expect(twice.data).toEqual(once);
    expect(twice.report).toMatchObject({ newGroup: false, added: 0, updated: 0, ignored: 8 });
  });

  test('an edited record (newer updatedAt) replaces the older copy; an older copy is ignored', () => {
    const old = makeGroupExport(1, { surveys: 2 });
    const edited = makeGroupExport(1, { surveys: 2, editedAfter: 60 });
    edited.surveys[0] = { ...must(edited.surveys[0]), count: 99 };
    const a = mergeAll([old, edited]);
    const b = mergeAll([edited, old]);
    expect(a.data).toEqual(b.data);
    expect(a.data.groups[0]?.surveys[0]?.count).toBe(99);
    expect(a.reports[1]).toMatchObject({ added: 0, updated: 7 });
    expect(b.reports[1]).toMatchObject({ added: 0, updated: 0, ignored: 7 });
  });

  test('the group name follows the newest copy of the group', () => {
    const old = makeGroupExport(1);
    const renamed = makeGroupExport(1, { editedAfter: 5 });
    renamed.group = { ...renamed.group, name: '绿叶队' };
    expect(mergeAll([renamed, old]).data.groups[0]?.group.name).toBe('绿叶队');
    expect(mergeAll([old, renamed]).data.groups[0]?.group.name).toBe('绿叶队');
  });

  test('groups are kept apart even when record ids collide', () => {
    const a = makeGroupExport(1, { surveys: 2 });
    const b = makeGroupExport(2, { surveys: 2 });
    b.surveys = b.surveys.map((s, i) => ({ ...s, id: must(a.surveys[i]).id }));
    const { data } = mergeAll([a, b]);
    expect(data.groups.map((g) => g.group.name)).toEqual(['第1组', '第2组']);
    expect(data.groups.map((g) => g.surveys.length)).toEqual([2, 2]);
    expect(data.groups[1]?.surveys[0]?.count).toBe(b.surveys[0]?.count);
  });
});

describe('merge properties', () => {
  test('idempotent: merging the same files again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(tupleArb, { maxLength: 25 }), (tuples) => {
        const files = filesOf(tuples);
        const once = mergeAll(files);
        const again = mergeAll(files, once.data);
        expect(again.data).toEqual(once.data);
        for (const r of again.reports) expect(r.added + r.updated).toBe(0);
      }),
    );
  });

  test('order-independent for the same set of files', () => {
    fc.assert(
      fc.property(
        fc.array(tupleArb, { maxLength: 25 }).chain((t) => {
          const files = filesOf(t);
          return fc.tuple(
            fc.constant(files),
            fc.shuffledSubarray(files, { minLength: files.length }),
          );
        }),
        ([files, shuffled]) => {
          expect(mergeAll(shuffled).data).toEqual(mergeAll(files).data);
        },
      ),
    );
  });

  test('newest edit wins and groups stay apart', () => {
    fc.assert(
      fc.property(fc.array(tupleArb, { minLength: 1, maxLength: 25 }), (tuples) => {
        const { data } = mergeAll(filesOf(tuples));
        const groups = new Set(tuples.map((t) => t.g));
        expect(data.groups.length).toBe(groups.size);
        for (const g of data.groups) {
          const mine = tuples.filter((t) => testId(t.g, 0) === g.group.id);
          expect(new Set(g.surveys.map((s) => s.id))).toEqual(
            new Set(mine.map((t) => testId(t.g, t.r))),
          );
          for (const s of g.surveys) {
            const newest = Math.max(
              ...mine.filter((t) => testId(t.g, t.r) === s.id).map((t) => t.v),
            );
            expect(s.count).toBe(newest);
          }
        }
      }),
    );
  });
});

describe('isNewer', () => {
  test.each([
    ['2026-03-02T08:00:01.000Z', '2026-03-02T08:00:00.000Z', true],
    ['2026-03-02T08:00:00.000Z', '2026-03-02T08:00:01.000Z', false],
    // Same instant written with and without milliseconds: not newer by time.
    ['2026-03-02T08:00:00Z', '2026-03-02T08:00:00.000Z', true],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(isNewer({ updatedAt: a }, { updatedAt: b })).toBe(expected);
  });
  test('a tie is broken the same way both ways round', () => {
    const a = { updatedAt: '2026-03-02T08:00:00.000Z', note: 'a' };
    const b = { updatedAt: '2026-03-02T08:00:00.000Z', note: 'b' };
    expect(isNewer(a, b)).not.toBe(isNewer(b, a));
    expect(isNewer(a, a)).toBe(false);
  });
});

describe('records deleted on the tablet', () => {
  test('merging keeps them and counts them; replacing keeps only the file', () => {
    const before = makeGroupExport(1, { surveys: 4 });
    const after = { ...before, surveys: before.surveys.slice(1) };
    const { data, reports } = mergeAll([before, after]);
    expect(data.groups[0]?.surveys).toHaveLength(4);
    expect(reports[1]).toMatchObject({ added: 0, updated: 0, notInFile: 1 });
    const replaced = replaceGroup(data, classGroupFromExport(after));
    expect(replaced.groups[0]?.surveys.map((s) => s.id)).toEqual(after.surveys.map((s) => s.id));
    expect(replaced).toEqual(mergeAll([after]).data);
  });
  test('replacing leaves other groups alone', () => {
    const { data } = mergeAll([makeGroupExport(1), makeGroupExport(2)]);
    const replaced = replaceGroup(data, classGroupFromExport(makeGroupExport(2, { surveys: 0 })));
    expect(replaced.groups[0]).toEqual(data.groups[0]);
    expect(replaced.groups[1]?.surveys).toEqual([]);
  });
});

describe('removeGroup', () => {
  test('removes one group; merging it back restores the data', () => {
    const { data } = mergeAll([makeGroupExport(1), makeGroupExport(2)]);
    const id = must(data.groups[0]).group.id;
    const r = removeGroup(data, id);
    expect(r.data.groups.map((g) => g.group.name)).toEqual(['第2组']);
    expect(r.removed?.group.id).toBe(id);
    expect(mergeGroup(r.data, must(r.removed)).data).toEqual(data);
  });
  test('an unknown id changes nothing', () => {
    const { data } = mergeAll([makeGroupExport(1)]);
    expect(removeGroup(data, testId(9, 0))).toEqual({ data, removed: null });
  });
});

test('countRecords and describeGroupReport', () => {
  const g = classGroupFromExport(
    makeGroupExport(1, { surveys: 3, measurements: 2, observations: 2 }),
  );
  expect(countRecords(g)).toBe(8);
  expect(
    describeGroupReport({
      groupId: 'x',
      groupName: '第1组',
      newGroup: true,
      added: 8,
      updated: 0,
      ignored: 0,
      notInFile: 0,
    }),
  ).toBe('第1组（新小组）：新增 8 条，更新 0 条，已有未变 0 条');
  expect(
    describeGroupReport({
      groupId: 'x',
      groupName: '第1组',
      newGroup: false,
      added: 0,
      updated: 1,
      ignored: 5,
      notInFile: 2,
    }),
  ).toBe('第1组：新增 0 条，更新 1 条，已有未变 5 条；全班数据里另有 2 条这个文件里没有的记录');
});

describe('odd times and ties', () => {
  test.each([
    ['an unreadable time is older than any real one', 'gestern', '2026-03-02T08:00:00.000Z', false],
    ['a real time is newer than an unreadable one', '2026-03-02T08:00:00.000Z', 'gestern', true],
  ])('%s', (_, a, b, newer) => {
    expect(isNewer({ updatedAt: a }, { updatedAt: b })).toBe(newer);
  });

  test('records created at the same moment are kept in id order, whichever file came first', () => {
    const f = makeGroupExport(1, { surveys: 3, measurements: 0, observations: 0 });
    const same = must(f.surveys[0]).createdAt;
    const ids = [testId(1, 30), testId(1, 10), testId(1, 20)];
    f.surveys = f.surveys.map((s, i) => ({ ...s, createdAt: same, id: ids[i] ?? '' }));
    const reversed = { ...f, surveys: [...f.surveys].reverse() };
    const sorted = [...ids].sort();
    expect(mergeAll([f]).data.groups[0]?.surveys.map((s) => s.id)).toEqual(sorted);
    expect(mergeAll([reversed]).data.groups[0]?.surveys.map((s) => s.id)).toEqual(sorted);
  });
});

describe('predictions and setups in reports', () => {
  test('a prediction deleted on the tablet is counted as not in the file; a group without setup counts no setup', () => {
    const f = makeGroupExport(1, { surveys: 0, measurements: 0, observations: 0 });
    f.decomposition.predictions = [
      { ...prediction, id: testId(1, 80) },
      { ...prediction, id: testId(1, 81), pupil: '小红' },
    ];
    const later = {
      ...f,
      decomposition: { ...f.decomposition, predictions: f.decomposition.predictions.slice(0, 1) },
    };
    const { data, reports } = mergeAll([f, later]);
    expect(reports[1]).toMatchObject({ added: 0, ignored: 2, notInFile: 1 });
    expect(data.groups[0]?.decomposition.predictions).toHaveLength(2);

    const g = must(data.groups[0]);
    expect(countRecords(g)).toBe(3); // two predictions and the setup
    expect(countRecords({ ...g, decomposition: { ...g.decomposition, setup: null } })).toBe(2);
  });
});
