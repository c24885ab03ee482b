import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sha1, uuidV5 } from '../../../../../src/lib/investigation/legacy/uuid-v5';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** The same UUID made with node:crypto's SHA-1. */
function referenceV5(ns: string, name: string): string {
  const h = createHash('sha1')
    .update(Buffer.from(ns.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  h.writeUInt8((h.readUInt8(6) & 0x0f) | 0x50, 6);
  h.writeUInt8((h.readUInt8(8) & 0x3f) | 0x80, 8);
  const s = h.toString('hex');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

describe('sha1', () => {
  test.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    ],
  ])('%j hashes as FIPS 180 says', (text, digest) => {
    expect(hex(sha1(new TextEncoder().encode(text)))).toBe(digest);
  });

  test('block edges (55, 56, 63, 64, 65 bytes and a few blocks) agree with node:crypto', () => {
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  test('any bytes hash as node:crypto hashes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });
});

describe('uuidV5', () => {
  test.each([
    [DNS, 'python.org', '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    [URL_NS, '口香糖', '3ff401b6-057d-5eb5-a739-96d87c8255dc'],
  ])('%s / %s is the RFC 9562 id Python makes', (ns, name, id) => {
    expect(uuidV5(ns, name)).toBe(id);
  });

  test('any namespace and name give the id node:crypto gives, version 5', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ unit: 'grapheme', maxLength: 80 }), (ns, name) => {
        const id = uuidV5(ns, name);
        expect(id).toBe(referenceV5(ns, name));
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }),
    );
  });

  test('a namespace that is not a UUID is refused', () => {
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow('not a UUID');
  });
});
