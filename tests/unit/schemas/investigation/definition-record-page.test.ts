/** The definition schema's checks of the record page's options of a kind, with Chinese reasons. */
import { describe, expect, test } from 'vitest';
import gum from '../../../../content/investigations/gum-residue.json';
import { InvestigationDefinitionSchema } from '../../../../src/schemas/investigation/definition';

type Json = Record<string, unknown>;
const messages = (raw: unknown) => {
  const r = InvestigationDefinitionSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const kindIndex = (id: string) => gum.kinds.findIndex((k) => k.id === id);

/** gum-residue.json with one kind's options changed. */
function withKind(id: string, change: Json) {
  const d = structuredClone(gum) as unknown as { kinds: Json[] };
  d.kinds[kindIndex(id)] = { ...d.kinds[kindIndex(id)], ...change };
  return d;
}

describe('kinds[].closedBy', () => {
  const at = `kinds.${kindIndex('prediction')}.closedBy`;
  const closedBy = (kind: string, message = '已经开始观察了。') => ({
    closedBy: { kind, message },
  });

  test('gum-residue.json is valid with its predictions closed by the observations', () => {
    expect(messages(gum)).toEqual([]);
  });

  test.each([
    ['an unknown kind', closedBy('nope'), [`${at}.kind: 没有另一种叫 “nope” 的记录`]],
    ['the kind itself', closedBy('prediction'), [`${at}.kind: 没有另一种叫 “prediction” 的记录`]],
    ['an empty message', closedBy('observation', ' '), [`${at}.message: 不能为空`]],
    ['a message too long', closedBy('observation', '长'.repeat(81)), [`${at}.message: 最多 80 字`]],
  ])('%s', (_, change, expected) => {
    expect(messages(withKind('prediction', change))).toEqual(expected);
  });
});

describe('kinds[].latest', () => {
  const at = `kinds.${kindIndex('observation')}.latest`;
  const latest = (change: Json) => ({
    latest: { title: '最近一次看到的状态', field: 'state', ...change },
  });

  test('gum-residue.json shows its observations’ latest states from 第 0 天', () => {
    expect(messages(gum)).toEqual([]);
    expect(gum.kinds[kindIndex('observation')]).toMatchObject(latest({ startDay: 0 }));
  });

  test.each([
    [
      'an unknown field',
      latest({ field: 'colour' }),
      [`${at}.field: “colour” 不是 “entry” 格子里要填的项目`],
    ],
    [
      'the rows’ field',
      latest({ field: 'item' }),
      [`${at}.field: “item” 不是 “entry” 格子里要填的项目`],
    ],
    [
      'the parent field',
      latest({ field: 'observation' }),
      [`${at}.field: “observation” 不是 “entry” 格子里要填的项目`],
    ],
    [
      'an unknown mark in the line',
      latest({ line: '第 {day} 天，{weeks} 周' }),
      [`${at}.line: 不认识 “{weeks}”，只能用 {days}、{count}、{day}`],
    ],
    ['day 2 as the start', latest({ startDay: 2 }), [`${at}.startDay: 只能是 0 或 1`]],
  ])('%s', (_, change, expected) => {
    expect(messages(withKind('observation', change))).toEqual(expected);
  });

  test('on a kind without children, or a line without a date field with notBefore', () => {
    const survey = kindIndex('survey');
    expect(messages(withKind('survey', latest({})))).toEqual([
      `kinds.${survey}.latest: 只有带 children（表格）的记录才能显示最近一次的表`,
    ]);
    const d = withKind('observation', latest({ line: '共 {count} 次' }));
    const fields = (d.kinds[kindIndex('observation')] as { fields: Json[] }).fields;
    delete fields[0]?.['notBefore'];
    expect(messages(d)).toEqual([`${at}.line: 这种记录没有带 notBefore 的日期项目，数不出第几天`]);
  });
});
