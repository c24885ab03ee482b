import type { TestContext } from 'vitest';

/**
 * One named step of a long browser test. Each step reports (an annotation in the test's
 * report with its time), and a failure names the step it happened in, so a long scenario
 * reads like a list of checks. Pass the test's context: `test('…', async (t) => { await
 * step(t, 'import the files', async () => { … }); })`.
 */
export async function step<T>(t: TestContext, name: string, body: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const took = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    const result = await body();
    await t.annotate(`✓ ${name} (${took()})`, 'step');
    return result;
  } catch (e) {
    await t.annotate(`✗ ${name} (${took()})`, 'step');
    if (e instanceof Error) e.message = `step “${name}”: ${e.message}`;
    throw e;
  }
}
