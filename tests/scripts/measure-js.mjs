// Measures the JavaScript each built page ships, gzip-compressed, by reading dist/.
//   node tests/scripts/measure-js.mjs [distDir] [--json]
// "initial": scripts the HTML loads or preloads, with their static imports.
// "islands": Astro islands' component and renderer modules (hydrated on idle/visible), with
//            their static imports, minus what is already counted as initial.
// "lazy":    modules reachable only through dynamic import() (e.g. chart.js), loaded on demand;
//            in the present view also the islands on slides ("visible" islands: a slide is
//            hidden until it is reached, so they hydrate then; tests/e2e/present-js.test.ts
//            checks in the browser that opening the view loads no more than initial).
// "shell":   the service-worker registration every page loads (src/components/OfflineSupport.astro,
//            with its static imports), counted apart from the page's own JS: see
//            tests/scripts/budgets.mjs for why and tests/budgets.json for its budget.
// "shellLazy": what the shell loads through import() only when needed (the "有新版本" prompt).
// "own":     the page's own JavaScript, lazy chunks included (initial + islands + lazy).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const staticImport =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g;
// Vite writes dynamic imports with backticks (import(`./chart.js`)); a template with ${…} is
// not a fixed file and is not followed.
const dynamicImport = /import\(\s*(?:"([^"]+\.m?js)"|'([^']+\.m?js)'|`([^`$]+\.m?js)`)\s*\)/g;
/** Astro names a component's bundled <script> after the component. */
export const shellScript = /\/OfflineSupport\.astro_astro_type_script_[^/]*\.js$/;
/**
 * Astro inlines a small script with no imports into each page: the shell is then the inline
 * script that names the update prompt it loads when a new version waits.
 */
export const shellInlineMarker = 'eck-update-prompt.js';
/** Scripts an inline shell loads by URL (built at run time, so not an import() literal). */
const shellUrl = /(\/[\w.@/-]*?\.m?js)(?=["'`])/g;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return p.endsWith('.html') ? [p] : [];
  });
}

/** Resolve a URL path from a page or module to a file in dist. */
function toFile(dist, base, fromFile, spec) {
  if (/^(https?:)?\/\//.test(spec)) return null;
  if (spec.startsWith('/')) {
    const path = spec.startsWith(base) ? spec.slice(base.length) : spec.slice(1);
    return join(dist, path);
  }
  return resolve(dirname(fromFile), spec);
}

function imports(file, re) {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(re)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** All modules statically reachable from the given files. */
function closure(dist, base, files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length) {
    const f = queue.pop();
    if (!f || seen.has(f)) continue;
    seen.add(f);
    for (const spec of imports(f, staticImport)) {
      const next = toFile(dist, base, f, spec);
      if (next) queue.push(next);
    }
  }
  return seen;
}

const gz = (files) => [...files].reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);

/** Measure one page. Inline module scripts count towards "initial" too. */
export function measurePage(dist, base, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const attr = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const initialSpecs = [
    ...attr(/<script[^>]*\ssrc="([^"]+)"/g),
    ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  // The present view shows one slide at a time: its islands hydrate when their slide is shown.
  const presentView = /<[a-z]+\s[^>]*\bdata-present[\s>]/.test(html);
  const islandTags = [...html.matchAll(/<astro-island\s[^>]*>/g)].map((m) => m[0]);
  const onSlide = (tag) => presentView && /\sclient="visible"/.test(tag);
  const islandUrls = (tags) =>
    tags.flatMap((t) =>
      [...t.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
    );
  const islandSpecs = islandUrls(islandTags.filter((t) => !onSlide(t)));
  const slideIslandSpecs = islandUrls(islandTags.filter(onSlide));
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => s.trim() && !/type="application\/(ld\+)?json"/.test(s));
  const inlineShell = inlineScripts.filter((s) => s.includes(shellInlineMarker));
  const inlineOwn = inlineScripts.filter((s) => !s.includes(shellInlineMarker));
  const gzText = (texts) => texts.reduce((n, s) => n + gzipSync(s).length, 0);
  const inlineBytes = gzText(inlineOwn);
  const inlineShellBytes = gzText(inlineShell);
  const resolveAll = (specs) =>
    specs.map((s) => toFile(dist, base, htmlFile, s)).filter((f) => f !== null);
  const inlineImports = inlineOwn.flatMap((s) =>
    [...s.matchAll(staticImport)].map((m) => toFile(dist, base, htmlFile, m[1])),
  );
  const entries = [...resolveAll(initialSpecs), ...inlineImports.filter(Boolean)];
  const shell = closure(
    dist,
    base,
    entries.filter((f) => shellScript.test(f.replace(/\\/g, '/'))),
  );
  const initial = new Set(
    [
      ...closure(
        dist,
        base,
        entries.filter((f) => !shell.has(f)),
      ),
    ].filter((f) => !shell.has(f)),
  );
  const islandsAll = closure(dist, base, resolveAll(islandSpecs));
  const islands = new Set([...islandsAll].filter((f) => !initial.has(f) && !shell.has(f)));
  const eager = new Set([...shell, ...initial, ...islands]);
  /**
   * Modules reachable only through import() from `from`, not already loaded eagerly. Dynamic
   * imports are followed to any depth: a lazily loaded section may load chart.js lazily.
   */
  const lazyFrom = (from, exclude) => {
    const found = new Set();
    let frontier = [...from];
    while (frontier.length) {
      const entries = frontier
        .flatMap((f) => imports(f, dynamicImport).map((s) => toFile(dist, base, f, s)))
        .filter(Boolean);
      frontier = [...closure(dist, base, entries)].filter(
        (f) => !eager.has(f) && !exclude.has(f) && !found.has(f),
      );
      for (const f of frontier) found.add(f);
    }
    return found;
  };
  // What the shell loads only when it needs it (the update prompt), apart from the page's own.
  const shellLoads = inlineShell
    .flatMap((s) => [...s.matchAll(shellUrl)].map((m) => m[1]))
    .filter((u) => !/(^|\/)sw\.js$/.test(u))
    .map((u) => toFile(dist, base, htmlFile, u))
    .filter((f) => f && existsSync(f));
  const shellLazy = new Set([
    ...lazyFrom(shell, new Set()),
    ...[...closure(dist, base, shellLoads)].filter((f) => !eager.has(f)),
  ]);
  const slideIslands = [...closure(dist, base, resolveAll(slideIslandSpecs))].filter(
    (f) => !eager.has(f),
  );
  const lazyImports = lazyFrom(new Set([...initial, ...islands, ...slideIslands]), shellLazy);
  const lazy = new Set([...slideIslands, ...lazyImports]);
  return {
    page:
      '/' +
      relative(dist, htmlFile)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/'),
    shell: gz(shell) + inlineShellBytes,
    shellLazy: gz(shellLazy),
    initial: gz(initial) + inlineBytes,
    islands: gz(islands),
    lazy: gz(lazy),
    /** The page's own JavaScript, all of it: what its total budget holds. */
    own: gz(initial) + inlineBytes + gz(islands) + gz(lazy),
    total:
      gz(shell) +
      inlineShellBytes +
      gz(shellLazy) +
      gz(initial) +
      inlineBytes +
      gz(islands) +
      gz(lazy),
  };
}

export function measureDist(dist = 'dist', base = process.env.ECK_BASE || '/') {
  const root = resolve(dist);
  const b = base.endsWith('/') ? base : `${base}/`;
  return htmlFiles(root)
    .map((f) => measurePage(root, b, f))
    .sort((a, c) => a.page.localeCompare(c.page));
}

export function formatTable(rows) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  const lines = [
    'page                                   initial  islands     lazy    shell shell-lazy   total  (kB gzip)',
    ...rows.map(
      (r) =>
        `${r.page.padEnd(36)} ${kb(r.initial)}  ${kb(r.islands)}  ${kb(r.lazy)}  ${kb(r.shell)}  ${kb(r.shellLazy)}  ${kb(r.total)}`,
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const rows = measureDist(args.find((a) => !a.startsWith('--')) ?? 'dist');
  console.log(args.includes('--json') ? JSON.stringify(rows, null, 2) : formatTable(rows));
}
