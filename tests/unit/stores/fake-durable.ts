import type { DurableEngine } from '../../../src/stores/persisted';

/** An in-memory durable copy (IndexedDB's stand-in) whose writes can be made to fail. */
export class MemoryDurable implements DurableEngine {
  data = new Map<string, { text: string; at: string }>();
  /** An error every write rejects with (undefined: writes succeed). */
  failWrites: unknown;
  get(key: string) {
    return Promise.resolve(this.data.get(key) ?? null);
  }
  put(key: string, text: string, at: string) {
    if (this.failWrites !== undefined) return Promise.reject(this.failWrites);
    this.data.set(key, { text, at });
    return Promise.resolve();
  }
  /** For `durable` in PersistedOptions. */
  engine = (): Promise<DurableEngine | null> => Promise.resolve(this);
}

/** Let the durable copy's promises settle (`rounds` microtask turns; a migration's chain is longer). */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
}
