// `npm test`: every check and test, tier by tier, then one summary line.
//   node tests/run-all.mjs                 every tier, in order
//   node tests/run-all.mjs unit browser    only those tiers (and the builds they need)
//   node tests/run-all.mjs --list          the steps, with their tiers
// Tiers: static (format, lint, types), unit (unit + component), build (the two builds and the
// tests that read them), browser, audit (size budgets, Lighthouse). Each builds what it needs
// once: a tier run alone builds dist/ itself; `--reuse-build` keeps a dist/ already there.
// Steps marked `alongside` (the static checks) run beside the others, one after another, their
// output held back and printed as each ends: they need nothing built, and on two cores they
// use the core the unit tests and builds leave free.
// Runs on the pinned Node 22 (npm puts node_modules/.bin first on PATH).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { baseBuild } from './scripts/builds.mjs';
import { ensureChromium } from './scripts/ensure-chromium.mjs';
import { formatTable, measureDist } from './scripts/measure-js.mjs';

const reportDir = 'test-results';

/**
 * Every step of `npm test`, in the order they run. To add one, add a row:
 *   name     what the summary calls it
 *   tier     the `npm run test:<tier>` it belongs to
 *   cmd      the command and its arguments (binaries from node_modules/.bin), or
 *   vitest   a vitest config: run with a JSON report whose counts go into the closing line
 *   args     more arguments for vitest (e.g. --coverage)
 *   env      extra environment variables
 *   provides a name other steps can need (the builds); a step that provides is run first, once,
 *            for any selected step that needs it
 *   needs    names of provided things this step reads; if one failed, this step is skipped
 *   browser  true when it drives Chromium (Chromium and the CJK fonts are checked first)
 *   after    a function run when the step passed (e.g. print a table)
 *   alongside true when it may run beside the other steps (it needs nothing, provides nothing)
 *   together  a name shared by neighbouring steps that run at the same time, each mostly on one
 *            core (the compatibility tests and Lighthouse): the first prints live, the others'
 *            output is held back and printed as each ends. Not the two builds: both write the
 *            project's .astro/ folder
 */
export const steps = [
  { name: 'format', tier: 'static', cmd: ['prettier', '--check', '.'], alongside: true },
  { name: 'lint', tier: 'static', cmd: ['eslint', '.'], alongside: true },
  { name: 'types', tier: 'static', cmd: ['astro', 'check'], alongside: true },
  {
    name: 'unit and component tests (coverage of src/lib and src/stores)',
    tier: 'unit',
    vitest: 'tests/vitest.config.ts',
    args: ['--coverage'],
  },
  {
    name: 'build (dist/)',
    tier: 'build',
    cmd: ['astro', 'build'],
    provides: 'dist',
    after: () => {
      console.log('\nJavaScript shipped per page:');
      console.log(formatTable(measureDist('dist')));
    },
  },
  {
    name: `build under ${baseBuild.base} (${baseBuild.dir}/)`,
    tier: 'build',
    cmd: ['astro', 'build', '--outDir', baseBuild.dir],
    env: { ECK_BASE: baseBuild.base },
    provides: 'dist-base',
  },
  {
    name: 'build tests',
    tier: 'build',
    vitest: 'tests/vitest.build.config.ts',
    needs: ['dist', 'dist-base'],
  },
  {
    name: 'size budgets (JS, CSS, HTML per page)',
    tier: 'audit',
    cmd: ['node', 'tests/scripts/budgets.mjs'],
    needs: ['dist'],
  },
  {
    name: 'browser tests (Chromium)',
    tier: 'browser',
    vitest: 'tests/vitest.e2e.config.ts',
    needs: ['dist'],
    browser: true,
  },
  {
    name: 'compatibility (Chromium 86, 109)',
    tier: 'compat',
    vitest: 'tests/vitest.compat.config.ts',
    needs: ['dist'],
    browser: true,
    together: 'audits',
  },
  {
    name: 'Lighthouse (one page per kind; gate: a11y, best practices, SEO, bytes, requests, CLS)',
    tier: 'audit',
    cmd: ['node', 'tests/scripts/lighthouse.mjs'],
    needs: ['dist'],
    browser: true,
    together: 'audits',
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

/**
 * The planned steps as two lanes run at the same time, each in order: `main` (live output) and
 * `beside` (the `alongside` steps, output held back). Both keep the steps' list positions, which
 * name their vitest reports and order the summary.
 */
export function lanes(selected) {
  const indexed = selected.map((step, index) => ({ step, index }));
  return {
    main: indexed.filter(({ step }) => !step.alongside),
    beside: indexed.filter(({ step }) => step.alongside),
  };
}

/**
 * The main lane cut into batches run one after another: neighbouring steps with the same
 * `together` name form one batch whose steps run at the same time; any other step is a batch
 * of its own.
 */
export function batches(lane) {
  const out = [];
  for (const entry of lane) {
    const last = out.at(-1);
    const name = entry.step.together;
    if (name && last && last[0].step.together === name) last.push(entry);
    else out.push([entry]);
  }
  return out;
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

/** Run one step; returns its summary row and its test counts. */
async function runStep(step, index, quiet = false) {
  const report = step.vitest ? join(reportDir, `step-${index}.json`) : null;
  const [cmd, ...args] = step.vitest
    ? ['npx', ...vitestArgs(step.vitest, report), ...(step.args ?? [])]
    : step.cmd;
  const header = `\n━━ ${step.name}: ${[cmd, ...args].join(' ')}`;
  if (!quiet) console.log(header);
  const started = Date.now();
  const r = await run(cmd, args, { ...process.env, FORCE_COLOR: '1', ...step.env }, quiet);
  if (quiet) console.log(`${header} (ran beside the other steps)\n${r.output}`);
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
    const time = r.seconds === undefined ? '' : ` (${r.seconds.toFixed(1)} s)`;
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

async function main(argv) {
  const tiers = argv.filter((a) => !a.startsWith('--'));
  if (argv.includes('--list')) {
    for (const s of steps)
      console.log(`${s.tier.padEnd(8)} ${s.name}${s.alongside ? ' (beside the others)' : ''}`);
    return 0;
  }
  const reuse = argv.includes('--reuse-build');
  const selected = plan(steps, tiers);
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  if (selected.some((s) => s.browser)) ensureChromium();

  const started = Date.now();
  const failed = new Set();
  const rows = [];
  const { main: mainLane, beside } = lanes(selected);
  // With nothing else to run, the alongside steps print live like any other.
  const quiet = mainLane.length > 0;
  const runBeside = (async () => {
    for (const { step, index } of beside) rows[index] = await runStep(step, index, quiet);
  })();
  const runMain = async ({ step, index }, quietStep) => {
    const missing = (step.needs ?? []).filter((n) => failed.has(n));
    if (missing.length) {
      // Not counted as a failed test: the failed build already is.
      rows[index] = {
        name: step.name,
        ok: false,
        note: `skipped: ${missing.join(', ')} failed`,
        skipped: true,
      };
      return;
    }
    if (step.provides && reuse && existsSync(providedDirs[step.provides] ?? '')) {
      rows[index] = { name: step.name, ok: true, note: 'reused (--reuse-build)', seconds: 0 };
      return;
    }
    const row = await runStep(step, index, quietStep);
    if (!row.ok && step.provides) failed.add(step.provides);
    rows[index] = row;
  };
  for (const batch of batches(mainLane)) {
    // The first step of a batch prints live; the others hold their output back.
    await Promise.all(batch.map((entry, i) => runMain(entry, i > 0)));
  }
  await runBeside;
  const wall = (Date.now() - started) / 1000;
  const sideBySide =
    (beside.length > 0 && mainLane.length > 0) || batches(mainLane).some((b) => b.length > 1);
  console.log(`\n${summarise(rows, sideBySide ? wall : undefined)}`);
  return rows.every((r) => r.ok) ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exit(await main(process.argv.slice(2)));
