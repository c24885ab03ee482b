import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import budgetFile from '../../budgets.json';
import { budgetFor, budgets, checkBudgets, formatBudgetTable } from '../../scripts/budgets.mjs';

const dist = mkdtempSync(join(tmpdir(), 'eck-budgets-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string | Buffer) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}
/** Text that gzip cannot shrink much: n random bytes as base64. */
const noise = (n: number) => randomBytes(n).toString('base64');

const shell =
  '<script type="module" src="/_astro/OfflineSupport.astro_astro_type_script_index_0_lang.x.js"></script>';
const page = (head: string, body = '<p>正文</p>') =>
  `<html><head>${shell}${head}</head><body>${body}</body></html>`;
const island = (url: string) => `<astro-island component-url="${url}"></astro-island>`;

write(
  '_astro/OfflineSupport.astro_astro_type_script_index_0_lang.x.js',
  'register(); const prompt = () => import("./update-prompt.y.js");',
);
write('_astro/update-prompt.y.js', `export const show = "${noise(600)}";`);
write('_astro/small.js', 'export const a = 1;');
write('_astro/big.js', `export const b = "${noise(30 * 1024)}";`);
write('_astro/huge-chart.js', `export const c = "${noise(110 * 1024)}";`);
write('_astro/lazy.js', 'const c = () => import("./huge-chart.js");');
write('_astro/site.css', 'body{color:#111}');
write('_astro/fat.css', `.x{content:"${noise(25 * 1024)}"}`);

write('index.html', page('<link rel="stylesheet" href="/_astro/site.css">'));
write('lessons/a/index.html', page('<script type="module" src="/_astro/small.js"></script>'));
write('calculator/index.html', page('', island('/_astro/big.js')));
write('lessons/gum-residue/record/index.html', page('', island('/_astro/big.js')));
write('lessons/b/present/index.html', page('', island('/_astro/small.js')));
write('charts/index.html', page('', island('/_astro/lazy.js')));
write('print/index.html', page('<link rel="stylesheet" href="/_astro/fat.css">'));
write('long/index.html', page('', `<p>${noise(90 * 1024)}</p>`));

interface Row {
  page: string;
  js: number;
  jsBudget: number;
  shell: number;
  shellLazy: number;
  total: number;
  over: string[];
}
const rows: Row[] = checkBudgets(dist, '/');
const row = (p: string) => rows.find((r) => r.page === p);

describe('checkBudgets', () => {
  test.each([
    ['/', [], 'a page without islands and only the shell script'],
    ['/lessons/a/', ['js'], 'a page without islands that ships its own script'],
    ['/calculator/', ['js'], 'the calculator over its 20 kB'],
    ['/lessons/gum-residue/record/', [], 'the record page within its 35 kB'],
    ['/lessons/b/present/', [], 'a present view within 25 kB'],
    ['/charts/', ['total'], 'a lazy chart chunk that takes the total over 100 kB'],
    ['/print/', ['css'], 'CSS over 20 kB'],
    ['/long/', ['html'], 'HTML over 60 kB'],
  ])('%s is over on %j: %s', (p, over) => {
    expect(row(p)?.over).toEqual(over);
  });

  test('the shell and the prompt it loads lazily are measured apart, each with its own budget', () => {
    expect(row('/')?.js).toBe(0);
    expect(row('/')?.total).toBe(0);
    expect(row('/')?.shell).toBeGreaterThan(0);
    expect(row('/')?.shell).toBeLessThanOrEqual(budgets.shell);
    expect(row('/')?.shellLazy).toBeGreaterThan(600);
    expect(row('/')?.shellLazy).toBeLessThanOrEqual(budgets.shellLazy);
  });

  // The issues set 35 / 25 / 20 kB; raised at the merge of issues 11–17 (tests/budgets.json says
  // why, as open work).
  test('budgets come from the route: record 39.5 kB, present 25 kB, calculator 20 kB', () => {
    expect(row('/lessons/gum-residue/record/')?.jsBudget).toBe(39.5 * 1024);
    expect(row('/lessons/b/present/')?.jsBudget).toBe(25 * 1024);
    expect(row('/calculator/')?.jsBudget).toBe(20 * 1024);
    expect(row('/charts/')?.jsBudget).toBe(budgets.otherIslandPageJs);
    expect(row('/lessons/a/')?.jsBudget).toBe(0);
  });

  test('every budget comes from tests/budgets.json, in kB', () => {
    expect(budgets.shell).toBe(budgetFile.shell * 1024);
    expect(budgets.totalJs).toBe(budgetFile.defaults.totalJs * 1024);
    expect(budgetFor('/calculator/')).toMatchObject({ js: 20 * 1024, totalJs: 75 * 1024 });
    expect(budgetFor('/lessons/low-carbon-living/')).toMatchObject({
      js: 20 * 1024,
      totalJs: 75 * 1024,
    });
    expect(budgetFor('/lessons/x/', false).js).toBe(0);
    expect(budgetFor('/lessons/x/', true).totalJs).toBe(budgets.totalJs);
  });

  test('a shell over its 0.6 kB budget, or a prompt over its own, is marked on every page', () => {
    expect(budgets.shell).toBeLessThanOrEqual(0.6 * 1024);
    const fat = mkdtempSync(join(tmpdir(), 'eck-budgets-shell-'));
    try {
      const put = (path: string, text: string) => {
        mkdirSync(join(fat, path, '..'), { recursive: true });
        writeFileSync(join(fat, path), text);
      };
      put(
        '_astro/OfflineSupport.astro_astro_type_script_index_0_lang.z.js',
        `register("${noise(1024)}"); const p = () => import("./prompt.z.js");`,
      );
      put('_astro/prompt.z.js', `export const p = "${noise(3 * 1024)}";`);
      put('index.html', page('').replace('.x.js', '.z.js'));
      put('a/index.html', page('').replace('.x.js', '.z.js'));
      expect(checkBudgets(fat, '/').map((r: Row) => [r.page, r.over])).toEqual([
        ['/', ['shell', 'shellLazy']],
        ['/a/', ['shell', 'shellLazy']],
      ]);
    } finally {
      rmSync(fat, { recursive: true, force: true });
    }
  });

  test('the table lists every page and marks the rows and cells that are over', () => {
    const table = formatBudgetTable(rows).split('\n');
    expect(table).toHaveLength(rows.length + 2);
    expect(table.find((l) => l.includes('/print/'))).toMatch(/^OVER .*!\d/);
    expect(table.find((l) => l.includes(' / '))).toMatch(/^ok /);
  });
});
