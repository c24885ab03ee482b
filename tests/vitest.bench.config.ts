import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Benchmarks (`npm run bench`, after `npm run build`): print figures, assert no timing. Not
 * part of `npm test`: timings on a shared machine are not pass/fail material.
 */
export default defineConfig({
  root,
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
