/**
 * The browser build preloads no modules (src/integrations/browser-baseline.ts, noModulePreload):
 * no chunk carries a dependency list for a dynamic import, and no chunk names a CSS file to
 * inject, which only such a list would do. Vite still wraps each dynamic import in its preload
 * helper; noEmptyPreloads makes that helper a bare call of the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './project';

const dir = join(repoRoot, 'dist/_astro');
const chunks = readdirSync(dir).filter((f) => f.endsWith('.js'));

describe('lazy chunks load without preload lists', () => {
  test('there are chunks, and some of them import others lazily', () => {
    expect(chunks.length).toBeGreaterThan(10);
    const lazy = chunks.filter((f) => /\bimport\(/.test(readFileSync(join(dir, f), 'utf8')));
    expect(lazy.length).toBeGreaterThan(3);
  });

  test('Vite’s preload helper, where a chunk still imports it, only calls the import', () => {
    const helpers = chunks.filter((f) => f.startsWith('preload-helper.'));
    expect(helpers).toHaveLength(1);
    const code = readFileSync(join(dir, helpers[0] ?? ''), 'utf8');
    expect(code).toBe('const f=(i)=>i();export{f as t};');
  });

  test.each(chunks)('%s has no preload dependency list and names no CSS file', (file) => {
    const code = readFileSync(join(dir, file), 'utf8');
    expect(code).not.toContain('__vite__mapDeps');
    expect(code).not.toMatch(/_astro\/[^"'`]*\.css/);
  });
});
