import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { core } from 'zod/mini';
import { emptyClassData } from '../../../src/schemas/gum-class';
import {
  MAX_IMPORT_BYTES,
  buildClassExport,
  describePath,
  importParsed,
  importSources,
  issueReason,
  parseImportText,
  quote,
  salvageClassData,
} from '../../../src/lib/gum-import';
import { classGroupFromExport, mergeGroups } from '../../../src/lib/gum-merge';
import { makeGroupExport } from '../../support/gum-data';

const good = makeGroupExport(1);
const goodText = JSON.stringify(good, null, 2);
const json = (v: unknown) => JSON.stringify(v);
const withSurvey = (patch: Record<string, unknown>) =>
  json({ ...good, surveys: [{ ...good.surveys[0], ...patch }] });

describe('parseImportText rejects what is not a valid file, with a Chinese message', () => {
  test.each([
    ['empty', '', '文件是空的。'],
    ['not JSON', '<html>hello</html>', '文件不是有效的 JSON，可能不完整或已损坏。'],
    [
      'truncated',
      goodText.slice(0, goodText.length / 2),
      '文件不是有效的 JSON，可能不完整或已损坏。',
    ],
    ['an array', '[1,2]', '这不是口香糖实验的数据文件。'],
    ['a number', '42', '这不是口香糖实验的数据文件。'],
    [
      'another format',
      json({ format: 'eck-observations', schemaVersion: 1 }),
      '这不是口香糖实验的数据文件。',
    ],
    ['no format', json({ ...good, format: undefined }), '这不是口香糖实验的数据文件。'],
    [
      'a newer group file',
      json({ ...good, schemaVersion: 2 }),
      '这个文件来自更新版本的工具箱（版本 2），这里只能读取版本 1。请把工具箱更新后再导入。',
    ],
    [
      'a newer class file',
      json({ format: 'eck-gum-class', schemaVersion: 3, exportedAt: good.exportedAt, groups: [] }),
      '这个文件来自更新版本的工具箱（版本 3），这里只能读取版本 1。请把工具箱更新后再导入。',
    ],
    ['a count as text', withSurvey({ count: '3' }), '残胶清点第 1 条的残胶数量应该是数字。'],
    ['a negative count', withSurvey({ count: -3 }), '残胶清点第 1 条的残胶数量太小了，最小 0。'],
    ['an extra key at the top', json({ ...good, extra: 1 }), '文件里有不认识的项：extra。'],
    [
      'an extra key in a record',
      withSurvey({ html: '<b>' }),
      '残胶清点第 1 条里有不认识的项：html。',
    ],
    [
      'a __proto__ key',
      goodText.replace('"surveys"', '"__proto__": {"polluted": 1}, "surveys"'),
      '文件里有不允许的项（__proto__），没有导入。',
    ],
    [
      'a nested constructor key',
      withSurvey({ constructor: { prototype: 1 } }),
      '文件里有不允许的项（constructor），没有导入。',
    ],
    [
      'a class file with a bad group',
      json({
        ...buildClassExport(
          mergeGroups(emptyClassData(), [classGroupFromExport(good)]).data,
          good.exportedAt,
        ),
        groups: [{ ...classGroupFromExport(good), surveys: 'none' }],
      }),
      '第 1 个小组的残胶清点应该是列表。',
    ],
    [
      'a class file with the same group twice',
      json(
        buildClassExport(
          { schemaVersion: 1, groups: [classGroupFromExport(good), classGroupFromExport(good)] },
          good.exportedAt,
        ),
      ),
      '小组：同一个小组出现了两次。',
    ],
    [
      'a survey with length but no width',
      withSurvey({ lengthMetres: 5 }),
      '残胶清点第 1 条的宽：长和宽要么都填，要么都不填。',
    ],
  ])('%s', (_, text, message) => {
    const r = parseImportText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toBe(message);
  });

  test('over 5 MB', () => {
    const text = json({ ...good, pad: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(parseImportText(text)).toEqual({
      ok: false,
      errors: ['文件太大（5.0 MB），最大只能导入 5 MB，可能不是小组导出的文件。'],
    });
  });

  test('5 MB counted in UTF-8 bytes: 2 million Chinese characters are too many', () => {
    const r = parseImportText(json({ ...good, pad: '很'.repeat(2_000_000) }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^文件太大（5\.7 MB）/);
  });

  test('any text that is not a file is refused without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseImportText(text).ok).toBe(false);
      }),
    );
  });

  test('any damage to a valid file is refused or yields a schema-valid value', () => {
    fc.assert(
      fc.property(fc.nat(goodText.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        const r = parseImportText(goodText.slice(0, at) + insert + goodText.slice(at + 1));
        if (r.ok) expect(r.groups).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseImportText accepts our files', () => {
  test('a group file, with or without a BOM', () => {
    for (const text of [goodText, `\uFEFF${goodText}`]) {
      const r = parseImportText(text);
      expect(r).toEqual({ ok: true, kind: 'group', groups: [classGroupFromExport(good)] });
    }
  });
  test('the class file round-trips to the same class data', () => {
    const data = mergeGroups(emptyClassData(), [
      classGroupFromExport(makeGroupExport(1)),
      classGroupFromExport(makeGroupExport(2)),
    ]).data;
    const text = JSON.stringify(buildClassExport(data, '2026-03-10T08:00:00.000Z'));
    const r = importSources(emptyClassData(), [{ name: 'class.json', text }]);
    expect(r.data).toEqual(data);
    expect(r.reports[0]).toMatchObject({ ok: true, kind: 'class' });
  });
});

describe('importSources', () => {
  test('each file is reported; bad files change nothing; good ones merge', () => {
    const start = mergeGroups(emptyClassData(), [classGroupFromExport(makeGroupExport(1))]).data;
    const { data, reports } = importSources(start, [
      { name: '坏文件.json', text: '{"format":' },
      { name: '第2组.json', text: JSON.stringify(makeGroupExport(2)) },
      { name: '第1组.json', text: goodText },
    ]);
    expect(reports).toEqual([
      { source: '坏文件.json', ok: false, errors: ['文件不是有效的 JSON，可能不完整或已损坏。'] },
      {
        source: '第2组.json',
        ok: true,
        kind: 'group',
        groups: [expect.objectContaining({ groupName: '第2组', newGroup: true, added: 8 })],
      },
      {
        source: '第1组.json',
        ok: true,
        kind: 'group',
        groups: [expect.objectContaining({ added: 0, updated: 0, ignored: 8 })],
      },
    ]);
    expect(data.groups.map((g) => g.group.name)).toEqual(['第1组', '第2组']);
  });

  test('only bad files: the class data is the same object', () => {
    const start = mergeGroups(emptyClassData(), [classGroupFromExport(good)]).data;
    const r = importSources(start, [{ name: 'x.json', text: json({ ...good, extra: 1 }) }]);
    expect(r.data).toBe(start);
  });
});

describe('salvageClassData', () => {
  const data = mergeGroups(emptyClassData(), [
    classGroupFromExport(makeGroupExport(1)),
    classGroupFromExport(makeGroupExport(2)),
  ]).data;
  test('valid data: all of it', () => {
    expect(salvageClassData(JSON.parse(JSON.stringify(data)))).toEqual({ value: data, dropped: 0 });
  });
  test('one damaged group is left out, the other kept', () => {
    const raw = JSON.parse(JSON.stringify(data));
    raw.groups[0].surveys[0].count = 'many';
    expect(salvageClassData(raw)).toEqual({
      value: { ...data, groups: [data.groups[1]] },
      dropped: 1,
    });
  });
  test.each([null, 'text', [], { groups: 'x' }])('%j: no groups, dropped 1', (raw) => {
    expect(salvageClassData(raw)).toEqual({ value: emptyClassData(), dropped: 1 });
  });
  test('a group twice keeps the first copy', () => {
    const raw = JSON.parse(JSON.stringify({ ...data, groups: [data.groups[0], data.groups[0]] }));
    expect(salvageClassData(raw).value.groups).toHaveLength(1);
  });
});

describe('describePath', () => {
  test.each([
    [[], '文件'],
    [['surveys', 2, 'areaSquareMetres'], '残胶清点第 3 条的面积'],
    [
      ['decomposition', 'observations', 0, 'entries', 4, 'state'],
      '分解观察的观察记录第 1 条的观察项第 5 条的状态',
    ],
    [['groups', 1, 'group', 'name'], '第 2 个小组的小组信息的小组名称'],
    [['unknownKey'], 'unknownKey'],
  ])('%j → %s', (path, text) => {
    expect(describePath(path)).toBe(text);
  });
});

describe('describePath: a group after another part', () => {
  test.each([
    [['groups', 0, 'surveys', 1, 'count'], '第 1 个小组的残胶清点第 2 条的残胶数量'],
    [['extra', 'groups', 2], 'extra的第 3 个小组'],
    [['groups', 'name'], '小组的小组名称'],
  ])('%j → %s', (path, text) => expect(describePath(path)).toBe(text));
});

describe('issueReason says why a value failed', () => {
  const issue = (i: Record<string, unknown>) =>
    ({ path: [], message: '', input: null, ...i }) as unknown as core.$ZodIssue;
  test.each<[Record<string, unknown>, string]>([
    [{ code: 'invalid_type', expected: 'string' }, '应该是文字'],
    [{ code: 'invalid_type', expected: 'int' }, '应该是整数'],
    [{ code: 'invalid_type', expected: 'bigint' }, '应该是另一种值'],
    [{ code: 'too_big', origin: 'array', maximum: 200 }, '太多了，最多 200 项'],
    [{ code: 'too_big', origin: 'set', maximum: 3 }, '太多了，最多 3 项'],
    [{ code: 'too_big', origin: 'string', maximum: 40 }, '太长了，最多 40 个字'],
    [{ code: 'too_big', origin: 'number', maximum: 10_000 }, '太大了，最大 10000'],
    [{ code: 'too_small', origin: 'array', minimum: 1 }, '太少了，至少 1 项'],
    [{ code: 'too_small', origin: 'set', minimum: 2 }, '太少了，至少 2 项'],
    [{ code: 'too_small', origin: 'string', minimum: 1 }, '太短了，至少 1 个字'],
    [{ code: 'too_small', origin: 'number', minimum: 0, inclusive: true }, '太小了，最小 0'],
    [{ code: 'too_small', origin: 'number', minimum: 0, inclusive: false }, '太小了，要大于 0'],
    [{ code: 'invalid_format', format: 'date' }, '日期格式不对（应为“年-月-日”）'],
    [{ code: 'invalid_format', format: 'datetime' }, '时间格式不对'],
    [{ code: 'invalid_format', format: 'uuid' }, '编号格式不对'],
    [{ code: 'invalid_format', format: 'email' }, '格式不对'],
    [{ code: 'invalid_value', values: ['a'] }, '不是可以选的值'],
    [{ code: 'not_multiple_of', divisor: 1 }, '应该是整数'],
    [{ code: 'invalid_union', errors: [] }, '不对'],
    [{ code: 'invalid_key', origin: 'record', issues: [] }, '不对'],
  ])('%j → %s', (i, reason) => expect(issueReason(issue(i))).toBe(reason));

  test('a count that is not a whole number is named with its place', () => {
    const r = parseImportText(withSurvey({ count: 2.5 }));
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/^残胶清点第 1 条的残胶数量/)] });
  });
});

describe('quote', () => {
  test.each([
    ['short', 'short'],
    ['two\n\tlines', 'two lines'],
    ['x'.repeat(24), 'x'.repeat(24)],
    ['y'.repeat(25), `${'y'.repeat(24)}…`],
  ])('%j → %j', (text, quoted) => expect(quote(text)).toBe(quoted));

  test('property: one line, at most 25 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const q = quote(s);
        expect(q).not.toMatch(/\s\s|\n/);
        expect(q.length).toBeLessThanOrEqual(25);
      }),
    );
  });
});

describe('importParsed: the class holds at most 100 groups', () => {
  const groups = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) =>
      classGroupFromExport(
        makeGroupExport(from + i, { surveys: 1, measurements: 0, observations: 0 }),
      ),
    );

  test('a class file that would make 101 groups is refused; the next file still merges', () => {
    const start = mergeGroups(emptyClassData(), groups(1, 99)).data;
    const { data, reports } = importParsed(start, [
      { name: '全班.json', result: { ok: true, kind: 'class', groups: groups(100, 101) } },
      { name: '第100组.json', result: { ok: true, kind: 'group', groups: groups(100, 100) } },
      { name: '第1组.json', result: { ok: true, kind: 'group', groups: groups(1, 1) } },
    ]);
    expect(reports[0]).toEqual({
      source: '全班.json',
      ok: false,
      errors: ['全班数据最多只能有 100 个小组，请先删除不用的小组。'],
    });
    expect(reports[1]).toMatchObject({ source: '第100组.json', ok: true, kind: 'group' });
    // A group already in the class is no new group, so it merges even at 100.
    expect(reports[2]).toMatchObject({ source: '第1组.json', ok: true });
    expect(data.groups).toHaveLength(100);
  });
});

describe('salvageClassData: forbidden keys', () => {
  const data = mergeGroups(emptyClassData(), [
    classGroupFromExport(makeGroupExport(1)),
    classGroupFromExport(makeGroupExport(2)),
  ]).data;

  test('a group carrying __proto__ is left out, the others kept', () => {
    const raw = JSON.parse(JSON.stringify(data));
    raw.groups[1].group = JSON.parse(
      JSON.stringify(raw.groups[1].group).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    );
    const r = salvageClassData(raw);
    expect(r.value.groups.map((g) => g.group.name)).toEqual(['第1组']);
    expect(r.dropped).toBe(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a forbidden key beside the groups: every valid group is kept, reported as damaged', () => {
    const raw = JSON.parse(JSON.stringify({ ...data, constructor: 1 }));
    const r = salvageClassData(raw);
    expect(r.value.groups).toEqual(data.groups);
    expect(r.dropped).toBe(1);
  });
});
