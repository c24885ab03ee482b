import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { fixtureFile, lessonFile, makeProject } from './project';

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

test('the site builds under a sub-path when ECK_BASE is set', () => {
  const project = makeProject({
    'gum-residue.mdx': lessonFile('gum-residue'),
    'low-carbon-living.mdx': lessonFile('low-carbon-living'),
  });
  cleanup = project.remove;
  const { status, output } = project.build({ ECK_BASE: '/eco-kit/' });
  expect(status, output).toBe(0);
  const home = readFileSync(join(project.dir, 'dist/index.html'), 'utf8');
  expect(home).toContain('href="/eco-kit/lessons/gum-residue/"');
  expect(home).toContain('href="/eco-kit/favicon.svg"');
  expect(home).not.toMatch(/href="\/lessons\//);
});

test('under a sub-path the service worker, manifest and registration all stay inside it', () => {
  const project = makeProject({ 'gum-residue.mdx': lessonFile('gum-residue') });
  cleanup = project.remove;
  const { status, output } = project.build({ ECK_BASE: '/eco-kit/' });
  expect(status, output).toBe(0);
  const dist = join(project.dir, 'dist');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
  expect(manifest).toMatchObject({ start_url: '/eco-kit/', scope: '/eco-kit/', id: '/eco-kit/' });
  expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual([
    '/eco-kit/icon-192.png',
    '/eco-kit/icon-512.png',
    '/eco-kit/icon-maskable-512.png',
  ]);
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  expect(home).toContain('rel="manifest" href="/eco-kit/manifest.webmanifest"');
  expect(home).toMatch(/<script type="module" src="\/eco-kit\/_astro\/OfflineSupport[^"]+"/);
  const registration = readFileSync(
    join(dist, home.match(/src="\/eco-kit\/(_astro\/OfflineSupport[^"]+)"/)?.[1] ?? ''),
    'utf8',
  );
  expect(registration).toContain('/eco-kit/');
  // Precache URLs are relative to sw.js, so they resolve inside /eco-kit/.
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  for (const url of ['index.html', 'lessons/gum-residue/index.html', 'offline/index.html']) {
    expect(sw).toContain(`url:"${url}"`);
  }
  expect(sw).not.toMatch(/url:"\//);
});
