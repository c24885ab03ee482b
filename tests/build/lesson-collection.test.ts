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
