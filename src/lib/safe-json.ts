/**
 * Checks on parsed JSON before a schema sees it: keys that could reach an object's prototype
 * and absurd nesting are refused outright.
 */

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting accepted; our files nest 6 levels. */
export const MAX_DEPTH = 20;

/** What `findForbiddenKey` returns for nesting deeper than `MAX_DEPTH`. */
export const TOO_DEEP = Symbol('too deep');

/**
 * The first forbidden key found (depth-first), `TOO_DEEP` for absurd nesting, or null. Also
 * null-safe on any value.
 */
export function findForbiddenKey(
  value: unknown,
  maxDepth = MAX_DEPTH,
): string | typeof TOO_DEEP | null {
  const walk = (v: unknown, depth: number): string | typeof TOO_DEEP | null => {
    if (v === null || typeof v !== 'object') return null;
    if (depth > maxDepth) return TOO_DEEP;
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

/** Chinese message for what `findForbiddenKey` found in an imported file. */
export function forbiddenMessage(found: string | typeof TOO_DEEP): string {
  return found === TOO_DEEP
    ? `文件的层次太多（超过 ${MAX_DEPTH} 层），不是工具箱导出的文件，没有导入。`
    : `文件里有不允许的项（${found}），没有导入。`;
}
