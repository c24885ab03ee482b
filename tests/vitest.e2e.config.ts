import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Browser tests: Chromium via playwright-core against the built site in dist/. */
export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Closes every context a test opened when it ends, passed or failed.
    setupFiles: ['tests/e2e/setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
    // Inside a file, tests marked concurrent (the site sweep) run this many at a time, each in
    // its own context: their time is mostly waiting for loads and frames, which overlaps.
    maxConcurrency: 4,
  },
});
