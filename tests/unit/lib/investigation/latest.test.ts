/** A kind's `latest` block (gum observations): the line by date and the newest child per cell. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gumResidueDefinition as def } from '../../../../src/lib/investigation/definitions';
import { dayNumber, latestView } from '../../../../src/lib/investigation/latest';
import type { LatestDef, RecordKind } from '../../../../src/schemas/investigation/definition';
import type { StoredRecord } from '../../../../src/schemas/investigation/records';

const kind = def.kinds.find((k) => k.id === 'observation') as RecordKind;
const gumLatest = kind.latest as LatestDef;
const plain: LatestDef = { title: '最近一次', field: 'state' };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const rec = (id: number, values: StoredRecord['values']): StoredRecord => ({
  id: uuid(id),
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  values,
});
const setup = (startDate: string) =>
  rec(1, { startDate, items: ['gum', 'paper'], media: ['soil', 'tapWater'], note: null });
const observation = (id: number, date: string) => rec(id, { date, observer: null, note: null });
const entry = (id: number, obs: number, item: string, medium: string, state: string) =>
  rec(id, { observation: uuid(obs), item, medium, state, sizeCm: null, note: null });
const records = (
  start: string | null,
  obs: StoredRecord[],
  entries: StoredRecord[],
): Record<string, StoredRecord[]> => ({
  setup: start ? [setup(start)] : [],
  observation: obs,
  entry: entries,
});

describe('dayNumber', () => {
  test.each([
    ['2026-11-20', '2026-11-20', 1, 1],
    ['2026-11-20', '2026-11-20', 0, 0],
    ['2026-11-20', '2026-11-26', 0, 6],
    ['2026-11-20', '2026-11-26', 1, 7],
    // Across a month end and a daylight-saving change (calendar days, not hours).
    ['2026-02-27', '2026-03-02', 1, 4],
    ['2026-03-28', '2026-03-30', 0, 2],
  ])('%s to %s from day %i: day %i', (from, to, startDay, day) => {
    expect(dayNumber(from, to, startDay)).toBe(day);
  });
});

describe('latestView', () => {
  test.each<[string, Record<string, StoredRecord[]>, LatestDef, string | null]>([
    ['no observations', records('2026-11-20', [], []), gumLatest, null],
    ['no setup: no start date', records(null, [observation(2, '2026-11-21')], []), gumLatest, null],
    [
      'the gum line, 第 0 天 the start',
      records(
        '2026-11-20',
        [observation(2, '2026-11-23'), observation(3, '2026-11-20'), observation(4, '2026-11-23')],
        [],
      ),
      gumLatest,
      '已观察 2 天（共 3 次），最近一次是第 3 天。',
    ],
    [
      'the default line, day 1 the start',
      records('2026-11-20', [observation(2, '2026-11-20')], []),
      plain,
      '已记录 1 天（共 1 次），最近一次是第 1 天。',
    ],
  ])('line: %s', (_, r, l, line) => {
    expect(latestView(def, kind, l, r).line).toBe(line);
  });

  test('the table: rows and columns from the setup, the newest by date then list order, — none', () => {
    const r = records(
      '2026-11-20',
      [observation(2, '2026-11-26'), observation(3, '2026-11-23'), observation(4, '2026-11-23')],
      [
        entry(10, 2, 'paper', 'tapWater', 'clear'),
        entry(11, 3, 'paper', 'tapWater', 'slight'),
        entry(12, 3, 'gum', 'soil', 'unchanged'),
        entry(13, 4, 'gum', 'soil', 'slight'),
      ],
    );
    expect(latestView(def, kind, gumLatest, r).table).toEqual({
      rowLabel: '样品',
      rows: [
        { value: 'gum', label: '口香糖残胶' },
        { value: 'paper', label: '废纸' },
      ],
      columns: [
        { value: 'soil', label: '土埋' },
        { value: 'tapWater', label: '自来水' },
      ],
      cells: [
        ['略有变化（第 3 天）', null],
        [null, '明显变化（第 6 天）'],
      ],
    });
  });

  test('no setup (no grid) or no entries: no table', () => {
    const obs = [observation(2, '2026-11-21')];
    expect(latestView(def, kind, gumLatest, records(null, obs, [])).table).toBeNull();
    expect(latestView(def, kind, gumLatest, records('2026-11-20', obs, [])).table).toBeNull();
  });

  const items = ['gum', 'paper'] as const;
  const media = ['soil', 'tapWater'] as const;
  const states = ['unchanged', 'slight', 'clear', 'almostGone'] as const;
  const labels: Record<string, string> = {
    unchanged: '无变化',
    slight: '略有变化',
    clear: '明显变化',
    almostGone: '几乎消失',
  };
  const arbObservations = fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 20 }),
      entries: fc.uniqueArray(
        fc.record({
          item: fc.constantFrom(...items),
          medium: fc.constantFrom(...media),
          state: fc.constantFrom(...states),
        }),
        { selector: (e) => `${e.item}/${e.medium}`, maxLength: 4 },
      ),
    }),
    { maxLength: 8 },
  );

  test('property: each cell is the state of the last-saved of the latest-dated observations with that cell; the line counts them', () => {
    fc.assert(
      fc.property(arbObservations, (list) => {
        const date = (day: number) =>
          new Date(Date.UTC(2026, 10, 20 + day)).toISOString().slice(0, 10);
        let n = 100;
        const obs = list.map((o, i) => observation(2 + i, date(o.day)));
        const entries = list.flatMap((o, i) =>
          o.entries.map((e) => entry(n++, 2 + i, e.item, e.medium, e.state)),
        );
        const v = latestView(def, kind, gumLatest, records('2026-11-20', obs, entries));
        const expected = items.map((item) =>
          media.map((medium) => {
            let best: { day: number; state: string } | null = null;
            list.forEach((o) => {
              const e = o.entries.find((x) => x.item === item && x.medium === medium);
              if (e && (!best || o.day >= best.day)) best = { day: o.day, state: e.state };
            });
            const b = best as { day: number; state: string } | null;
            return b ? `${labels[b.state]}（第 ${b.day} 天）` : null;
          }),
        );
        const any = expected.flat().some((x) => x !== null);
        expect(v.table?.cells ?? null).toEqual(any ? expected : null);
        const days = new Set(list.map((o) => o.day));
        expect(v.line).toBe(
          list.length
            ? `已观察 ${days.size} 天（共 ${list.length} 次），最近一次是第 ${Math.max(...days)} 天。`
            : null,
        );
      }),
    );
  });
});

describe('latestView without the lists (a value stored before the kinds existed)', () => {
  test('no records at all: no line, no table', () => {
    expect(latestView(def, kind, gumLatest, {})).toEqual({ line: null, table: null });
  });
  test('only the setup: no line (nothing observed), no table', () => {
    expect(latestView(def, kind, gumLatest, { setup: [setup('2026-11-20')] })).toEqual({
      line: null,
      table: null,
    });
  });
});
