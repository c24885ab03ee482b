// `npm test`: every check and test, two steps at a time, then one summary line.
//   node tests/run-all.mjs                 every tier
//   node tests/run-all.mjs unit browser    only those tiers (and the builds they need)
//   node tests/run-all.mjs --list          the steps, with their tiers
//   --reuse-build                          keep a dist/ (dist-eco-kit/) already there
//   --jobs=N                               N steps at a time (default 2; 1 runs them live, in turn)
// Tiers: static (format, lint, types), unit (unit + component), build (the two builds and the
// tests that read them), browser, compat, audit (size budgets, Lighthouse). A tier run alone
// builds dist/ itself.
// Steps start in list order as soon as what they need is built and a slot is free
// (tests/scripts/schedule.mjs): dist/ first, then the browser tier, the longest step, while the
// other steps run one after another in the second slot. Each step's output is held back and
// printed as one block when it ends.
// Runs on the pinned Node 22 (npm puts node_modules/.bin first on PATH).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { baseBuild } from './scripts/builds.mjs';
import { ensureChromium } from './scripts/ensure-chromium.mjs';
import { formatTable, measureDist } from './scripts/measure-js.mjs';
import { nextSteps } from './scripts/schedule.mjs';

const reportDir = 'test-results';

/**
 * Every step of `npm test`. Two run at a time (`--jobs`), each starting as soon as what it needs
 * is built, rows higher in the list first: so the list begins with the longest chain, dist/ and
 * the browser tier. To add a step, add a row:
 *   name     what the summary calls it
 *   tier     the `npm run test:<tier>` it belongs to
 *   cmd      the command and its arguments (binaries from node_modules/.bin), or
 *   vitest   a vitest config: run with a JSON report whose counts go into the closing line
 *   args     more arguments for vitest (e.g. --coverage)
 *   env      extra environment variables
 *   provides a name other steps can need (the builds); a step that provides is run, once, for
 *            any selected step that needs it
 *   needs    names of provided things this step reads: it starts when they are built, and is
 *            skipped if one failed
 *   writes   what it writes that another step also writes: two such steps never run at once
 *            ('astro-cache': .astro/ and node_modules/.astro/, which every Astro build and
 *            check rewrites through the same temporary file names)
 *   browser  true when it drives Chromium (Chromium and the CJK fonts are checked first)
 *   after    a function run when the step passed (e.g. print a table)
 */
export const steps = [
  {
    name: 'build (dist/)',
    tier: 'build',
    cmd: ['astro', 'build'],
    provides: 'dist',
    writes: ['astro-cache'],
    after: () => {
      console.log('\nJavaScript shipped per page:');
      console.log(formatTable(measureDist('dist')));
    },
  },
  {
    name: 'browser tests (Chromium)',
    tier: 'browser',
    vitest: 'tests/vitest.e2e.config.ts',
    needs: ['dist'],
    browser: true,
  },
  { name: 'format', tier: 'static', cmd: ['prettier', '--check', '.'] },
  { name: 'lint', tier: 'static', cmd: ['eslint', '.'] },
  // astro check syncs the content collections too (.astro/, node_modules/.astro/).
  { name: 'types', tier: 'static', cmd: ['astro', 'check'], writes: ['astro-cache'] },
  {
    name: 'unit and component tests (coverage of src/lib and src/stores)',
    tier: 'unit',
    vitest: 'tests/vitest.config.ts',
    args: ['--coverage'],
  },
  {
    name: `build under ${baseBuild.base} (${baseBuild.dir}/)`,
    tier: 'build',
    cmd: ['astro', 'build', '--outDir', baseBuild.dir],
    env: { ECK_BASE: baseBuild.base },
    provides: 'dist-base',
    writes: ['astro-cache'],
  },
  {
    name: 'build tests',
    tier: 'build',
    vitest: 'tests/vitest.build.config.ts',
    needs: ['dist', 'dist-base'],
    // Its throwaway projects build with the repository's node_modules linked, Astro's cache too.
    writes: ['astro-cache'],
  },
  {
    name: 'size budgets (JS, CSS, HTML per page)',
    tier: 'audit',
    cmd: ['node', 'tests/scripts/budgets.mjs'],
    needs: ['dist'],
  },
  {
    name: 'compatibility (Chromium 86, 109)',
    tier: 'compat',
    vitest: 'tests/vitest.compat.config.ts',
    needs: ['dist'],
    browser: true,
  },
  {
    name: 'Lighthouse (one page per kind; gate: a11y, best practices, SEO, bytes, requests, CLS)',
    tier: 'audit',
    cmd: ['node', 'tests/scripts/lighthouse.mjs'],
    needs: ['dist'],
    browser: true,
  },
];

/** Where a provided thing lands, for --reuse-build. */
const providedDirs = { dist: 'dist', 'dist-base': baseBuild.dir };

/**
 * The steps to run for the chosen tiers, in list order: the selected ones plus every step
 * that provides what they need (a build), each once.
 */
export function plan(all, tiers) {
  if (tiers.length === 0) return [...all];
  const known = new Set(all.map((s) => s.tier));
  const unknown = tiers.filter((t) => !known.has(t));
  if (unknown.length)
    throw new Error(`unknown tier ${unknown.join(', ')}: ${[...known].join(', ')}`);
  const chosen = new Set(all.filter((s) => tiers.includes(s.tier)));
  const needed = new Set([...chosen].flatMap((s) => s.needs ?? []));
  for (const s of all) if (s.provides && needed.has(s.provides)) chosen.add(s);
  return all.filter((s) => chosen.has(s));
}

const vitestArgs = (config, report) => [
  'vitest',
  'run',
  '--config',
  config,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
];

/** Each failed test of a vitest JSON report as one line: its name and the first line of why. */
export function failedTests(json) {
  const out = [];
  for (const file of json.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status !== 'failed') continue;
      const why = String(t.failureMessages?.[0] ?? '')
        // eslint-disable-next-line no-control-regex -- terminal colour codes
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        .find((l) => l.trim())
        ?.trim();
      out.push(`${t.fullName ?? t.title}${why ? `: ${why}` : ''}`);
    }
    // A file that failed before any test ran (an import error, a hook) has no assertions.
    if (file.status === 'failed' && !(file.assertionResults ?? []).length)
      out.push(`${file.name}: ${String(file.message ?? '').split('\n')[0]}`);
  }
  return out;
}

/** At most this many failed tests are named under a step in the summary (CI shows the tail). */
const namedFailures = 8;
const clip = (s, n = 200) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Run a command; `quiet` holds its output back and returns it instead of printing it. */
function run(cmd, args, env, quiet) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    const output = [];
    child.stdout?.on('data', (d) => output.push(d));
    child.stderr?.on('data', (d) => output.push(d));
    child.on('error', (e) => {
      output.push(Buffer.from(`${e.message}\n`));
      resolve({ status: null, output: Buffer.concat(output).toString() });
    });
    child.on('close', (status) => resolve({ status, output: Buffer.concat(output).toString() }));
  });
}

const clock = (seconds) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/**
 * Run one step; returns its summary row and its test counts. `quiet` holds its output back and
 * prints it as one block when it ends; `t0` is when the run started (for the times shown).
 */
async function runStep(step, index, quiet, t0) {
  const report = step.vitest ? join(reportDir, `step-${index}.json`) : null;
  const [cmd, ...args] = step.vitest
    ? ['npx', ...vitestArgs(step.vitest, report), ...(step.args ?? [])]
    : step.cmd;
  const header = `\n━━ ${step.name}: ${[cmd, ...args].join(' ')}`;
  const started = Date.now();
  const at = (time) => clock((time - t0) / 1000);
  if (quiet) console.log(`[${at(started)}] started: ${step.name}`);
  else console.log(header);
  const r = await run(cmd, args, { ...process.env, FORCE_COLOR: '1', ...step.env }, quiet);
  if (quiet) console.log(`${header} (${at(started)}–${at(Date.now())})\n${r.output}`);
  const row = { name: step.name, ok: r.status === 0, note: '', tests: null };
  if (report) {
    try {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      row.tests = {
        passed: json.numPassedTests,
        failed: json.numFailedTests,
        skipped: json.numPendingTests + json.numTodoTests,
      };
      row.note = `${json.numPassedTests} passed, ${json.numFailedTests} failed`;
      row.failures = failedTests(json);
      if (json.numTotalTests === 0) {
        row.ok = false;
        row.note = 'ran no test';
        row.tests.failed += 1;
      }
    } catch {
      row.ok = false;
      row.note = 'no report written';
      row.tests = { passed: 0, failed: 1, skipped: 0 };
    }
  }
  row.seconds = (Date.now() - started) / 1000;
  row.startedAt = (started - t0) / 1000;
  if (row.ok && step.after) step.after();
  return row;
}

/**
 * The summary lines and the closing `tests: N passed, N failed, N skipped`. `wallSeconds`, the
 * run's own duration, is shown when steps ran side by side (their times then add up to more).
 */
export function summarise(rows, wallSeconds) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const lines = ['━━ Summary'];
  for (const r of rows) {
    const from = r.startedAt === undefined ? '' : `, from ${clock(r.startedAt)}`;
    const time = r.seconds === undefined ? '' : ` (${r.seconds.toFixed(1)} s${from})`;
    lines.push(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.note ? ` — ${r.note}` : ''}${time}`);
    const failures = r.failures ?? [];
    for (const f of failures.slice(0, namedFailures)) lines.push(`       ✗ ${clip(f)}`);
    if (failures.length > namedFailures)
      lines.push(`       … and ${failures.length - namedFailures} more (test-results/)`);
    if (r.tests) {
      counts.passed += r.tests.passed;
      counts.failed += r.tests.failed;
      counts.skipped += r.tests.skipped;
      // Checks that are not test runners (format, lint, types, build) count as one failed test.
    } else if (!r.ok && !r.skipped) counts.failed += 1;
  }
  const total = rows.reduce((n, r) => n + (r.seconds ?? 0), 0);
  lines.push(
    wallSeconds === undefined
      ? `total ${(total / 60).toFixed(1)} min`
      : `total ${(wallSeconds / 60).toFixed(1)} min (the steps’ times add up to ${(total / 60).toFixed(1)}: some ran side by side)`,
  );
  lines.push(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return lines.join('\n');
}

/**
 * Run the planned steps, `slots` at a time (nextSteps decides which start when); returns the
 * summary rows in plan order and whether two steps ever ran at once.
 */
export async function runPlan(selected, { slots, reuse = false }) {
  const t0 = Date.now();
  const place = new Map(selected.map((step, index) => [step, index]));
  const rows = [];
  const waiting = [...selected];
  const running = new Map();
  const provided = new Set();
  const failed = new Set();
  let overlapped = false;
  const take = (step) => waiting.splice(waiting.indexOf(step), 1);
  const settle = (step, row) => {
    rows[place.get(step)] = row;
    if (step.provides) (row.ok ? provided : failed).add(step.provides);
  };
  while (waiting.length || running.size) {
    const { start, skip } = nextSteps(waiting, {
      running: [...running.keys()],
      provided,
      failed,
      slots,
    });
    // Not counted as a failed test: the failed build already is.
    for (const step of skip) {
      take(step);
      const missing = step.needs.filter((n) => failed.has(n));
      settle(step, {
        name: step.name,
        ok: false,
        note: `skipped: ${missing.join(', ')} failed`,
        skipped: true,
      });
    }
    const reused = start.filter(
      (step) => step.provides && reuse && existsSync(providedDirs[step.provides] ?? ''),
    );
    for (const step of reused) {
      take(step);
      settle(step, { name: step.name, ok: true, note: 'reused (--reuse-build)', seconds: 0 });
    }
    // A skipped or reused step may let others go: look again before waiting.
    if (skip.length || reused.length) continue;
    for (const step of start) take(step);
    // Live output only for a step that runs alone and will have no step beside it.
    const quiet = slots > 1 && (running.size > 0 || start.length > 1 || waiting.length > 0);
    for (const step of start)
      running.set(
        step,
        runStep(step, place.get(step), quiet, t0).then((row) => ({ step, row })),
      );
    if (running.size > 1) overlapped = true;
    if (!running.size)
      throw new Error(
        `${waiting.map((s) => s.name).join(', ')}: waiting for what no step provides`,
      );
    const { step, row } = await Promise.race(running.values());
    running.delete(step);
    settle(step, row);
  }
  return { rows, overlapped, wall: (Date.now() - t0) / 1000 };
}

async function main(argv) {
  const tiers = argv.filter((a) => !a.startsWith('--'));
  if (argv.includes('--list')) {
    for (const s of steps)
      console.log(
        `${s.tier.padEnd(8)} ${s.name}${s.needs ? ` (after ${s.needs.join(', ')})` : ''}`,
      );
    return 0;
  }
  const jobs = argv.find((a) => a.startsWith('--jobs='));
  const slots = jobs ? Number(jobs.slice('--jobs='.length)) : 2;
  if (!Number.isInteger(slots) || slots < 1)
    throw new Error(`--jobs wants a whole number ≥ 1: ${jobs}`);
  const selected = plan(steps, tiers);
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  if (selected.some((s) => s.browser)) ensureChromium();

  const { rows, overlapped, wall } = await runPlan(selected, {
    slots,
    reuse: argv.includes('--reuse-build'),
  });
  console.log(`\n${summarise(rows, overlapped ? wall : undefined)}`);
  return rows.every((r) => r.ok) ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exit(await main(process.argv.slice(2)));
