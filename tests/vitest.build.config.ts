import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Build tests: they read the site built once by the build tier (dist/, and dist-eco-kit/ under
 * ECK_BASE=/eco-kit/, see tests/run-all.mjs), and build small throwaway projects only to
 * check that bad content stops a build. `npm run test:build` builds both first.
 */
export default defineConfig({
  root,
  test: {
    include: ['tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    environment: 'node',
    // One worker per core (Vitest's default leaves one free): the throwaway builds run two at
    // a time on the two-core machines.
    maxWorkers: '100%',
    testTimeout: 180_000,
  },
});
