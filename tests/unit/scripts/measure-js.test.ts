import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { measureDist } from '../../scripts/measure-js.mjs';

const dist = mkdtempSync(join(tmpdir(), 'eck-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}
const gz = (s: string) => gzipSync(s).length;

const entry = 'import "./shared.js"; console.log("entry");';
const shared = 'export const x = 1;';
// Vite's output: the lazy chunk is imported with backticks, through its preload helper.
const island =
  'import {x} from "./shared.js"; const c = () => p(() => import(`./chart.js`), []); const q = () => import("./qr.js"); const t = (n) => import(`./${n}.js`);';
const chart = 'import "./chart-dep.js"; export const chart = 1;';
const chartDep = 'export const dep = 2;';
const shellEntry =
  'import "./workbox.js"; register(); const p = () => import(`./update-prompt.js`);';
const workbox = 'export class Workbox {}';
// Loaded by the shell only when a new version waits: neither the shell nor the page's own.
const prompt = 'import "./workbox.js"; import "./prompt-dep.js"; export const show = 1;';
const promptDep = 'export const dep = 4;';
const qr = 'export const qr = 3;';

write('index.html', '<html><body><p>no scripts</p></body></html>');
write(
  'tool/index.html',
  `<html><head><script type="module" src="/_astro/entry.js"></script></head>
   <body><astro-island component-url="/_astro/island.js"></astro-island></body></html>`,
);
write('_astro/entry.js', entry);
write('_astro/shared.js', shared);
write('_astro/island.js', island);
write('_astro/chart.js', chart);
write('_astro/chart-dep.js', chartDep);
write('_astro/OfflineSupport.astro_astro_type_script_index_0_lang.abc.js', shellEntry);
write('_astro/workbox.js', workbox);
write('_astro/update-prompt.js', prompt);
write('_astro/prompt-dep.js', promptDep);
write(
  'lesson/index.html',
  `<html><head><script type="module" src="/_astro/OfflineSupport.astro_astro_type_script_index_0_lang.abc.js"></script></head><body><p>text</p></body></html>`,
);
write('_astro/qr.js', qr);

test('a page without scripts ships 0 bytes; the offline shell is counted apart; a page with an island is split initial/islands/lazy', () => {
  const rows = measureDist(dist, '/');
  expect(rows).toEqual([
    { page: '/', shell: 0, shellLazy: 0, initial: 0, islands: 0, lazy: 0, own: 0, total: 0 },
    {
      page: '/lesson/',
      shell: gz(shellEntry) + gz(workbox),
      // The shell's own static import (workbox.js) is already loaded: not counted twice.
      shellLazy: gz(prompt) + gz(promptDep),
      initial: 0,
      islands: 0,
      lazy: 0,
      own: 0,
      total: gz(shellEntry) + gz(workbox) + gz(prompt) + gz(promptDep),
    },
    {
      page: '/tool/',
      shell: 0,
      shellLazy: 0,
      initial: gz(entry) + gz(shared),
      islands: gz(island),
      lazy: gz(chart) + gz(chartDep) + gz(qr),
      own: gz(entry) + gz(shared) + gz(island) + gz(chart) + gz(chartDep) + gz(qr),
      total: gz(entry) + gz(shared) + gz(island) + gz(chart) + gz(chartDep) + gz(qr),
    },
  ]);
});

test('in the present view, an island that hydrates when visible is on a slide: it counts as lazy', () => {
  const deck = (client: string) =>
    `<html><head><script type="module" src="/_astro/entry.js"></script></head>
     <body><div class="app" data-present data-slug="x">
     <astro-island component-url="/_astro/island.js" client="${client}"></astro-island></div></body></html>`;
  write('present-visible/index.html', deck('visible'));
  write('present-idle/index.html', deck('idle'));
  const rows = measureDist(dist, '/');
  const row = (page: string) => rows.find((r: { page: string }) => r.page === page);
  expect(row('/present-visible/')).toMatchObject({
    initial: gz(entry) + gz(shared),
    islands: 0,
    // The island (its shared import is already initial) and what it loads on demand.
    lazy: gz(island) + gz(chart) + gz(chartDep) + gz(qr),
  });
  // An island that hydrates at once is "before", even in the present view.
  expect(row('/present-idle/')).toMatchObject({ islands: gz(island) });
});
