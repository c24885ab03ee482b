import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as keys from '../../../../src/lib/storage/storage-keys';

const src = fileURLToPath(new URL('../../../../src', import.meta.url));
const MODULE = join('lib', 'storage', 'storage-keys.ts');
/** Event names share the prefix but are not kept anywhere. */
const notKeys = new Set(['eck:before-update']);

/** `eck:` names written as string literals in code (comments left out). */
function literalKeys(code: string): string[] {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...noComments.matchAll(/['"`](eck:[\w-]+[:\w-]*)/g)]
    .map((m) => m[1] ?? '')
    .filter((k) => !notKeys.has(k));
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('storage keys', () => {
  const fixed = [
    keys.GUM_RECORD_KEY,
    keys.GUM_RECORD_V1_KEY,
    keys.GUM_CLASS_KEY,
    keys.PLEDGE_SETTINGS_KEY,
    keys.PROPOSAL_LETTER_KEY,
    keys.STORAGE_PROBE_KEY,
    keys.draftKey('x'),
    keys.presentTimerKey('x'),
    keys.presentChannelName('x'),
  ];

  test('all begin with eck: and none is another’s prefix', () => {
    for (const k of fixed) expect(k).toMatch(/^eck:[a-z]/);
    for (const a of fixed)
      for (const b of fixed) if (a !== b) expect(b.startsWith(`${a}:`)).toBe(false);
  });

  test('a backup key is one per damaged value and below its key', () => {
    const k = keys.PLEDGE_SETTINGS_KEY;
    expect(keys.backupKeyFor(k, '{')).toBe(keys.backupKeyFor(k, '{'));
    expect(keys.backupKeyFor(k, '{')).not.toBe(keys.backupKeyFor(k, '['));
    expect(keys.backupKeyFor(k, '{').startsWith(`${k}:backup:`)).toBe(true);
  });

  test.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('fingerprint: FNV-1a of %j is %s', (text, hash) => expect(keys.fingerprint(text)).toBe(hash));

  test('no other file in src/ spells out a key', () => {
    const found = files(src)
      .filter((f) => /\.(ts|tsx|astro)$/.test(f) && !f.endsWith(MODULE))
      .flatMap((f) => literalKeys(readFileSync(f, 'utf8')).map((k) => `${f}: ${k}`));
    expect(found).toEqual([]);
  });

  test('the check can fail', () => {
    expect(
      literalKeys("// 'eck:in-a-comment'\nconst k = 'eck:x:v1'; const e = 'eck:before-update';"),
    ).toEqual(['eck:x:v1']);
  });
});
