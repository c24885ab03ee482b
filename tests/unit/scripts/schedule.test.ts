import { describe, expect, test } from 'vitest';
import { steps } from '../../run-all.mjs';
import { nextSteps, simulate } from '../../scripts/schedule.mjs';

type Step = { name: string; needs?: string[]; provides?: string; writes?: string[] };
const step = (name: string, more: Omit<Step, 'name'> = {}): Step => ({ name, ...more });
const names = (list: Step[]) => list.map((s) => s.name);

const build = step('build', { provides: 'dist', writes: ['cache'] });
const browser = step('browser', { needs: ['dist'] });
const types = step('types', { writes: ['cache'] });
const unit = step('unit');
const baseBuild = step('base build', { provides: 'base', writes: ['cache'] });
const buildTests = step('build tests', { needs: ['dist', 'base'] });

describe('nextSteps: which waiting steps start now', () => {
  test.each<[string, Step[], Parameters<typeof nextSteps>[1], string[], string[]]>([
    [
      'nothing built: the first ones that need nothing',
      [build, browser, unit, types],
      { slots: 2 },
      ['build', 'unit'],
      [],
    ],
    ['one slot: the first that can start', [browser, unit, types], { slots: 1 }, ['unit'], []],
    ['all slots taken: none', [unit], { running: [build, types], slots: 2 }, [], []],
    [
      'what it needs is built: it starts',
      [browser, unit],
      { provided: new Set(['dist']), slots: 2 },
      ['browser', 'unit'],
      [],
    ],
    [
      'one of two needs built: it waits',
      [buildTests, unit],
      { provided: new Set(['dist']), slots: 2 },
      ['unit'],
      [],
    ],
    [
      'a running step writes the same: it waits, a later one goes',
      [types, unit],
      { running: [build], slots: 3 },
      ['unit'],
      [],
    ],
    [
      'two waiting write the same: only the first',
      [build, baseBuild, types],
      { slots: 3 },
      ['build'],
      [],
    ],
    [
      'a need failed: skipped, even with no slot free',
      [browser, unit],
      { running: [unit], failed: new Set(['dist']), slots: 1 },
      [],
      ['browser'],
    ],
  ])('%s', (_, waiting, state, start, skip) => {
    const next = nextSteps(waiting, state);
    expect(names(next.start)).toEqual(start);
    expect(names(next.skip)).toEqual(skip);
  });
});

describe('simulate: the run on paper', () => {
  test('one slot: the list order, each after the one before', () => {
    expect(simulate([build, unit, browser], { build: 10, unit: 80, browser: 400 }, 1)).toEqual([
      { name: 'build', start: 0, end: 10 },
      { name: 'unit', start: 10, end: 90 },
      { name: 'browser', start: 90, end: 490 },
    ]);
  });

  test('a step waiting for what no step provides is an error, not a hang', () => {
    expect(() => simulate([browser], {}, 2)).toThrow(/browser: waiting for what no step provides/);
  });

  // The last CI run's step times (issue #17), each as if it ran alone.
  const ci: Record<string, number> = {
    format: 12.5,
    lint: 12.9,
    types: 34.2,
    'unit and component tests (coverage of src/lib and src/stores)': 82.8,
    'build (dist/)': 9.2,
    'build under /eco-kit/ (dist-eco-kit/)': 8.9,
    'build tests': 31.4,
    'size budgets (JS, CSS, HTML per page)': 0.3,
    'browser tests (Chromium)': 443.6,
    'compatibility (Chromium 86, 109)': 53,
    'Lighthouse (one page per kind; gate: a11y, best practices, SEO, bytes, requests, CLS)': 84.6,
  };

  test('npm test: the browser tier starts when dist/ is built, the other steps run beside it', () => {
    const timeline = simulate(steps, ci, 2);
    const at = Object.fromEntries(timeline.map((t) => [t.name, t]));
    const browserTier = at['browser tests (Chromium)'];
    expect(browserTier?.start).toBe(at['build (dist/)']?.end);
    const end = Math.max(...timeline.map((t) => t.end));
    expect(end).toBe(browserTier?.end);
    // Never more than two at a time, and never two Astro processes at once.
    for (const { start } of timeline) {
      const now = timeline.filter((t) => t.start <= start && start < t.end);
      expect(now.length, `at ${start} s`).toBeLessThanOrEqual(2);
      const astro = now.filter((t) => steps.find((s) => s.name === t.name)?.writes);
      expect(astro.length, `at ${start} s`).toBeLessThanOrEqual(1);
    }
  });
});
