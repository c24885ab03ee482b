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
const island = 'import {x} from "./shared.js"; const c = () => import("./chart.js");';
const chart = 'import "./chart-dep.js"; export const chart = 1;';
const chartDep = 'export const dep = 2;';

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

test('a page without scripts ships 0 bytes; a page with an island is split initial/islands/lazy', () => {
  const rows = measureDist(dist, '/');
  expect(rows).toEqual([
    { page: '/', initial: 0, islands: 0, lazy: 0, total: 0 },
    {
      page: '/tool/',
      initial: gz(entry) + gz(shared),
      islands: gz(island),
      lazy: gz(chart) + gz(chartDep),
      total: gz(entry) + gz(shared) + gz(island) + gz(chart) + gz(chartDep),
    },
  ]);
});
