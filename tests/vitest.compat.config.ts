import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Compatibility suite: the built site in real old Chromium builds (86 and 109, from npm
 * packages; tests/compat/old-chromium.ts) and through a plain-http intranet host name.
 */
export default defineConfig({
  root,
  test: {
    include: ['tests/compat/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
