// Finds real sleeps used as synchronisation in test code: a test that waits a fixed time
// passes on a quiet machine and fails on a busy one. Tests wait for events and states, and
// move timers with fake clocks (Playwright page.clock, vitest fake timers) instead.
//   node tests/scripts/find-sleeps.mjs [dir]   (exits 1 and lists them when there are any)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What counts as a sleep, each with the reason shown when it is found. */
export const sleepPatterns = [
  { re: /\bwaitForTimeout\s*\(/, why: 'Playwright waitForTimeout' },
  // a Promise wrapped around a setTimeout call (resolve or a named callback as the timer callback)
  { re: /new\s+Promise\b[^;]{0,160}?\bsetTimeout\s*\(/, why: 'a Promise around setTimeout' },
  {
    re: /\bsetTimeout\s*\(\s*(?:resolve|res|r|done|ok|next|wake)\s*[,)]/,
    why: 'setTimeout resolving a wait',
  },
  { re: /\bfrom\s+['"](?:node:)?timers\/promises['"]/, why: 'timers/promises (a sleep)' },
  { re: /\brequire\(\s*['"](?:node:)?timers\/promises['"]\s*\)/, why: 'timers/promises (a sleep)' },
  { re: /\b(?:sleep|delay|wait)\s*\(\s*\d/, why: 'a sleep/delay helper with a fixed duration' },
  { re: /\bAtomics\.wait\s*\(/, why: 'Atomics.wait blocks for a fixed time' },
];

/** Comments are left out: they may name what is forbidden. */
function stripComments(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** The sleeps in one file's text: line number, the line, and why it counts. */
export function sleepsIn(text) {
  const code = stripComments(text);
  const lines = code.split('\n');
  const found = [];
  for (const { re, why } of sleepPatterns) {
    const global = new RegExp(re.source, 'g');
    for (const m of code.matchAll(global)) {
      const line = code.slice(0, m.index).split('\n').length;
      found.push({ line, text: lines[line - 1].trim(), why });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

const testSource = /\.(?:[cm]?[jt]sx?)$/;

/** Every sleep in the test sources under `dir` (node_modules and fixtures' data aside). */
export function sleepsInTree(dir) {
  const walk = (d) =>
    readdirSync(d).flatMap((name) => {
      const p = join(d, name);
      if (name === 'node_modules') return [];
      if (statSync(p).isDirectory()) return walk(p);
      return testSource.test(name) ? [p] : [];
    });
  return walk(dir).flatMap((file) =>
    sleepsIn(readFileSync(file, 'utf8')).map((s) => ({
      file: relative(process.cwd(), file),
      ...s,
    })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = sleepsInTree(process.argv[2] ?? 'tests');
  for (const s of found) console.log(`${s.file}:${s.line}: ${s.why}: ${s.text}`);
  if (found.length) process.exit(1);
  console.log('No real sleeps in the tests.');
}
