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
    // expect.poll gives up after 1 s by default: a page on a busy 2-core machine can take longer
    // to hydrate or to answer. It still returns as soon as the state holds, so a long limit costs
    // nothing when the machine is quiet; under the test timeout so a failure names the poll.
    expect: { poll: { timeout: 30_000 } },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, each in its own worker with its own Chromium: the machines have two
    // cores, and a browser test spends most of its time waiting on loads and frames. Files share
    // only the read-only server over dist/ (global-setup.ts); each writes under its own folder of
    // test-results/ and keeps its storage in its own browser (or its own temporary profile).
    fileParallelism: true,
    maxWorkers: 2,
    // Inside a file, tests marked concurrent (the site sweep) run this many at a time, each in
    // its own context: their time is mostly waiting for loads and frames, which overlaps. Two, so
    // the sweep beside another file does not put eight pages on two cores.
    maxConcurrency: 2,
  },
});
