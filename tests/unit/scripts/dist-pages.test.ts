import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { distPages } from '../../scripts/dist-pages.mjs';

const dist = mkdtempSync(join(tmpdir(), 'eck-pages-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

test('lists every HTML file in dist as a path under the base, sorted', () => {
  for (const f of ['index.html', '404.html', 'lessons/a/index.html', 'print/a/index.html']) {
    mkdirSync(join(dist, f, '..'), { recursive: true });
    writeFileSync(join(dist, f), '<p>x</p>');
  }
  writeFileSync(join(dist, 'sw.js'), '');
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, '_astro/a.css'), '');
  expect(distPages(dist)).toEqual(['', '404.html', 'lessons/a/', 'print/a/']);
});
