import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { baseBuild } from '../scripts/builds.mjs';
import { fixtureFile, lessonFile, makeProject, repoRoot } from './project';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('a lesson with a missing and a wrong field fails the build, naming the file and the fields', () => {
  const project = makeProject({
    'gum-residue.mdx': lessonFile('gum-residue'),
    'missing-outcomes.mdx': fixtureFile('missing-outcomes.mdx'),
  });
  cleanup = project.remove;
  const { status, output } = project.build();
  expect(status).not.toBe(0);
  expect(output).toContain('missing-outcomes');
  expect(output).toMatch(/outcomes/);
  expect(output).toMatch(/grades\.1/);
});

// The site built once by the build tier under ECK_BASE=/eco-kit/ (tests/scripts/builds.mjs).
const baseDist = join(repoRoot, baseBuild.dir);
const read = (path: string) => readFileSync(join(baseDist, path), 'utf8');

test('the site builds under a sub-path when ECK_BASE is set', () => {
  const home = read('index.html');
  expect(home).toContain('href="/eco-kit/lessons/gum-residue/"');
  expect(home).toContain('href="/eco-kit/lessons/low-carbon-living/"');
  expect(home).toContain('href="/eco-kit/lessons/campus-litter/"');
  expect(home).toContain('href="/eco-kit/favicon.svg"');
  expect(home).not.toMatch(/href="\/lessons\//);
});

test('under a sub-path the service worker, manifest and registration all stay inside it', () => {
  const manifest = JSON.parse(read('manifest.webmanifest'));
  expect(manifest).toMatchObject({ start_url: '/eco-kit/', scope: '/eco-kit/', id: '/eco-kit/' });
  expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual([
    '/eco-kit/icon-192.png',
    '/eco-kit/icon-512.png',
    '/eco-kit/icon-maskable-512.png',
  ]);
  const home = read('index.html');
  expect(home).toContain('rel="manifest" href="/eco-kit/manifest.webmanifest"');
  // The offline shell (small enough for Astro to inline it in every page) registers the worker
  // and loads its update prompt inside the sub-path.
  const shell = home.match(/<script type="module">([^<]*eck-update-prompt[^<]*)<\/script>/)?.[1];
  expect(shell).toContain('`/eco-kit/sw.js`');
  expect(shell).toContain('/eco-kit/eck-update-prompt.js');
  expect(shell).not.toMatch(/[`"']\/sw\.js/);
  // Precache URLs are relative to sw.js, so they resolve inside /eco-kit/.
  const sw = read('sw.js');
  for (const url of [
    'index.html',
    'lessons/gum-residue/index.html',
    'print/campus-litter/index.html',
    'offline/index.html',
  ]) {
    expect(sw).toContain(`url:"${url}"`);
  }
  expect(sw).not.toMatch(/url:"\//);
});
