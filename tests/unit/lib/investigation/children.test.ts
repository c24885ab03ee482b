/**
 * The `children` grid of the gum observation (sample × medium): cells from the setup, children
 * from the cells' typed fields and back, and the checks with messages naming the cell.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gumResidueDefinition as def } from '../../../../src/lib/investigation/definitions';
import {
  cellKey,
  checkChildren,
  childrenToSave,
  fieldsOfChildren,
  gridErrorKey,
  gridOf,
} from '../../../../src/lib/investigation/children';
import { checkRecordForm, type CheckContext } from '../../../../src/lib/investigation/check-form';
import { kindOf } from '../../../../src/lib/investigation/values';
import { recordSchema, type StoredRecord } from '../../../../src/schemas/investigation/records';

const observation = kindOf(def, 'observation');
const entry = kindOf(def, 'entry');
const vocab = (id: string) => def.vocabularies[id]?.options.map((o) => o.value) ?? [];
const ctx: CheckContext = {
  today: '2026-12-03',
  choices: (f) => vocab((f as { vocabulary?: string }).vocabulary ?? ''),
};
const setupRecord = (items: string[], media: string[]): StoredRecord => ({
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  values: { startDate: '2026-12-01', items, media, note: null },
});
const okGrid = (items: string[], media: string[]) => {
  const g = gridOf(def, observation, { setup: [setupRecord(items, media)] });
  if (!g.ok) throw new Error(g.missing);
  return g;
};
const check = (g: ReturnType<typeof okGrid>, fields: Record<string, string>) =>
  checkChildren(g, fields, ctx, checkRecordForm);

describe('gridOf', () => {
  test.each([
    ['no setup record', {}],
    ['a setup without samples', { setup: [setupRecord([], ['soil'])] }],
  ])('%s: what to record first', (_, records) => {
    const g = gridOf(def, observation, records);
    expect(g).toEqual({
      ok: false,
      missing: '请先在上面添加实验准备（选好比较哪些样品和放在哪些地方），再填写观察记录。',
    });
  });

  test('rows and columns are the setup’s choices, in the vocabulary’s order, with labels', () => {
    const g = okGrid(['gum', 'paper'], ['soil', 'tapWater']);
    expect(g.rows.map((r) => r.label)).toEqual(['口香糖残胶', '废纸']);
    expect(g.columns.map((r) => r.label)).toEqual(['土埋', '自来水']);
  });

  test('an axis without `from` is the whole vocabulary (no setup needed for it)', () => {
    const c = observation.children;
    if (!c) throw new Error('gum-residue.json: observation has no children');
    const { from: _from, ...columns } = c.columns;
    const kind = { ...observation, children: { ...c, columns } };
    const g = gridOf(def, kind, { setup: [setupRecord(['gum'], [])] });
    expect(g.ok && g.columns.map((o) => o.value)).toEqual(vocab('medium'));
    expect(g.ok && g.rows.map((o) => o.value)).toEqual(['gum']);
  });

  test('a source field the kind does not have: the message names its id', () => {
    const c = observation.children;
    if (!c) throw new Error('gum-residue.json: observation has no children');
    const kind = {
      ...observation,
      children: { ...c, rows: { ...c.rows, from: { kind: 'setup', field: 'samples' } } },
    };
    const g = gridOf(def, kind, {});
    expect(g.ok ? '' : g.missing).toBe(
      '请先在上面添加实验准备（选好samples和放在哪些地方），再填写观察记录。',
    );
  });
});

describe('checkChildren', () => {
  const g = okGrid(['gum', 'paper'], ['soil', 'tapWater']);
  const k = (row: string, column: string, f: string) => cellKey(row, column, f);
  test.each([
    [
      'a size too large',
      { [k('paper', 'tapWater', 'state')]: 'slight', [k('paper', 'tapWater', 'sizeCm')]: '80' },
      { [k('paper', 'tapWater', 'sizeCm')]: '废纸 · 自来水：大小不能超过 50 厘米。' },
    ],
    [
      'a size without a state',
      { [k('gum', 'soil', 'sizeCm')]: '2' },
      { [k('gum', 'soil', 'state')]: '口香糖残胶 · 土埋：请选择状态。' },
    ],
    [
      'a note too long',
      { [k('gum', 'soil', 'state')]: 'clear', [k('gum', 'soil', 'note')]: '长'.repeat(101) },
      {
        [k('gum', 'soil', 'note')]: '口香糖残胶 · 土埋：备注太长了（100 字以内），现在有 101 字。',
      },
    ],
    ['nothing filled in', {}, { [gridErrorKey]: '请至少填一格观察项。' }],
  ])('%s: a message naming the cell', (_, fields, errors) => {
    expect(check(g, fields)).toEqual({ ok: false, errors });
  });

  test('empty cells make no child; the filled ones, in row then column order', () => {
    const r = check(g, {
      [k('paper', 'soil', 'state')]: 'unchanged',
      [k('gum', 'tapWater', 'state')]: 'slight',
      [k('gum', 'tapWater', 'sizeCm')]: '２。５',
    });
    expect(r).toEqual({
      ok: true,
      value: [
        { item: 'gum', medium: 'tapWater', state: 'slight', sizeCm: 2.5, note: null },
        { item: 'paper', medium: 'soil', state: 'unchanged', sizeCm: null, note: null },
      ],
    });
  });

  test('children of cells no longer in the grid are kept as they were', () => {
    const old = [
      { item: 'plastic', medium: 'soil', state: 'clear' },
      { item: 'gum', medium: 'soil', state: 'slight' },
    ].map((v, i) => ({
      id: `id-${i}`,
      createdAt: '',
      updatedAt: '',
      values: { ...v, observation: 'p', sizeCm: null, note: null },
    }));
    expect(childrenToSave(g, [], old)).toEqual([
      { item: 'plastic', medium: 'soil', state: 'clear', sizeCm: null, note: null },
    ]);
  });
});

describe('any accepted grid', () => {
  const sub = (all: string[]) =>
    fc.subarray(all, { minLength: 1 }).map((a) => all.filter((v) => a.includes(v)));
  const cell = fc.record({
    state: fc.constantFrom('', ...vocab('state')),
    sizeCm: fc.oneof(
      fc.constant(''),
      fc.integer({ min: 1, max: 500 }).map((n) => String(n / 10)),
    ),
    note: fc.oneof(fc.constant(''), fc.string({ maxLength: 100 })),
  });
  test('yields children the stored schema accepts, and the same grid back', () => {
    const schema = recordSchema(def, entry);
    fc.assert(
      fc.property(
        sub(vocab('item')),
        sub(vocab('medium')),
        fc.array(cell, { minLength: 12, maxLength: 12 }),
        (items, media, cells) => {
          const g = okGrid(items, media);
          const fields: Record<string, string> = {};
          g.rows.forEach((row, ri) =>
            g.columns.forEach((col, ci) => {
              const c = cells[ri * 4 + ci] as Record<string, string>;
              for (const f of ['state', 'sizeCm', 'note'])
                fields[cellKey(row.value, col.value, f)] = c[f] ?? '';
            }),
          );
          const r = check(g, fields);
          if (!r.ok) return;
          const stored = r.value.map((values, i) => ({
            id: `0000000${i}-0000-4000-8000-000000000000`.slice(-36),
            createdAt: '2026-12-03T08:00:00.000Z',
            updatedAt: '2026-12-03T08:00:00.000Z',
            values: { ...values, observation: '11111111-1111-4111-8111-111111111111' },
          }));
          for (const s of stored) expect(schema.safeParse(s).success).toBe(true);
          // Back to the grid: every cell as it was, once normalised (trimmed text, parsed number).
          const again = check(g, fieldsOfChildren(g, stored));
          expect(again).toEqual(r);
        },
      ),
    );
  });
});
