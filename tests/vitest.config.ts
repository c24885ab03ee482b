import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Thresholds that only go up (see the file). */
const { lines, functions, branches, statements } = JSON.parse(
  readFileSync(new URL('coverage-thresholds.json', import.meta.url), 'utf8'),
);

/** Unit and component tests (no browser, no build): `npm run test:unit`. */
export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    environment: 'node',
    // One worker per core. Vitest's default leaves one core free (cores − 1: one worker on the
    // two-core machines), but npm test's only neighbour here is the static checks, which end
    // first.
    maxWorkers: '100%',
    testTimeout: 60_000,
    // A hook (a beforeAll importing an island) as patient as a test: beside a build on a busy
    // machine its first import took over the default 10 s.
    hookTimeout: 60_000,
    // With --coverage (npm run test:unit, npm test): src/lib and src/stores, held to thresholds.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/stores/**/*.ts'],
      reporter: ['text-summary', 'text', 'json-summary'],
      reportsDirectory: 'test-results/coverage',
      thresholds: { lines, functions, branches, statements },
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});
