import fc from 'fast-check';
import { must } from '../../../support/gum-data';
import { describe, expect, test } from 'vitest';
import { at, def, exportText, litterGroup, survey, uuid, zone } from '../../../support/litter-data';
import {
  importInvestigationFiles,
  parseInvestigationFile,
} from '../../../../src/lib/investigation/import-file';
import { mergeInvestigationGroups } from '../../../../src/lib/investigation/merge';
import { buildInvestigationClassExport } from '../../../../src/lib/investigation/export-file';
import {
  salvageInvestigationClass,
  salvageInvestigationData,
} from '../../../../src/lib/investigation/salvage';
import type { InvestigationClassGroup } from '../../../../src/schemas/investigation/records';

const now = Date.parse('2026-11-30T10:00:00Z');
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const parse = (text: string) => parseInvestigationFile(def, text, now);
const errorsOf = (text: string) => {
  const r = parse(text);
  return r.ok ? [] : r.errors;
};
const file = () =>
  JSON.parse(exportText(g3)) as Record<string, unknown> & {
    group: Record<string, unknown>;
    records: { survey: { values: Record<string, unknown> }[] };
  };

describe('parseInvestigationFile', () => {
  test('reads a group file made by the record page', () => {
    expect(parse(exportText(g3))).toEqual({ ok: true, kind: 'group', groups: [g3] });
    expect(JSON.parse(exportText(g3))).toMatchObject({
      format: 'eck-investigation',
      schemaVersion: 1,
      investigation: 'campus-litter',
    });
  });

  test('reads the class view’s own file', () => {
    const text = JSON.stringify(buildInvestigationClassExport(def, { groups: [g3] }, at(60)));
    expect(parse(text)).toEqual({ ok: true, kind: 'class', groups: [g3] });
  });

  const spoilt = (f: (x: ReturnType<typeof file>) => void) => {
    const x = file();
    f(x);
    return JSON.stringify(x);
  };

  test.each<[string, string, RegExp]>([
    ['empty', '  ', /文件是空的/],
    ['not JSON', '{"format":', /不是有效的 JSON/],
    ['a gum file', JSON.stringify({ format: 'eck-gum-group' }), /这不是“校园垃圾大调查”的数据文件/],
    [
      'another investigation',
      spoilt((x) => (x.investigation = 'bird-count')),
      /它属于“bird-count”.*对应课/,
    ],
    ['a newer file version', spoilt((x) => (x.schemaVersion = 2)), /更新版本的工具箱（版本 2）/],
    [
      'a prototype key',
      exportText(g3).replace('"group":', '"__proto__":{},"group":'),
      /不允许的项（__proto__）/,
    ],
    [
      'an unknown key',
      spoilt((x) => (must(x.records.survey[0]).values['photo'] = 'x.jpg')),
      /调查记录第 1 条里有不认识的项：photo/,
    ],
    [
      'a negative count',
      spoilt((x) => (must(x.records.survey[0]).values['other'] = -1)),
      /调查记录第 1 条的其他垃圾太小了，最小 0/,
    ],
    [
      'a fractional count',
      spoilt((x) => (must(x.records.survey[0]).values['other'] = 1.5)),
      /调查记录第 1 条的其他垃圾应该是整数/,
    ],
    [
      'a huge weight',
      spoilt((x) => (must(x.records.survey[0]).values['other-g'] = 1e300)),
      /其他垃圾重量太大了，最大 100000/,
    ],
    [
      'a tiny area',
      spoilt(
        (x) =>
          (must(
            (x.records as unknown as { zone: { values: { area: number } }[] }).zone[0],
          ).values.area = 1e-320),
      ),
      /面积太小了，最小 1/,
    ],
    [
      'an unknown round',
      spoilt((x) => (must(x.records.survey[0]).values['round'] = 'third')),
      /第几次调查不是可以选的值/,
    ],
    [
      'a zone not in the file',
      spoilt((x) => (must(x.records.survey[0]).values['zone'] = uuid(999))),
      /选的区域.*不在文件里/,
    ],
    [
      'a bidi override in the name',
      spoilt((x) => (x.group['name'] = '第3\u202E组')),
      /小组名称：含有看不见的控制字符/,
    ],
    [
      'a name of zero-width spaces',
      spoilt((x) => (x.group['name'] = '\u200B\u200B')),
      /小组名称：只有空格或看不见的字符/,
    ],
    [
      'a time in the future',
      spoilt((x) => (x.group['updatedAt'] = '2099-01-01T00:00:00.000Z')),
      /“第3组”的小组信息的时间是 2099-01-01 .*在将来/,
    ],
    [
      'a survey date in the future',
      spoilt((x) => (must(x.records.survey[0]).values['date'] = '2027-01-01')),
      /调查记录第 1 条的调查日期是 2027-01-01，在将来/,
    ],
  ])('refuses %s, saying why', (_, text, expected) => {
    expect(errorsOf(text).join(' ')).toMatch(expected);
  });

  test('caps the messages of a file with thousands of unknown keys', () => {
    const x = file();
    for (let i = 0; i < 10_000; i += 1) x[`k${i}`] = i;
    const msg = errorsOf(JSON.stringify(x)).join('');
    expect(msg).toMatch(/等 10000 项/);
    expect(msg.length).toBeLessThan(400);
  });

  test('property: no input throws, and a refused one always says why in Chinese', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parse(text);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
    );
  });
});

describe('merging many groups’ files', () => {
  const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);

  test('reports per file and group; importing again changes nothing', () => {
    const files = [
      { name: '第3组.json', result: parse(exportText(g3)) },
      { name: '第5组.json', result: parse(exportText(g5)) },
      { name: 'bad.json', result: parse('x') },
    ];
    const once = importInvestigationFiles({ groups: [] }, files);
    expect(once.reports.map((r) => r.ok)).toEqual([true, true, false]);
    expect(once.reports[0]).toMatchObject({
      ok: true,
      groups: [{ groupName: '第3组', newGroup: true, added: 3 }],
    });
    const twice = importInvestigationFiles(once.data, files.slice(0, 2));
    expect(twice.data).toEqual(once.data);
    expect(twice.reports[1]).toMatchObject({ groups: [{ added: 0, updated: 0, ignored: 3 }] });
  });

  test('a record edited later on the tablet replaces the older copy', () => {
    const edited: InvestigationClassGroup = {
      ...g3,
      records: {
        ...g3.records,
        survey: [
          survey(301, must(must(g3.records['zone'])[0]).id, 'first', [13, 1, 3, 7], { t: 30 }),
        ],
      },
    };
    const { data, reports } = mergeInvestigationGroups({ groups: [g3] }, [edited]);
    expect(reports[0]).toMatchObject({ updated: 1, ignored: 1, notInFile: 1 });
    const s = must(must(data.groups[0]).records['survey']).find((r) => r.id === uuid(301));
    expect(s?.values['recyclable']).toBe(13);
  });

  // Versions of a few records across files: merge is idempotent and order-independent.
  const versionArb = fc.record({
    group: fc.integer({ min: 1, max: 3 }),
    record: fc.integer({ min: 1, max: 4 }),
    t: fc.integer({ min: 0, max: 5 }),
    count: fc.integer({ min: 0, max: 3 }),
  });
  const toGroups = (vs: { group: number; record: number; t: number; count: number }[]) =>
    vs.map((v): InvestigationClassGroup => {
      const z = zone(v.group * 100, `区域${v.group}`);
      return {
        group: { id: uuid(v.group), name: `第${v.group}组`, createdAt: at(0), updatedAt: at(0) },
        exportedAt: at(v.t + 10),
        records: {
          zone: [z],
          survey: [survey(v.group * 100 + v.record, z.id, 'first', [v.count, 0, 0, 0], { t: v.t })],
        },
      };
    });

  test('property: importing again changes nothing; any order gives the same class data', () => {
    fc.assert(
      fc.property(fc.array(versionArb, { maxLength: 12 }), fc.nat(), (vs, seed) => {
        const groups = toGroups(vs);
        const a = mergeInvestigationGroups({ groups: [] }, groups).data;
        expect(mergeInvestigationGroups(a, groups).data).toEqual(a);
        const shuffled = [...groups].sort(
          (x, y) =>
            ((JSON.stringify(x).length * 31 + seed) % 7) -
            ((JSON.stringify(y).length * 17 + seed) % 5),
        );
        expect(mergeInvestigationGroups({ groups: [] }, [...shuffled].reverse()).data).toEqual(a);
        expect(mergeInvestigationGroups({ groups: [] }, shuffled).data).toEqual(a);
      }),
    );
  });
});

describe('salvage of stored values', () => {
  test('a valid value is kept whole', () => {
    const data = { group: g3.group, records: g3.records };
    expect(salvageInvestigationData(def, data)).toEqual({ value: data, dropped: 0 });
  });

  test('damaged records are left out and counted, with the surveys of a lost zone', () => {
    const data = {
      group: g3.group,
      records: { zone: [{ broken: true }], survey: g3.records['survey'] },
    };
    const r = salvageInvestigationData(def, data);
    expect(r.value.records).toEqual({ zone: [], survey: [] });
    expect(r.value.group).toEqual(g3.group);
    expect(r.dropped).toBe(3);
  });

  test('class data keeps every valid group', () => {
    const r = salvageInvestigationClass(def, { groups: [g3, { group: 1 }] });
    expect(r).toEqual({ value: { groups: [g3] }, dropped: 1 });
    expect(salvageInvestigationClass(def, 'nonsense')).toEqual({
      value: { groups: [] },
      dropped: 1,
    });
  });
});
