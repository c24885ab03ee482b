/**
 * Checks on parsed JSON before a schema sees it: keys that could reach an object's prototype
 * and absurd nesting are refused outright.
 */

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The first forbidden key found (depth-first), or null. Also null-safe on any value. */
export function findForbiddenKey(value: unknown, maxDepth = 20): string | null {
  const walk = (v: unknown, depth: number): string | null => {
    if (v === null || typeof v !== 'object') return null;
    if (depth > maxDepth) return '(nesting too deep)';
    for (const key of Object.keys(v)) {
      if (forbiddenKeys.has(key)) return key;
      const found = walk((v as Record<string, unknown>)[key], depth + 1);
      if (found) return found;
    }
    return null;
  };
  return walk(value, 0);
}

/** JSON.parse that returns a result instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** What a stored or imported value yields: the valid part and how many parts were left out. */
export interface Salvaged<T> {
  value: T;
  /** Records or parts that failed the schema and were left out; 0 when all was valid. */
  dropped: number;
}
