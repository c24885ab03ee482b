import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { fixtureFile, makeProject } from './project';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const probeIsland = `import { useState } from 'preact/hooks';
export default function Probe() {
  const [v, setV] = useState('');
  return <input aria-label="probe" value={v} onInput={(e) => setV(e.currentTarget.value)} />;
}
`;

/** The slides of a built page: the HTML of each <section class="eck-slide">, in order. */
function slidesOf(html: string): string[] {
  return html.split('<section class="eck-slide').slice(1);
}

test('an island imported in a lesson lands inside its ## slide, on the lesson page and the present view', () => {
  const project = makeProject({ 'island-slides.mdx': fixtureFile('island-slides.mdx') });
  cleanup = project.remove;
  mkdirSync(join(project.dir, 'src/islands'), { recursive: true });
  writeFileSync(join(project.dir, 'src/islands/Probe.tsx'), probeIsland);
  const { status, output } = project.build();
  expect(status, output).toBe(0);

  const lesson = slidesOf(
    readFileSync(join(project.dir, 'dist/lessons/island-slides/index.html'), 'utf8'),
  );
  expect(lesson).toHaveLength(3);
  expect(lesson[0]).toContain('开场白');
  expect(lesson[0]).not.toContain('data-minutes');
  expect(lesson[1]).toMatch(/^" data-slide data-minutes="10">\s*<h2/);
  expect(lesson[2]).toMatch(/^" data-slide data-minutes="20">\s*<h2/);
  expect(lesson[2]).toContain('<astro-island');
  expect(lesson[2]).toContain('<h3');
  expect(lesson[2]).toContain('data-teacher-note');

  const present = slidesOf(
    readFileSync(join(project.dir, 'dist/lessons/island-slides/present/index.html'), 'utf8'),
  );
  // The title slide from the frontmatter, then the same three sections.
  expect(present).toHaveLength(4);
  expect(present[0]).toContain('岛屿在幻灯片里');
  expect(present[3]).toContain('<astro-island');
  expect(present[3]).toMatch(/component-url="[^"]*Probe[^"]*\.js"/);
});

test('steps that plan more minutes than the lesson stop the build with a message', () => {
  const project = makeProject({ 'too-many-minutes.mdx': fixtureFile('too-many-minutes.mdx') });
  cleanup = project.remove;
  const { status, output } = project.build();
  expect(status).not.toBe(0);
  expect(output).toContain('too-many-minutes.mdx');
  expect(output).toContain('合计 50 分钟，超过了整课的 40 分钟');
});
