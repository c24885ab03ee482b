/** The definition schema's checks of a kind's `children` grid, each with its Chinese reason. */
import { describe, expect, test } from 'vitest';
import gum from '../../../../content/investigations/gum-residue.json';
import { InvestigationDefinitionSchema } from '../../../../src/schemas/investigation/definition';

type Json = Record<string, unknown>;
const messages = (raw: unknown) => {
  const r = InvestigationDefinitionSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const kindIndex = (id: string) => gum.kinds.findIndex((k) => k.id === id);
const obs = kindIndex('observation');
const block = (gum.kinds[obs] as unknown as { children: Json }).children;

/** gum-residue.json with the observation's block changed, or another kind changed. */
function withBlock(change: Json, kinds: (k: Json[]) => void = () => undefined) {
  const d = structuredClone(gum) as unknown as { kinds: Json[] };
  const o = d.kinds[obs] as Json;
  o['children'] = { ...block, ...change };
  kinds(d.kinds);
  return d;
}
const at = `kinds.${obs}.children`;

describe('kinds[].children', () => {
  test('gum-residue.json is valid with its observation grid', () => {
    expect(messages(gum)).toEqual([]);
    expect(block).toMatchObject({ kind: 'entry', parent: 'observation' });
  });

  test.each([
    ['an unknown child kind', { kind: 'nope' }, [`${at}.kind: 没有另一种叫 “nope” 的记录`]],
    ['the kind itself', { kind: 'observation' }, [`${at}.kind: 没有另一种叫 “observation” 的记录`]],
    [
      'a parent field that is no recordOf of this kind',
      { parent: 'item' },
      [
        `${at}.parent: “item” 不是 “entry” 里选 “observation” 的项目（recordOf: “observation”）`,
        // The real parent field is then a cell's field: a record choice cannot be one.
        `${at}.kind: “entry” 的 “observation”：表格的格子里只能填数字、文字和用词表的选择项目`,
      ],
    ],
    [
      'an unknown row field',
      { rows: { field: 'colour' } },
      [`${at}.rows.field: “colour” 不是 “entry” 里用词表的选择项目`],
    ],
    [
      'a column that is not a choice',
      { columns: { field: 'sizeCm' } },
      [`${at}.columns.field: “sizeCm” 不是 “entry” 里用词表的选择项目`],
    ],
    [
      'rows and columns on one field',
      { columns: { field: 'item' } },
      [`${at}.columns.field: 行和列不能用同一个项目`],
    ],
    [
      'from a kind that is not there',
      { rows: { field: 'item', from: { kind: 'nope', field: 'items' } } },
      [`${at}.rows.from.kind: 没有另一种叫 “nope” 的记录`],
    ],
    [
      'from a kind with many records',
      { rows: { field: 'item', from: { kind: 'survey', field: 'placeType' } } },
      [`${at}.rows.from.kind: “survey” 最多可以有 1000 条，要只有 1 条（maxRecords: 1）`],
    ],
    [
      'from a field that is no multiChoice',
      { rows: { field: 'item', from: { kind: 'setup', field: 'startDate' } } },
      [`${at}.rows.from.field: “startDate” 不是 “setup” 的多选项目`],
    ],
    [
      'from a multiChoice of another vocabulary',
      { rows: { field: 'item', from: { kind: 'setup', field: 'media' } } },
      [`${at}.rows.from.field: “media” 用词表 “medium”，“item” 用 “item”，要用同一个`],
    ],
  ])('%s', (_, change, expected) => {
    expect(messages(withBlock(change))).toEqual(expected);
  });

  test('a child kind with a date or a record choice in its cells', () => {
    const d = withBlock({}, (kinds) => {
      const e = kinds[kindIndex('entry')] as { fields: Json[] };
      e.fields.push({ id: 'seen', type: 'date', label: '看的日期' });
    });
    expect(messages(d)).toEqual([
      `${at}.kind: “entry” 的 “seen”：表格的格子里只能填数字、文字和用词表的选择项目`,
    ]);
  });

  test('one child kind under two parents', () => {
    const d = withBlock({}, (kinds) => {
      const setup = kinds[kindIndex('setup')] as Json;
      setup['children'] = { ...block, parent: 'observation' };
    });
    expect(messages(d)).toContain(
      `kinds.${kindIndex('setup')}.children.parent: “observation” 不是 “entry” 里选 “setup” 的项目（recordOf: “setup”）`,
    );
    expect(messages(d)).toContain(
      `${at}.kind: “entry” 已经是 “setup” 的子记录，一种记录只能跟着一种记录填`,
    );
  });
});
