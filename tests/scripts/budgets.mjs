// Holds every built page to its size budgets by reading dist/; prints the table every run
// and exits 1 (with the failing rows marked) when a page is over.
//   node tests/scripts/budgets.mjs [distDir]
// The budgets themselves are in tests/budgets.json, the one place they are set; tests that
// check a size read them through budgetFor().
//
// JavaScript "before interaction" is what a page loads or hydrates on its own (initial +
// islands, measured by measure-js.mjs); "lazy" chunks (chart.js) load on demand and count
// only towards the page's total.
//
// The shell: every page loads one tiny shared script, the service-worker registration
// (src/components/OfflineSupport.astro). Without it a pupil who opens a lesson link directly
// would never get the kit offline, and a page could not offer an update, so it is on every
// page by design. It is budgeted on its own ("shell") and left out of "a page without islands
// ships 0 bytes" and of the page's total, which are about the page's own JavaScript. The
// "有新版本" prompt it loads only when a new version waits is budgeted apart ("shellLazy").
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureDist } from './measure-js.mjs';

const kB = 1024;

/** tests/budgets.json: the one place every size budget is set (in kB gzip). */
export const budgetFile = JSON.parse(
  readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'),
);

/** Page rules from the budget file, in bytes, first match wins. */
export const pageJsBudgets = budgetFile.pages.map((p) => ({
  pattern: new RegExp(p.pattern),
  bytes: p.js === undefined ? undefined : p.js * kB,
  totalBytes: p.totalJs === undefined ? undefined : p.totalJs * kB,
  why: p.why,
}));

/** The site-wide budgets, in bytes. */
export const budgets = {
  /** Any other page with an island (e.g. the calculator island in a lesson). */
  otherIslandPageJs: budgetFile.defaults.islandPageJs * kB,
  /** A page without islands ships none of its own JavaScript. */
  noIslandPageJs: budgetFile.defaults.noIslandPageJs * kB,
  /** The offline shell's registration, on every page. */
  shell: budgetFile.shell * kB,
  /** The update prompt the shell loads only when a new version waits. */
  shellLazy: budgetFile.shellLazy * kB,
  totalJs: budgetFile.defaults.totalJs * kB,
  css: budgetFile.defaults.css * kB,
  html: budgetFile.defaults.html * kB,
};

/**
 * The budgets of one page, in bytes: `js` its own JavaScript before interaction, `totalJs`
 * all its own JavaScript; for tests that check a size (they read the same file).
 */
export function budgetFor(page, hasIslands = true) {
  const own = pageJsBudgets.find((p) => p.pattern.test(page));
  return {
    js: own?.bytes ?? (hasIslands || own ? budgets.otherIslandPageJs : budgets.noIslandPageJs),
    totalJs: own?.totalBytes ?? budgets.totalJs,
    shell: budgets.shell,
    shellLazy: budgets.shellLazy,
    css: budgets.css,
    html: budgets.html,
  };
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return p.endsWith('.html') ? [p] : [];
  });
}

const pageOf = (dist, file) =>
  '/' +
  relative(dist, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/');

/** Gzip size of the CSS a page loads: linked stylesheets plus inline <style> blocks. */
function cssBytes(dist, base, file, html) {
  const links = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((h) => h && !/^(https?:)?\/\//.test(h));
  const linked = links.reduce((n, href) => {
    const path = href.startsWith('/')
      ? join(dist, href.startsWith(base) ? href.slice(base.length) : href.slice(1))
      : resolve(dirname(file), href);
    return n + gzipSync(readFileSync(path)).length;
  }, 0);
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (n, m) => n + gzipSync(m[1]).length,
    0,
  );
  return linked + inline;
}

/** Measure every page in dist/ and compare it with its budgets. */
export function checkBudgets(dist = 'dist', base = process.env.ECK_BASE || '/') {
  const root = resolve(dist);
  const b = base.endsWith('/') ? base : `${base}/`;
  const js = new Map(measureDist(root, b).map((r) => [r.page, r]));
  return htmlFiles(root)
    .map((file) => {
      const page = pageOf(root, file);
      const html = readFileSync(file, 'utf8');
      const m = js.get(page);
      const hasIslands = /<astro-island[\s>]/.test(html);
      const own = pageJsBudgets.find((p) => p.pattern.test(page));
      const budget = budgetFor(page, hasIslands);
      const row = {
        page,
        hasIslands,
        // Without islands every byte of the page's own JS counts, lazy chunks too.
        js: hasIslands || own ? m.initial + m.islands : m.own,
        jsBudget: budget.js,
        lazy: m.lazy,
        shell: m.shell,
        shellLazy: m.shellLazy,
        total: m.own,
        totalBudget: budget.totalJs,
        css: cssBytes(root, b, file, html),
        html: gzipSync(html).length,
        over: [],
      };
      if (row.js > row.jsBudget) row.over.push('js');
      if (row.shell > budgets.shell) row.over.push('shell');
      if (row.shellLazy > budgets.shellLazy) row.over.push('shellLazy');
      if (row.total > row.totalBudget) row.over.push('total');
      if (row.css > budgets.css) row.over.push('css');
      if (row.html > budgets.html) row.over.push('html');
      return row;
    })
    .sort((a, c) => a.page.localeCompare(c.page));
}

/** The table printed on every run; over-budget cells are marked with "!". */
export function formatBudgetTable(rows) {
  const kb = (n) => (n / kB).toFixed(1);
  const cell = (row, key, text, width = 8) =>
    `${row.over.includes(key) ? '!' : ' '}${text}`.padStart(width);
  const header =
    'page                                 JS before/budget   lazy  shell  +lazy   total/budget    CSS   HTML  (kB gzip)';
  const lines = rows.map(
    (r) =>
      `${r.over.length ? 'OVER ' : 'ok   '}${r.page.padEnd(32)}` +
      `${cell(r, 'js', `${kb(r.js)}/${kb(r.jsBudget)}`, 16)}` +
      `${`${kb(r.lazy)}`.padStart(7)}${cell(r, 'shell', kb(r.shell), 7)}` +
      `${cell(r, 'shellLazy', kb(r.shellLazy), 7)}` +
      `${cell(r, 'total', `${kb(r.total)}/${kb(r.totalBudget)}`, 15)}` +
      `${cell(r, 'css', kb(r.css), 7)}${cell(r, 'html', kb(r.html), 7)}`,
  );
  const limits =
    `budgets (tests/budgets.json): page JS before interaction 0 without islands, ${kb(budgets.otherIslandPageJs)} with islands unless set: ` +
    pageJsBudgets.map((p) => `${p.why}`).join(', ') +
    `; shell ≤ ${kb(budgets.shell)}, its lazy update prompt ≤ ${kb(budgets.shellLazy)}; page total ≤ ${kb(budgets.totalJs)} unless set; CSS ≤ ${kb(budgets.css)}; HTML ≤ ${kb(budgets.html)}`;
  return [header, ...lines, limits].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = checkBudgets(process.argv[2] ?? 'dist');
  console.log(formatBudgetTable(rows));
  const over = rows.filter((r) => r.over.length);
  if (over.length) {
    console.error(
      `\nOver budget: ${over.map((r) => `${r.page} (${r.over.join(', ')})`).join('; ')}`,
    );
    process.exit(1);
  }
  console.log(`\nAll ${rows.length} pages within budget.`);
}
