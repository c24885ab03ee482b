import type { StorageEngine } from '../../../src/stores/persisted';

/** A Web Storage stand-in with a size quota and switchable failures. */
export class FakeStorage implements StorageEngine {
  data = new Map<string, string>();
  /** Characters (keys + values) the storage holds before setItem throws QuotaExceededError. */
  quota = Number.POSITIVE_INFINITY;
  /** Make every call throw, as a browser that blocks storage does. */
  blocked = false;
  /** Keys whose writes throw QuotaExceededError whatever the space (a value too big to fit). */
  tooBig = new Set<string>();
  /** Number of setItem calls that changed something, per key. */
  writes = new Map<string, number>();

  private used(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
  private check() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  getItem(key: string): string | null {
    this.check();
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.check();
    const old = this.data.get(key);
    const after =
      this.used() - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
    if (after > this.quota || this.tooBig.has(key))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
    this.writes.set(key, (this.writes.get(key) ?? 0) + 1);
  }
  removeItem(key: string): void {
    this.check();
    this.data.delete(key);
  }
  /** Fill the remaining space so that nothing more fits. */
  fill(): void {
    this.quota = this.used();
  }
}
