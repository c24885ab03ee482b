// `npm test`: every check and test, in order, then one summary line.
// Runs on the pinned Node 22 (npm puts node_modules/.bin first on PATH).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './scripts/ensure-chromium.mjs';
import { formatTable, measureDist } from './scripts/measure-js.mjs';

const reportDir = 'test-results';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const steps = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(name, cmd, args, { vitestReport } = {}) {
  console.log(`\n━━ ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const ok = r.status === 0;
  let note = '';
  if (vitestReport) {
    try {
      const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
      counts.passed += report.numPassedTests;
      counts.failed += report.numFailedTests;
      counts.skipped += report.numPendingTests + report.numTodoTests;
      note = `${report.numPassedTests} passed, ${report.numFailedTests} failed`;
      if (report.numTotalTests === 0) {
        counts.failed += 1;
        note = 'ran no test';
        steps.push({ name, ok: false, note, seconds: (Date.now() - started) / 1000 });
        return false;
      }
    } catch {
      counts.failed += 1;
      note = 'no report written';
    }
  }
  steps.push({ name, ok, note, seconds: (Date.now() - started) / 1000 });
  return ok;
}

const vitest = (config, report) => [
  'vitest',
  'run',
  '--config',
  config,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
];

ensureChromium();
run('format', 'prettier', ['--check', '.']);
run('lint', 'eslint', ['.']);
run('types', 'astro', ['check']);
const unitReport = join(reportDir, 'unit.json');
run('unit, component and build tests', 'npx', vitest('tests/vitest.config.ts', unitReport), {
  vitestReport: unitReport,
});
if (run('build', 'astro', ['build'])) {
  console.log('\nJavaScript shipped per page:');
  console.log(formatTable(measureDist('dist')));
  run('size budgets (JS, CSS, HTML per page)', 'node', ['tests/scripts/budgets.mjs']);
  const e2eReport = join(reportDir, 'e2e.json');
  run('browser tests (Chromium)', 'npx', vitest('tests/vitest.e2e.config.ts', e2eReport), {
    vitestReport: e2eReport,
  });
  const compatReport = join(reportDir, 'compat.json');
  run(
    'compatibility (Chromium 86, 109)',
    'npx',
    vitest('tests/vitest.compat.config.ts', compatReport),
    {
      vitestReport: compatReport,
    },
  );
  run('Lighthouse (every page, mobile)', 'node', ['tests/scripts/lighthouse.mjs']);
} else {
  for (const name of ['size budgets', 'browser tests (Chromium)', 'compatibility', 'Lighthouse']) {
    steps.push({ name, ok: false, note: 'skipped: build failed' });
  }
}

console.log('\n━━ Summary');
for (const s of steps) {
  const time = s.seconds === undefined ? '' : ` (${s.seconds.toFixed(1)} s)`;
  console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}${s.note ? ` — ${s.note}` : ''}${time}`);
}
const failedSteps = steps.filter((s) => !s.ok).length;
// Checks that are not test runners (format, lint, types, build) count as one failed test each.
const nonTestFailures = steps.filter((s) => !s.ok && !s.note).length;
console.log(
  `tests: ${counts.passed} passed, ${counts.failed + nonTestFailures} failed, ${counts.skipped} skipped`,
);
process.exit(failedSteps === 0 ? 0 : 1);
