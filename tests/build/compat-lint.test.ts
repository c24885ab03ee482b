import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { buildTarget } from '../../src/integrations/browser-baseline';
import { repoRoot } from './project';

const eslint = new ESLint({ cwd: repoRoot });

/** Errors `npx eslint` reports for `code` saved as `file`: "line:rule message". */
async function lint(code: string, file = 'src/lib/compat-fixture.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.severity === 2)
    .map((m) => `${m.line}:${m.ruleId} ${m.message}`);
}

describe('the compat lint follows package.json browserslist', () => {
  test.each([
    ['a Web API', 'export const a = new CompressionStream("gzip");', /CompressionStream/],
    ['an ES built-in', 'export const b = structuredClone({ a: 1 });', /structuredClone/],
    ['a static method', 'export const c = Object.hasOwn({}, "a");', /hasOwn/],
    ['an instance method', 'export const d = [1, 2].at(-1);', /\.at\(\) needs Chromium 92/],
  ])('%s newer than Chromium 86 / Safari 14 is an error on its line', async (_, code, message) => {
    const errors = await lint(`// fixture\n\n${code}\n`);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/^3:(compat\/compat|no-restricted-syntax) /);
    expect(errors.some((e) => message.test(e))).toBe(true);
  });

  test('islands and Astro scripts are checked too', async () => {
    expect(await lint('export const e = structuredClone(1);\n', 'src/islands/X.tsx')).toHaveLength(
      1,
    );
  });

  test.each([
    ['older equivalents', 'const a = [1, 2];\nexport const b = a[a.length - 1];\n'],
    [
      'a feature-detected API',
      'export let c: unknown;\nif ("structuredClone" in globalThis) c = structuredClone(1);\n',
    ],
  ])('%s pass', async (_, code) => {
    expect(await lint(code)).toEqual([]);
  });

  test('build-time code (integrations) is not held to the browser baseline', async () => {
    expect(await lint('export const f = structuredClone(1);\n', 'src/integrations/x.ts')).toEqual(
      [],
    );
  });
});

test('the JS build target comes from the same browserslist', () => {
  const target = buildTarget();
  expect(target).toContain('chrome86');
  expect(target).toContain('safari14');
  expect(buildTarget(['chrome >= 100'])).toEqual(['chrome100']);
});
