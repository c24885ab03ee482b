import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sleepsIn, sleepsInTree } from '../../scripts/find-sleeps.mjs';

const testsDir = fileURLToPath(new URL('../..', import.meta.url));

// The forbidden calls are spelt in pieces here, so this file does not trip its own check.
const wft = 'waitFor' + 'Timeout';
const st = 'set' + 'Timeout';
const sleep = 'sle' + 'ep';
const delay = 'del' + 'ay';
const tp = 'timers/' + 'promises';

describe('finds a sleep used as synchronisation', () => {
  test.each([
    [`await page.${wft}(1500);`, 'Playwright waitForTimeout'],
    [`await b.${wft}(1000)`, 'Playwright waitForTimeout'],
    [`await new Promise((r) => ${st}(r, 30));`, 'a Promise around setTimeout'],
    [`await new Promise<void>((resolve) => ${st}(resolve, 0));`, 'a Promise around setTimeout'],
    [
      `return new Promise(function (done) {\n  ${st}(done, 10);\n});`,
      'a Promise around setTimeout',
    ],
    [`${st}(done, 500);`, 'setTimeout resolving a wait'],
    [`import { ${st} } from 'node:${tp}';`, 'timers/promises (a sleep)'],
    [`const { ${st}: pause } = require('${tp}');`, 'timers/promises (a sleep)'],
    [`await ${sleep}(200);`, 'a sleep/delay helper with a fixed duration'],
    [`await ${delay}(50)`, 'a sleep/delay helper with a fixed duration'],
  ])('%s', (code, why) => {
    expect(sleepsIn(code).map((s) => s.why)).toContain(why);
  });

  test('names the line it is on', () => {
    expect(sleepsIn(`const a = 1;\n\nawait page.${wft}(10);\n`)).toEqual([
      { line: 3, text: `await page.${wft}(10);`, why: 'Playwright waitForTimeout' },
    ]);
  });
});

describe('leaves alone what is not a sleep', () => {
  test.each([
    'await page.clock.runFor(10_500);',
    'vi.advanceTimersByTime(15_000);',
    "await page.locator('.x').waitFor({ timeout: 5000 });",
    `// never ${wft}: wait for states`,
    `/* no new Promise(r => ${st}(r, 1)) here */`,
    `const id = ${st}(() => save(), 300); // code under test may use timers`,
    'requestIdleCallback(() => done(), { timeout: 5000 });',
    "const url = 'http://x/y'; // a URL is not a comment start",
  ])('%s', (code) => {
    expect(sleepsIn(code)).toEqual([]);
  });
});

test('no test in tests/ waits a fixed time to synchronise', () => {
  expect(sleepsInTree(testsDir)).toEqual([]);
});
