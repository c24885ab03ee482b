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
    // expect.poll gives up after 1 s by default: a page on a busy 2-core machine can take longer
    // to hydrate or to answer. It still returns as soon as the state holds, so a long limit costs
    // nothing when the machine is quiet; under the test timeout so a failure names the poll.
    expect: { poll: { timeout: 30_000 } },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
