import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { emptyClassData } from '../../../src/schemas/gum-class';
import { importSources, parseImportText } from '../../../src/lib/gum-import';
import { MAX_CLOCK_SKEW_MS, futureTimeErrors } from '../../../src/lib/import-times';
import { classGroupFromExport } from '../../../src/lib/gum-merge';
import { makeGroupExport } from '../../support/gum-data';

/** The teacher's device clock in these tests: 2026-03-20 12:00 UTC. */
const NOW = Date.UTC(2026, 2, 20, 12, 0, 0);
const good = makeGroupExport(1);
const json = (v: unknown) => JSON.stringify(v);
const later = (ms: number) => new Date(NOW + ms).toISOString();

describe('times in the future are refused at import, naming the record and the time', () => {
  test('a valid file of the past imports', () => {
    expect(parseImportText(json(good), NOW).ok).toBe(true);
  });
  test.each([
    [
      'group renamed with updatedAt 2099',
      { ...good, group: { ...good.group, name: '坏组', updatedAt: '2099-01-01T00:00:00.000Z' } },
      '小组信息（修改时间）',
    ],
    [
      'a survey edited tomorrow + 1 h',
      {
        ...good,
        surveys: [{ ...good.surveys[0], updatedAt: later(MAX_CLOCK_SKEW_MS + 3_600_000) }],
      },
      '残胶清点第 1 条（修改时间）',
    ],
    [
      'a survey dated next month',
      { ...good, surveys: [{ ...good.surveys[0], date: '2026-04-20' }] },
      '残胶清点第 1 条的日期是 2026-04-20，在将来',
    ],
    ['exported in 2099', { ...good, exportedAt: '2099-01-01T00:00:00.000Z' }, '的导出的时间是'],
  ])('%s', (_, file, where) => {
    const r = parseImportText(json(file), NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.join('')).toContain(where);
      expect(r.errors.join('')).toContain('请检查那台平板的日期和时间');
    }
  });
  test('a tablet a few hours ahead (wrong time zone) is still accepted', () => {
    const file = { ...good, surveys: [{ ...good.surveys[0], updatedAt: later(8 * 3_600_000) }] };
    expect(parseImportText(json(file), NOW).ok).toBe(true);
  });
  test('a check dated before the start of the experiment is refused', () => {
    const setup = good.decomposition.setup;
    expect(setup).not.toBeNull();
    if (!setup) return;
    const obs = good.decomposition.observations[0];
    expect(obs).toBeDefined();
    if (!obs) return;
    const file = {
      ...good,
      decomposition: { ...good.decomposition, observations: [{ ...obs, date: '2020-01-05' }] },
    };
    const r = parseImportText(json(file), NOW);
    expect(r.ok ? [] : r.errors).toContainEqual(expect.stringContaining('早于实验开始的日子'));
  });
  test('many bad times give at most five messages and a count', () => {
    const surveys = good.surveys.map((s) => ({
      ...s,
      updatedAt: '2099-01-01T00:00:00.000Z',
      createdAt: '2099-01-01T00:00:00.000Z',
    }));
    const errors = futureTimeErrors([classGroupFromExport({ ...good, surveys })], NOW);
    expect(errors).toHaveLength(6);
    expect(errors[5]).toMatch(/^还有 \d+ 处时间不对。$/);
  });
});

describe('a future time can no longer take a group over', () => {
  test('the forged 2099 file is refused and a genuine later import still updates', () => {
    const forged = {
      ...good,
      group: { ...good.group, name: '被改名', updatedAt: '2099-01-01T00:00:00.000Z' },
    };
    const first = importSources(emptyClassData(), [{ name: 'good.json', text: json(good) }]);
    const attack = importSources(first.data, [{ name: 'forged.json', text: json(forged) }]);
    expect(attack.reports[0]?.ok).toBe(false);
    expect(attack.data).toEqual(first.data);
    const renamed = {
      ...good,
      group: { ...good.group, name: '第1组（新）', updatedAt: later(-60_000) },
    };
    const genuine = importSources(attack.data, [{ name: 'later.json', text: json(renamed) }]);
    expect(genuine.data.groups[0]?.group.name).toBe('第1组（新）');
  });
  test('property: whatever times a file carries, nothing accepted lies beyond now + skew', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }),
        fc.integer({ min: 0, max: 2 }),
        (offset, which) => {
          const t = later(offset);
          const surveys = good.surveys.map((s, i) =>
            i === which ? { ...s, updatedAt: t, createdAt: t < s.createdAt ? t : s.createdAt } : s,
          );
          const r = parseImportText(json({ ...good, surveys }), NOW);
          const accepted = r.ok;
          expect(accepted).toBe(offset <= MAX_CLOCK_SKEW_MS);
        },
      ),
    );
  });
});
