import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  buildGumExport,
  describeIssuePath,
  exportFileName,
  parseGumExport,
  parseGumExportText,
} from '../../../src/lib/gum-export';
import { emptyGumRecord, type GumRecord } from '../../../src/schemas/gum-record';
import type { GumExport } from '../../../src/schemas/gum-export';
import { fullRecord, gumRecordArb, groupArb } from '../gum-fixtures';

const at = '2026-03-09T09:00:00.000Z';
/** Build an export file, failing the test if there is none. */
function exportOf(r: GumRecord): GumExport {
  const f = buildGumExport(r, at);
  if (!f) throw new Error('no group');
  return f;
}
const file = () => exportOf(fullRecord());

describe('buildGumExport', () => {
  test('the record as a file with format, version and time', () => {
    const r = fullRecord();
    expect(buildGumExport(r, at)).toEqual({
      format: 'eck-gum-group',
      schemaVersion: 1,
      exportedAt: at,
      group: r.group,
      surveys: r.surveys,
      measurements: r.measurements,
      decomposition: r.decomposition,
    });
  });
  test('no group, no file', () => expect(buildGumExport(emptyGumRecord(), at)).toBeNull());
});

describe('parseGumExport accepts a valid file', () => {
  test('from an object and from its JSON text', () => {
    expect(parseGumExport(file())).toEqual({ ok: true, value: file() });
    expect(parseGumExportText(JSON.stringify(file(), null, 2))).toEqual({
      ok: true,
      value: file(),
    });
  });
  test('property: every exported record parses back unchanged', () => {
    fc.assert(
      fc.property(gumRecordArb, groupArb, (r, g) => {
        const f = exportOf({ ...r, group: g });
        expect(parseGumExportText(JSON.stringify(f))).toEqual({ ok: true, value: f });
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseGumExport refuses, in Chinese', () => {
  const text = (v: unknown) => JSON.stringify(v);
  const withSurvey = (change: object) => {
    const f = file();
    return { ...f, surveys: [{ ...f.surveys[0], ...change }] };
  };
  test.each([
    ['not JSON', '{"format":', ['文件不是有效的 JSON，可能已损坏。']],
    ['an array', '[]', ['这不是小组导出的数据文件。']],
    ['null', 'null', ['这不是小组导出的数据文件。']],
    ['another format', text({ ...file(), format: 'other' }), ['这不是口香糖实验的小组数据文件。']],
    [
      'a newer version',
      text({ ...file(), schemaVersion: 2 }),
      ['这个文件来自更新版本的工具箱（版本 2），这里只能读取版本 1。请把工具箱更新后再导入。'],
    ],
    ['an extra key', text({ ...file(), teacher: 'x' }), ['文件里有不认识的项：teacher。']],
    [
      'an extra key in a survey',
      text(withSurvey({ x: 1 })),
      ['残胶清点 第 1 条里有不认识的项：x。'],
    ],
    ['a bad count', text(withSurvey({ count: -1 })), ['残胶清点 第 1 条 count的内容不对。']],
    [
      'a __proto__ key',
      '{"format":"eck-gum-group","schemaVersion":1,"__proto__":{"polluted":true}}',
      ['文件里有不允许的项（__proto__），没有导入。'],
    ],
    [
      'a nested constructor key',
      text({ ...file(), group: { ...file().group, constructor: { prototype: {} } } }),
      ['文件里有不允许的项（constructor），没有导入。'],
    ],
  ])('%s', (_name, input, errors) => {
    expect(parseGumExportText(input)).toEqual({ ok: false, errors });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('two records with the same id', () => {
    const f = file();
    const r = parseGumExport({ ...f, surveys: [f.surveys[0], f.surveys[0]] });
    expect(r).toEqual({ ok: false, errors: ['文件：有两条记录的编号相同。'] });
  });

  test('many problems are listed up to five, then counted', () => {
    const f = file();
    const bad = {
      ...f,
      surveys: Array.from({ length: 7 }, (_, i) => ({
        ...f.surveys[0],
        id: `00000000-0000-4000-8000-00000000010${i}`,
        count: -1,
      })),
    };
    const r = parseGumExport(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(6);
    if (!r.ok) expect(r.errors.at(-1)).toBe('还有 2 处问题。');
  });
});

describe('describeIssuePath', () => {
  test.each([
    [[], '文件'],
    [
      ['decomposition', 'observations', 2, 'entries', 0, 'state'],
      '分解观察 观察记录 第 3 条 观察项 第 1 条 state',
    ],
  ] as const)('%j → %s', (path, out) => expect(describeIssuePath(path)).toBe(out));
});

describe('exportFileName', () => {
  test.each([
    ['第3组', '2026-03-09', '第3组-口香糖实验-2026-03-09.json'],
    ['a/b:c*?', '2026-03-09', 'a_b_c_-口香糖实验-2026-03-09.json'],
    ['绿叶 队', '2026-03-09', '绿叶_队-口香糖实验-2026-03-09.json'],
    ['', '2026-03-09', '小组-口香糖实验-2026-03-09.json'],
    // Cut at 20 characters, never through an emoji (a UTF-16 cut left half a surrogate pair).
    [`${'一'.repeat(19)}🍂🍂`, '2026-03-09', `${'一'.repeat(19)}🍂-口香糖实验-2026-03-09.json`],
    ['🍂'.repeat(21), '2026-03-09', `${'🍂'.repeat(20)}-口香糖实验-2026-03-09.json`],
    ['🍂🌱🍂', '2026-03-09', '🍂🌱🍂-口香糖实验-2026-03-09.json'],
  ])('%j', (name, date, out) => {
    expect(exportFileName(name, date)).toBe(out);
    expect(exportFileName(name, date).isWellFormed()).toBe(true);
  });
});

describe('grades (issue 11): optional, older files still import', () => {
  const meta = (n: number) => ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt: '2026-03-02T08:00:00.000Z',
    updatedAt: '2026-03-02T08:00:00.000Z',
  });
  /** A file exactly as the record page wrote it before grades were asked. */
  const before = JSON.stringify({
    format: 'eck-gum-group',
    schemaVersion: 1,
    exportedAt: at,
    group: { ...meta(1), name: '第3组', nicknames: [] },
    surveys: [
      {
        ...meta(2),
        date: '2026-03-02',
        placeType: 'classroom',
        placeOther: '',
        placeName: '',
        areaSquareMetres: 48,
        lengthMetres: 8,
        widthMetres: 6,
        count: 12,
        note: '',
      },
    ],
    measurements: [{ ...meta(3), surface: 'paper', difficulty: 'hard', diameterCm: 2, note: '' }],
    decomposition: { setup: null, predictions: [], observations: [] },
  });

  test('a file without a grade imports, and has no grade', () => {
    const r = parseGumExportText(before);
    expect(r.ok).toBe(true);
    if (r.ok) expect('grade' in r.value.group).toBe(false);
  });

  test('a grade-2 file (count only, widest in cm) round-trips', () => {
    const f = JSON.parse(before) as GumExport;
    const g2: GumExport = {
      ...f,
      group: { ...f.group, grade: 2 },
      surveys: f.surveys.map((s) => ({
        ...s,
        areaSquareMetres: null,
        lengthMetres: null,
        widthMetres: null,
      })),
      measurements: f.measurements.map((m) => ({ ...m, diameterCm: null, widestCm: 3 })),
    };
    expect(parseGumExportText(JSON.stringify(g2))).toEqual({ ok: true, value: g2 });
    const g4 = {
      ...f,
      group: { ...f.group, grade: 4 },
      measurements: [{ ...f.measurements[0], squares: 12 }],
    };
    expect(parseGumExportText(JSON.stringify(g4))).toMatchObject({ ok: true });
  });

  /** Set a value deep inside a parsed file (the path's last key is replaced). */
  function setAt(obj: unknown, path: readonly (string | number)[], value: unknown) {
    let at = obj as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
    at[path[path.length - 1] as string | number] = value;
  }

  test.each([
    ['grade 7', ['group', 'grade'], 7, '小组信息 年级的内容不对。'],
    ['grade as text', ['group', 'grade'], '2', '小组信息 年级的内容不对。'],
    ['grade null', ['group', 'grade'], null, '小组信息 年级的内容不对。'],
    ['widest 0', ['measurements', 0, 'widestCm'], 0, '残胶测量 第 1 条 最宽的内容不对。'],
    ['squares 2.5', ['measurements', 0, 'squares'], 2.5, '残胶测量 第 1 条 方格数的内容不对。'],
    [
      'length and width without an area',
      ['surveys', 0, 'areaSquareMetres'],
      null,
      '残胶清点 第 1 条 面积：填了长和宽，就要有面积。',
    ],
  ] as const)('refused: %s', (_name, path, value, message) => {
    const f: unknown = JSON.parse(before);
    setAt(f, path, value);
    const r = parseGumExportText(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(message);
  });
});
