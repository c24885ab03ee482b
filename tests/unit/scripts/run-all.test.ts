import { describe, expect, test } from 'vitest';
import { batches, failedTests, lanes, plan, steps, summarise } from '../../run-all.mjs';

type Step = {
  name: string;
  tier: string;
  provides?: string;
  needs?: string[];
  alongside?: boolean;
  together?: string;
};
const names = (list: Step[]) => list.map((s) => s.name);

describe('the step list', () => {
  test('every step has a tier and a unique name; every need is provided by an earlier step', () => {
    const seen = new Set<string>();
    (steps as Step[]).forEach((s, i) => {
      expect(s.tier, s.name).toMatch(/^[a-z-]+$/);
      for (const need of s.needs ?? []) {
        const provider = (steps as Step[]).findIndex((p) => p.provides === need);
        expect(provider, `${s.name} needs ${need}`).toBeGreaterThanOrEqual(0);
        expect(provider, `${need} is built before ${s.name}`).toBeLessThan(i);
      }
      expect(seen.has(s.name), s.name).toBe(false);
      seen.add(s.name);
    });
  });

  test('a tier run alone brings the builds it needs, each once, in list order', () => {
    expect(names(plan(steps, ['unit']))).toEqual([
      'unit and component tests (coverage of src/lib and src/stores)',
    ]);
    const browser = plan(steps, ['browser']) as Step[];
    expect(browser.map((s) => s.tier)).toEqual(['build', 'browser']);
    expect(browser[0]?.provides).toBe('dist');
    const build = plan(steps, ['build']) as Step[];
    expect(build.map((s) => s.provides ?? s.tier)).toEqual(['dist', 'dist-base', 'build']);
    const audit = plan(steps, ['audit', 'browser']) as Step[];
    expect(audit.filter((s) => s.provides === 'dist')).toHaveLength(1);
  });

  test('no tier means every step; an unknown tier is an error that lists the known ones', () => {
    expect(plan(steps, [])).toEqual(steps);
    expect(() => plan(steps, ['nope'])).toThrow(/unknown tier nope: static, unit/);
  });

  test('a new step is one more row: its tier can be run alone', () => {
    const extra = { name: 'another suite', tier: 'extra', vitest: 'x.ts', needs: ['dist'] };
    const more = [...steps, extra];
    expect(names(plan(more, ['extra']))).toEqual(['build (dist/)', 'another suite']);
  });
});

describe('the two lanes', () => {
  test('the static checks run beside the rest; a step that runs beside needs and provides nothing', () => {
    const { main, beside } = lanes(steps) as Record<'main' | 'beside', { step: Step }[]>;
    expect(beside.map(({ step }) => step.tier)).toEqual(['static', 'static', 'static']);
    expect(main.map(({ step }) => step.tier)).not.toContain('static');
    for (const { step } of beside) {
      expect(step.needs, step.name).toBeUndefined();
      expect(step.provides, step.name).toBeUndefined();
    }
  });

  test('both lanes keep each step’s place in the plan (its report name, its summary row)', () => {
    const planned = plan(steps, ['static', 'unit']) as Step[];
    const { main, beside } = lanes(planned);
    const places = [...beside, ...main].map(({ index }) => index).sort((a, b) => a - b);
    expect(places).toEqual(planned.map((_, i) => i));
    for (const { step, index } of [...main, ...beside]) expect(planned[index]).toBe(step);
  });
});

describe('steps run together', () => {
  const step = (name: string, together?: string): { step: Step } => ({
    step: together ? { name, tier: 't', together } : { name, tier: 't' },
  });
  const shape = (lane: { step: Step }[]) =>
    batches(lane).map((b: { step: Step }[]) => b.map(({ step: s }) => s.name).join('+'));

  test('neighbours with the same name form one batch; any other step is a batch of its own', () => {
    expect(
      shape([
        step('a'),
        step('b', 'x'),
        step('c', 'x'),
        step('d'),
        step('e', 'x'),
        step('f', 'y'),
        step('g', 'y'),
        step('h', 'y'),
      ]),
    ).toEqual(['a', 'b+c', 'd', 'e', 'f+g+h']);
    expect(shape([])).toEqual([]);
  });

  test('in npm test only the compatibility tests and Lighthouse run together, after the browser tests', () => {
    const { main } = lanes(steps) as { main: { step: Step }[] };
    const together = batches(main).filter((b: unknown[]) => b.length > 1);
    expect(together.map((b: { step: Step }[]) => b.map(({ step: s }) => s.tier))).toEqual([
      ['compat', 'audit'],
    ]);
    const order = shape(main);
    expect(order.indexOf('browser tests (Chromium)')).toBeLessThan(order.length - 1);
    expect(order.at(-1)).toMatch(/^compatibility .*\+Lighthouse/);
  });
});

describe('the summary', () => {
  test('when steps ran side by side the total is the run’s own time', () => {
    const text = summarise(
      [
        { name: 'types', ok: true, note: '', seconds: 90 },
        { name: 'unit', ok: true, note: '', seconds: 60 },
      ],
      96,
    );
    expect(text.split('\n').at(-2)).toBe(
      'total 1.6 min (the steps’ times add up to 2.5: some ran side by side)',
    );
  });

  test('ends with the tests line; a failed check counts as one failed test, a skipped step not', () => {
    const text = summarise([
      { name: 'format', ok: false, note: '', seconds: 2 },
      {
        name: 'unit',
        ok: true,
        note: '5 passed',
        tests: { passed: 5, failed: 0, skipped: 1 },
        seconds: 60,
      },
      { name: 'browser', ok: false, note: 'skipped: dist failed', skipped: true },
    ]);
    const lines = text.split('\n');
    expect(lines[1]).toBe('FAIL format (2.0 s)');
    expect(lines[2]).toBe('ok   unit — 5 passed (60.0 s)');
    expect(lines[3]).toBe('FAIL browser — skipped: dist failed');
    expect(lines.at(-2)).toBe('total 1.0 min');
    expect(lines.at(-1)).toBe('tests: 5 passed, 1 failed, 1 skipped');
  });

  test('names each failed test under its step, with the first line of why, at most eight', () => {
    const failures = Array.from({ length: 10 }, (_, i) => `suite › test ${i}: expected 1 to be 2`);
    const text = summarise([
      {
        name: 'compat',
        ok: false,
        note: '0 passed, 10 failed',
        tests: { passed: 0, failed: 10, skipped: 0 },
        failures,
        seconds: 6,
      },
    ]);
    const lines = text.split('\n');
    expect(lines[2]).toBe('       ✗ suite › test 0: expected 1 to be 2');
    expect(lines.filter((l) => l.includes('✗'))).toHaveLength(8);
    expect(lines[10]).toBe('       … and 2 more (test-results/)');
    expect(lines.at(-1)).toBe('tests: 0 passed, 10 failed, 0 skipped');
  });
});

describe('failed tests from a vitest JSON report', () => {
  test.each([
    ['no report entries', {}, []],
    [
      'a failed and a passed test',
      {
        testResults: [
          {
            name: 'a.test.ts',
            status: 'failed',
            assertionResults: [
              {
                fullName: 'a › b',
                status: 'failed',
                failureMessages: ['\nAssertionError: x\n at y'],
              },
              { fullName: 'a › c', status: 'passed', failureMessages: [] },
            ],
          },
        ],
      },
      ['a › b: AssertionError: x'],
    ],
    [
      'a file that failed before its tests',
      {
        testResults: [
          {
            name: 'b.test.ts',
            status: 'failed',
            message: 'Cannot find module\nmore',
            assertionResults: [],
          },
        ],
      },
      ['b.test.ts: Cannot find module'],
    ],
  ])('%s', (_, json, expected) => {
    expect(failedTests(json)).toEqual(expected);
  });
});
