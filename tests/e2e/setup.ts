import { afterEach } from 'vitest';
import { closeOpenContexts } from './browser';

// Runs in every browser test file (setupFiles): whatever a test opened is closed when it ends,
// even when an assertion threw before the test's own context.close().
afterEach(closeOpenContexts);
