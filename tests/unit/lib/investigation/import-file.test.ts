import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { must } from '../../../support/gum-data';
import { at, def, exportText, litterGroup, uuid } from '../../../support/litter-data';
import { tree, treeDef, treeGroup, yard } from '../../../support/tree-data';
import {
  describeInvestigationPath,
  importInvestigationFiles,
  investigationTimeErrors,
  parseInvestigationFile,
} from '../../../../src/lib/investigation/import-file';
import {
  buildInvestigationClassExport,
  buildInvestigationExport,
} from '../../../../src/lib/investigation/export-file';
import { kindOf } from '../../../../src/lib/investigation/values';
import { MAX_IMPORT_BYTES } from '../../../../src/lib/import-limits';
import { MAX_CLOCK_SKEW_MS } from '../../../../src/lib/import-times';
import type { InvestigationClassGroup } from '../../../../src/schemas/investigation/records';

const now = Date.parse('2026-11-30T10:00:00Z');
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const parse = (text: string) => parseInvestigationFile(def, text, now);
type Json = Record<string, unknown>;
/** A fresh copy of g3's export file as plain JSON, to spoil. */
const fileJson = (): Json => JSON.parse(exportText(g3)) as Json;
const errorsOf = (value: unknown) => {
  const r = parse(typeof value === 'string' ? value : JSON.stringify(value));
  return r.ok ? [] : r.errors;
};
const han = /[\u4e00-\u9fff]/;

/** Every place in a JSON value, as a path of keys and indexes. */
function pathsOf(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [path];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return [path, ...entries.flatMap(([k, x]) => pathsOf(x, [...path, k]))];
}
function setAt(root: Json, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let o = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1] as string | number] = value;
  return root;
}
const places = pathsOf(fileJson());

describe('describeInvestigationPath: where a problem is, in the definition’s words', () => {
  test.each<[(string | number)[], string]>([
    [[], '文件'],
    [['exportedAt'], '导出时间'],
    [['group', 'name'], '小组信息的小组名称'],
    [['records'], '记录'],
    [['records', 'survey'], '调查记录'],
    [['records', 'survey', 2, 'values', 'other'], '调查记录第 3 条的其他垃圾'],
    [['records', 'zone', 0, 'values', 'area'], '我们的区域第 1 条的面积'],
    [['records', 'zone', 0, 'updatedAt'], '我们的区域第 1 条的修改时间'],
    [['records', 'photos', 0], '记录第 1 条'],
    [['groups'], '各小组的数据'],
    [
      ['groups', 4, 'records', 'survey', 0, 'values', 'date'],
      '第 5 个小组的调查记录第 1 条的调查日期',
    ],
    [['groups', 0, 'group', 'id'], '第 1 个小组的小组信息的编号'],
    [['records', 'survey', 0, 'values', 'photo'], '调查记录第 1 条的某一项'],
    // A label that starts with 第 keeps its 的.
    [['records', 'survey', 0, 'values', 'round'], '调查记录第 1 条的第几次调查'],
  ])('%j → %s', (path, words) => expect(describeInvestigationPath(def, path)).toBe(words));
});

describe('parseInvestigationFile refuses bad files, saying where and why in Chinese', () => {
  test.each<[string, string, RegExp]>([
    ['null', 'null', /这不是“校园垃圾大调查”的数据文件/],
    ['a list', '[1,2]', /这不是“校园垃圾大调查”的数据文件/],
    ['a number', '12', /这不是“校园垃圾大调查”的数据文件/],
    [
      'no investigation named',
      JSON.stringify({ ...fileJson(), investigation: 7 }),
      /数据文件。请在对应课/,
    ],
    [
      'a long foreign investigation id, quoted short',
      JSON.stringify({ ...fileJson(), investigation: 'x'.repeat(500) }),
      /它属于“x{30}”）/,
    ],
    ['a newer definition', JSON.stringify({ ...fileJson(), definitionVersion: 9 }), /版本 9/],
    [
      'an older definition',
      JSON.stringify({ ...fileJson(), definitionVersion: 0 }),
      /调查的版本不是可以选的值/,
    ],
    ['a bad time', JSON.stringify({ ...fileJson(), exportedAt: 'yesterday' }), /导出时间格式不对/],
    ['no group', JSON.stringify({ ...fileJson(), group: null }), /小组信息应该是一组项目/],
    [
      'a kind the investigation has not',
      JSON.stringify(setAt(fileJson(), ['records', 'photos'], [])),
      /记录里有不认识的项：photos/,
    ],
    [
      'two records with one id',
      JSON.stringify(setAt(fileJson(), ['records', 'survey', 1, 'id'], uuid(301))),
      /记录：有两条记录的编号相同/,
    ],
    [
      'absurd nesting',
      (() => {
        let deep: unknown = 1;
        for (let i = 0; i < 30; i += 1) deep = { a: deep };
        return JSON.stringify(setAt(fileJson(), ['records', 'survey', 0, 'values', 'note'], deep));
      })(),
      /层次太多（超过 20 层）/,
    ],
  ])('%s', (_, text, expected) => {
    const errors = errorsOf(text);
    expect(errors.join(' ')).toMatch(expected);
  });

  test('a file over 5 MB is refused by its size, before it is read', () => {
    const big = `${exportText(g3)}${' '.repeat(MAX_IMPORT_BYTES)}`;
    expect(errorsOf(big)).toEqual([
      expect.stringMatching(/^文件太大（5\.0 MB），最大只能导入 5 MB/),
    ]);
  });

  test('a byte-order mark in front (Windows Notepad) does not matter', () => {
    expect(parse(`\uFEFF${exportText(g3)}`)).toMatchObject({ ok: true, kind: 'group' });
  });

  test('a class file with more than 100 groups says the limit', () => {
    const groups = Array.from({ length: 101 }, (_, i) =>
      litterGroup(i + 1, `第${i + 1}组`, '操场', [1, 0, 0, 0], [0, 0, 0, 0]),
    );
    const text = JSON.stringify(buildInvestigationClassExport(def, { groups }, at(60)));
    expect(errorsOf(text)).toEqual(['一个文件最多 100 个小组。']);
  });

  test('a class file’s problems name the group by its place', () => {
    const file = buildInvestigationClassExport(
      def,
      { groups: [g3, g3] },
      at(60),
    ) as unknown as Json;
    expect(errorsOf(file)).toEqual(['文件：有两个小组的编号相同。']);
    const spoilt = JSON.parse(
      JSON.stringify(buildInvestigationClassExport(def, { groups: [g3] }, at(60))),
    ) as Json;
    setAt(spoilt, ['groups', 0, 'records', 'survey', 0, 'values', 'other'], -1);
    expect(errorsOf(spoilt)).toEqual(['第 1 个小组的调查记录第 1 条的其他垃圾太小了，最小 0。']);
  });

  // One bad value per field: the message names the kind, the field and the reason.
  const survey = kindOf(def, 'survey');
  const zone = kindOf(def, 'zone');
  const badValues: [string, string, unknown, RegExp][] = [
    ...survey.fields
      .filter((f) => f.type === 'number')
      .flatMap((f) => [
        ['survey', f.id, f.min - 1, /太小了，最小/] as [string, string, unknown, RegExp],
        ['survey', f.id, f.max + 1, /太大了，最大/] as [string, string, unknown, RegExp],
        ['survey', f.id, 2.5, /应该是整数/] as [string, string, unknown, RegExp],
        ['survey', f.id, '3', /应该是数字/] as [string, string, unknown, RegExp],
      ]),
    ['survey', 'round', 'third', /不是可以选的值/],
    ['survey', 'zone', 'not-an-id', /编号格式不对/],
    ['survey', 'date', '2026/11/20', /日期格式不对/],
    ['survey', 'date', 20261120, /应该是文字/],
    ['survey', 'note', 'x'.repeat(201), /太长了，最多 200 个字/],
    ['survey', 'note', '好\u202E看', /含有看不见的控制字符/],
    ['survey', 'gathers', '花坛\u0000边', /含有看不见的控制字符/],
    ['survey', 'gathers', true, /应该是文字/],
    ['zone', 'name', '\u200B\u200D\u2060', /只有空格或看不见的字符/],
    ['zone', 'name', '', /只有空格或看不见的字符|太短了/],
    ['zone', 'name', null, /应该是文字/],
    ['zone', 'area', 1e-320, /太小了，最小 1/],
    ['zone', 'area', 0, /太小了，最小 1/],
  ];
  test.each(badValues)('%s.%s = %j', (kindId, fieldId, value, reason) => {
    const kind = kindId === 'zone' ? zone : survey;
    const label = must(kind.fields.find((f) => f.id === fieldId)).label;
    const errors = errorsOf(setAt(fileJson(), ['records', kindId, 0, 'values', fieldId], value));
    expect(errors[0]).toContain(`${kind.label}第 1 条的${label}`);
    expect(errors[0]).toMatch(reason);
  });

  test('property: any JSON value anywhere in a good file never throws; a refusal says why in Chinese', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' }), fc.constant(undefined)),
        (path, value) => {
          const text = JSON.stringify(setAt(fileJson(), path, value)) ?? '';
          const r = parse(text);
          if (r.ok) {
            expect(r.groups).toHaveLength(1);
            return;
          }
          expect(r.errors.length).toBeGreaterThan(0);
          expect(r.errors.length).toBeLessThanOrEqual(6);
          for (const e of r.errors) {
            expect(e).toMatch(han);
            // No English placeholder leaks into a pupil's or teacher's message.
            expect(e).not.toMatch(/\b(undefined|null|NaN|object|nesting|expected|Invalid)\b/);
            expect(e.length).toBeLessThan(300);
          }
        },
      ),
    );
  });

  test('property: arbitrary text never throws and is refused in Chinese unless it is a file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const r = parse(text);
        expect(r.ok).toBe(false);
        if (!r.ok) for (const e of r.errors) expect(e).toMatch(han);
      }),
    );
  });
});

describe('times in the future', () => {
  const stamps: (string | number)[][] = [
    ['exportedAt'],
    ['group', 'createdAt'],
    ['group', 'updatedAt'],
    ['records', 'zone', 0, 'createdAt'],
    ['records', 'survey', 1, 'updatedAt'],
  ];

  test('property: a time up to a day ahead (a wrong time zone) is read; later is refused, naming it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stamps),
        fc.integer({ min: -10 * MAX_CLOCK_SKEW_MS, max: 400 * MAX_CLOCK_SKEW_MS }),
        (path, ahead) => {
          const t = new Date(now + ahead).toISOString();
          const r = parse(JSON.stringify(setAt(fileJson(), path, t)));
          expect(r.ok).toBe(ahead <= MAX_CLOCK_SKEW_MS);
          if (!r.ok) {
            expect(r.errors).toHaveLength(1);
            expect(r.errors[0]).toMatch(/^“第3组”的.*在将来。请检查那台平板的日期和时间/);
          }
        },
      ),
    );
  });

  test('a survey date after tomorrow is refused; a date up to then is read', () => {
    const withDate = (d: string) =>
      parse(JSON.stringify(setAt(fileJson(), ['records', 'survey', 0, 'values', 'date'], d)));
    expect(withDate('2026-12-01').ok).toBe(true);
    expect(withDate('2026-12-02')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^“第3组”的调查记录第 1 条的调查日期是 2026-12-02，在将来。/)],
    });
  });

  test('many wrong times: five messages and a count of the rest', () => {
    const x = fileJson();
    const future = '2099-01-01T00:00:00.000Z';
    for (const p of [
      ...stamps,
      ['records', 'zone', 0, 'updatedAt'],
      ['records', 'survey', 0, 'createdAt'],
    ])
      setAt(x, p, future);
    const errors = errorsOf(x);
    expect(errors).toHaveLength(6);
    expect(errors[5]).toBe('还有 2 处时间不对。');
  });

  test('investigationTimeErrors checks every kind’s date fields, of any definition', () => {
    const y = yard(1, '东院');
    const g = treeGroup(2, { yard: [{ ...y, values: { name: '东院', since: '2099-05-01' } }] });
    expect(investigationTimeErrors(treeDef, [g], now)).toEqual([
      expect.stringMatching(/^“第2组”的院子第 1 条的建成日期是 2099-05-01，在将来。/),
    ]);
    expect(investigationTimeErrors(treeDef, [treeGroup(2, { yard: [y] })], now)).toEqual([]);
  });
});

describe('another investigation’s files', () => {
  const g = treeGroup(4, {
    yard: [yard(41, '东院')],
    tree: [tree(42, { yard: uuid(41), species: 'pine', visit: 'spring', birds: 1 })],
  });
  const text = JSON.stringify(buildInvestigationExport(treeDef, g.group, g.records, g.exportedAt));

  test('are read by their own definition and refused by this one, naming theirs', () => {
    expect(parseInvestigationFile(treeDef, text, now)).toEqual({
      ok: true,
      kind: 'group',
      groups: [g],
    });
    expect(errorsOf(text)).toEqual([
      '这不是“校园垃圾大调查”的数据文件。（它属于“tree-count”）请在对应课的全班数据页导入。',
    ]);
  });

  test('an optional choice may be empty; a choice of a record not in the file may not', () => {
    const free = treeGroup(5, {
      tree: [tree(51, { species: 'willow', visit: 'autumn', birds: 0 })],
    });
    const ok = JSON.stringify(
      buildInvestigationExport(treeDef, free.group, free.records, free.exportedAt),
    );
    expect(parseInvestigationFile(treeDef, ok, now).ok).toBe(true);
    const lost = treeGroup(5, {
      tree: [tree(51, { yard: uuid(99), species: 'willow', visit: 'autumn', birds: 0 })],
    });
    const bad = JSON.stringify(
      buildInvestigationExport(treeDef, lost.group, lost.records, lost.exportedAt),
    );
    expect(parseInvestigationFile(treeDef, bad, now)).toEqual({
      ok: false,
      errors: ['记录：有记录选的区域（或别的记录）不在文件里。'],
    });
  });
});

describe('importInvestigationFiles', () => {
  test('a file that would take the class past 100 groups is refused whole; the others merge', () => {
    const many: InvestigationClassGroup[] = Array.from({ length: 99 }, (_, i) =>
      litterGroup(i + 1, `第${i + 1}组`, '操场', [1, 0, 0, 0], [0, 0, 0, 0]),
    );
    const two = [
      litterGroup(170, '第170组', '操场', [1, 0, 0, 0], [0, 0, 0, 0]),
      litterGroup(171, '第171组', '操场', [1, 0, 0, 0], [0, 0, 0, 0]),
    ];
    const one = litterGroup(172, '第172组', '操场', [1, 0, 0, 0], [0, 0, 0, 0]);
    const { data, reports } = importInvestigationFiles({ groups: many }, [
      { name: 'two.json', result: { ok: true, kind: 'class', groups: two } },
      { name: 'one.json', result: { ok: true, kind: 'group', groups: [one] } },
    ]);
    expect(reports).toEqual([
      {
        source: 'two.json',
        ok: false,
        errors: ['全班数据最多只能有 100 个小组，请先删除不用的小组。'],
      },
      expect.objectContaining({ source: 'one.json', ok: true, kind: 'group' }),
    ]);
    expect(data.groups).toHaveLength(100);
    expect(data.groups.map((x) => x.group.name)).toContain('第172组');
  });
});
