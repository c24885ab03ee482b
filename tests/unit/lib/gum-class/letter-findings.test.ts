import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  gumLetterDecomposition,
  gumLetterFindings,
} from '../../../../src/lib/gum-class/letter-findings';
import {
  summarizeClassDecomposition,
  summarizeClassFindings,
} from '../../../support/gum-old/gum-class-calc';
import { gumResidueDefinition as def } from '../../../../src/lib/investigation/definitions';
import {
  migrateStoredGumClass,
  type Migration,
} from '../../../../src/lib/investigation/legacy/gum';
import { parseImportText } from '../../../../src/lib/gum-import';
import { buildGumExport } from '../../../support/gum-old/gum-export';
import { classGroupFromExport, mergeGroups } from '../../../../src/lib/gum-merge';
import { emptyClassData, type ClassData } from '../../../../src/schemas/gum-class';
import type {
  FieldValue,
  InvestigationClassData,
  StoredRecord,
} from '../../../../src/schemas/investigation/records';
import type { GumRecord } from '../../../../src/schemas/gum-record';
import { gumRecordArb } from '../../gum-fixtures';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/gum-legacy/${name}`, import.meta.url), 'utf8');

function ok<T>(r: Migration<T>): T {
  if (!r.ok) throw new Error(`not migrated: ${r.errors.join('')}`);
  return r.value;
}
/** The old class data as the engine's, as the class view migrates it. */
const migrated = (old: ClassData): InvestigationClassData => ({
  groups: ok(migrateStoredGumClass(def, old)).groups,
});

let n = 0;
const rec = (values: Record<string, FieldValue>, id = `r${++n}`): StoredRecord => ({
  id,
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  values,
});
const survey = (placeType: string, placeName: string | null, area: number | null, count: number) =>
  rec({
    date: '2026-03-02',
    placeType,
    placeOther: placeType === 'other' ? '天桥' : null,
    placeName,
    areaSquareMetres: area,
    lengthMetres: null,
    widthMetres: null,
    count,
    note: null,
  });
const group = (id: string, records: Record<string, StoredRecord[]>) => ({
  group: {
    id,
    name: id,
    createdAt: '2026-03-02T08:00:00.000Z',
    updatedAt: '2026-03-02T08:00:00.000Z',
  },
  exportedAt: '2026-03-02T09:00:00.000Z',
  records,
});
const classOf = (...groups: Record<string, StoredRecord[]>[]): InvestigationClassData => ({
  groups: groups.map((r, i) => group(`第${i + 1}组`, r)),
});

describe('gumLetterFindings', () => {
  test.each([
    ['no groups', classOf(), { places: 0, totalAreaM2: 0, residueCount: 0 }],
    [
      // By hand: 操场 40 / 200 = 0.2 per m², 三楼 9 / 20 = 0.45 per m² → 三楼.
      'two groups: places counted once, areas and residues added, the densest named',
      classOf(
        { survey: [survey('campus', '操场', 100, 10), survey('corridor', '三楼', 20, 9)] },
        { survey: [survey('campus', '操场', 100, 30)] },
      ),
      {
        places: 2,
        totalAreaM2: 220,
        residueCount: 49,
        densest: { placeName: '三楼', perM2: 0.45 },
      },
    ],
    [
      'a survey without an area (grades 1–2) counts its residues and place, gives no density',
      classOf({ survey: [survey('classroom', null, null, 7)] }),
      { places: 1, totalAreaM2: 0, residueCount: 7 },
    ],
    [
      'no residue found: no densest place',
      classOf({ survey: [survey('shop', '小卖部', 12.5, 0)] }),
      { places: 1, totalAreaM2: 12.5, residueCount: 0 },
    ],
    [
      'without a name the place reads as its kind, or the pupils’ word for 其他',
      classOf({ survey: [survey('station', null, 10, 1), survey('other', null, 1, 1)] }),
      { places: 2, totalAreaM2: 11, residueCount: 2, densest: { placeName: '天桥', perM2: 1 } },
    ],
    [
      'a tie: the place surveyed first',
      classOf({ survey: [survey('campus', '甲', 10, 5), survey('campus', '乙', 2, 1)] }),
      { places: 2, totalAreaM2: 12, residueCount: 6, densest: { placeName: '甲', perM2: 0.5 } },
    ],
  ])('%s', (_, data, expected) => {
    expect(gumLetterFindings(def, data)).toEqual(expected);
  });
});

const setup = (startDate: string) =>
  rec({ startDate, media: ['soil', 'tapWater'], items: ['gum', 'paper'], note: null });
const observation = (id: string, date: string) => rec({ date, observer: null, note: null }, id);
const entry = (observationId: string, item: string, medium: string, state: string) =>
  rec({ observation: observationId, item, medium, state, sizeCm: null, note: null });

describe('gumLetterDecomposition', () => {
  test.each([
    ['no groups', classOf(), null],
    [
      'checks without a setup (no start date) count nothing',
      classOf({
        observation: [observation('o1', '2026-03-05')],
        entry: [entry('o1', 'gum', 'soil', 'clear')],
      }),
      null,
    ],
    [
      'a check with no entries: a day, but no item',
      classOf({
        setup: [setup('2026-03-01')],
        observation: [observation('o1', '2026-03-05')],
      }),
      null,
    ],
    [
      // Day 4: paper in soil 明显变化 (2) beats paper in tap water 略有变化 (1); gum 无变化.
      'the biggest change of each item at the last check of each medium',
      classOf({
        setup: [setup('2026-03-01')],
        observation: [observation('o1', '2026-03-03'), observation('o2', '2026-03-05')],
        entry: [
          entry('o1', 'paper', 'soil', 'almostGone'),
          entry('o2', 'paper', 'soil', 'clear'),
          entry('o2', 'paper', 'tapWater', 'slight'),
          entry('o1', 'gum', 'soil', 'unchanged'),
        ],
      }),
      {
        lastDay: 4,
        items: [
          { item: 'gum', state: 'unchanged', medium: 'soil' },
          { item: 'paper', state: 'clear', medium: 'soil' },
        ],
      },
    ],
    [
      // Day 2, paper in soil: (3 + 0) / 2 = 1.5 → rounds to 明显变化 (2); before the start: skipped.
      'the mean over the groups that looked that day; a check before the start is skipped',
      classOf(
        {
          setup: [setup('2026-03-01')],
          observation: [observation('a', '2026-03-03'), observation('b', '2026-02-27')],
          entry: [entry('a', 'paper', 'soil', 'almostGone'), entry('b', 'gum', 'soil', 'clear')],
        },
        {
          setup: [setup('2026-03-10')],
          observation: [observation('c', '2026-03-12')],
          entry: [entry('c', 'paper', 'soil', 'unchanged'), entry('gone', 'gum', 'soil', 'clear')],
        },
      ),
      { lastDay: 2, items: [{ item: 'paper', state: 'clear', medium: 'soil' }] },
    ],
  ])('%s', (_, data, expected) => {
    expect(gumLetterDecomposition(def, data)).toEqual(expected);
  });
});

describe('data the engine’s schema would not let through (the functions stay total)', () => {
  const bare = { ...def, vocabularies: {} };
  test('a group without records of a kind counts nothing of it', () => {
    expect(gumLetterFindings(def, classOf({}))).toEqual({
      places: 0,
      totalAreaM2: 0,
      residueCount: 0,
    });
    expect(gumLetterDecomposition(def, classOf({ setup: [setup('2026-03-01')] }))).toBeNull();
  });
  test('a count left empty counts 0; a place kind without vocabulary reads as its value', () => {
    const s = survey('campus', null, 5, 0);
    s.values.count = null;
    expect(gumLetterFindings(bare, classOf({ survey: [s, survey('shop', null, 5, 2)] }))).toEqual({
      places: 2,
      totalAreaM2: 10,
      residueCount: 2,
      densest: { placeName: 'shop', perM2: 0.4 },
    });
    expect(gumLetterDecomposition(bare, classOf({}))).toBeNull();
  });
  test('a state outside the vocabulary names no state', () => {
    const noStates = {
      ...def,
      vocabularies: { ...def.vocabularies, state: { label: '状态', options: [] } },
    };
    const data = classOf({
      setup: [setup('2026-03-01')],
      observation: [observation('o1', '2026-03-02')],
      entry: [entry('o1', 'gum', 'soil', 'clear')],
    });
    expect(gumLetterDecomposition(noStates, data)).toEqual({
      lastDay: 1,
      items: [{ item: 'gum', state: '', medium: 'soil' }],
    });
  });
});

describe('the letter’s numbers are those of the code before the engine', () => {
  test.each(['stored-class-v1.json', 'class.json'])('fixture %s', (name) => {
    const text = fixture(name);
    const r = name.startsWith('stored') ? null : parseImportText(text, Date.parse('2100-01-01'));
    const old: ClassData =
      r === null
        ? (JSON.parse(text) as ClassData)
        : r.ok
          ? mergeGroups(emptyClassData(), r.groups).data
          : emptyClassData();
    expect(old.groups.length).toBeGreaterThan(0);
    const data = migrated(old);
    expect(gumLetterFindings(def, data)).toEqual(summarizeClassFindings(old));
    expect(summarizeClassFindings(old).residueCount).toBeGreaterThan(0);
    expect(gumLetterDecomposition(def, data)).toEqual(summarizeClassDecomposition(old));
  });

  /** The old code's checks came after the start (the engine refuses one before). */
  const startBefore = (r: GumRecord): GumRecord => {
    const s = r.decomposition.setup;
    const first = r.decomposition.observations.map((o) => o.date).sort()[0];
    return !s || !first || s.startDate <= first
      ? r
      : { ...r, decomposition: { ...r.decomposition, setup: { ...s, startDate: first } } };
  };

  test('property: any old class data the old code kept gives the same numbers once migrated', () => {
    // Not vacuous: many runs have a densest place and results to compare.
    const seen = { densest: 0, results: 0 };
    fc.assert(
      fc.property(fc.array(gumRecordArb.map(startBefore), { maxLength: 4 }), (records) => {
        const files = records.flatMap((r, i) => {
          const f = buildGumExport(
            r.group
              ? { ...r, group: { ...r.group, id: `0000000${i}-0000-4000-8000-00000000000${i}` } }
              : r,
            '2099-12-31T00:00:00.000Z',
          );
          return f ? [classGroupFromExport(f)] : [];
        });
        const old = mergeGroups(emptyClassData(), files).data;
        const m = migrateStoredGumClass(def, old);
        fc.pre(m.ok);
        const data = { groups: ok(m).groups };
        expect(gumLetterFindings(def, data)).toEqual(summarizeClassFindings(old));
        const results = gumLetterDecomposition(def, data);
        expect(results).toEqual(summarizeClassDecomposition(old));
        if (summarizeClassFindings(old).densest) seen.densest++;
        if (results) seen.results++;
      }),
      { numRuns: 150 },
    );
    expect(seen.densest).toBeGreaterThan(20);
    expect(seen.results).toBeGreaterThan(20);
  });
});
