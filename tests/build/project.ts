import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A throwaway copy of the project (node_modules linked, the rest copied) with the given lesson
 * files added to its content/lessons (a file named like a real lesson replaces it), for build
 * tests. The real lessons stay: the print pages name their lesson, and PrintLayout refuses to
 * build a printable whose lesson is missing.
 */
export function makeProject(
  lessonFiles: Record<string, string>,
  /** Data files to write over the copied content/data/, by name → text. */
  dataFiles: Record<string, string> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'eck-build-'));
  // Astro resolves modules by real path, so src/ is copied; node_modules can be linked.
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  }
  // Data files (emission factors…), investigation definitions and the lessons are imported by
  // pages and lessons; copied as they are.
  for (const folder of ['content/data', 'content/investigations', 'content/lessons']) {
    cpSync(join(repoRoot, folder), join(dir, folder), { recursive: true });
  }
  for (const [name, text] of Object.entries(dataFiles)) {
    writeFileSync(join(dir, 'content/data', name), text);
  }
  for (const [name, from] of Object.entries(lessonFiles)) {
    cpSync(from, join(dir, 'content/lessons', name));
  }
  return {
    dir,
    /** Run `astro build` in the copy with the current Node (the pinned one under npm). */
    build(env: Record<string, string> = {}) {
      const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
      // Vitest puts Vite's BASE_URL, MODE, DEV, PROD and SSR into process.env; a child
      // build would take them over its own config, so they are left out.
      const inherited = Object.fromEntries(
        Object.entries(process.env).filter(
          ([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k),
        ),
      );
      const r = spawnSync(process.execPath, [astroBin, 'build'], {
        cwd: dir,
        env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const lessonFile = (slug: string) => join(repoRoot, 'content/lessons', `${slug}.mdx`);
export const fixtureFile = (name: string) => join(repoRoot, 'tests/fixtures/lessons', name);
