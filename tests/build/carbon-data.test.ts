import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { lessonFile, makeProject, repoRoot } from './project';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('a wrong figure in facts.json stops the build, naming the file, row and field', () => {
  const facts = JSON.parse(
    readFileSync(join(repoRoot, 'content/data/facts.json'), 'utf8'),
  ) as Record<string, unknown>[];
  facts[1] = { ...facts[1], value: '0.53 千克' };
  const project = makeProject(
    { 'gum-residue.mdx': lessonFile('gum-residue') },
    { 'facts.json': JSON.stringify(facts) },
  );
  cleanup = project.remove;
  const { status, output } = project.build();
  expect(status).not.toBe(0);
  expect(output).toContain('content/data/facts.json 有错误');
  expect(output).toContain('1.value');
});
