import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { lessonFile, makeProject, repoRoot } from './project';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('a wrong row in carbon-actions.json stops the build, naming the file, row and field', () => {
  const actions = JSON.parse(
    readFileSync(join(repoRoot, 'content/data/carbon-actions.json'), 'utf8'),
  ) as Record<string, unknown>[];
  actions[1] = { ...actions[1], kgPerUnit: '0.6215' };
  const project = makeProject(
    { 'gum-residue.mdx': lessonFile('gum-residue') },
    { 'carbon-actions.json': JSON.stringify(actions) },
  );
  cleanup = project.remove;
  const { status, output } = project.build();
  expect(status).not.toBe(0);
  expect(output).toContain('content/data/carbon-actions.json 有错误');
  expect(output).toContain('1.kgPerUnit');
});
