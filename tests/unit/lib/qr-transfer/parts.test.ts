import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PARTS,
  PART_PREFIX,
  crc32Hex,
  createCollector,
  fragmentOfLink,
  parsePart,
  qrCapacity,
  qrModules,
  splitIntoParts,
  versionForDisplay,
} from '../../../../src/lib/qr-transfer/parts';

const b64 = fc.stringMatching(/^[A-Za-z0-9_-]{1,3000}$/);
const fragmentArb = b64.map((d) => `eck-gum1.${d}`);
const link = (f: string) => `http://192.168.1.10/lessons/gum-residue/class/#${f}`;

describe('crc32Hex', () => {
  test.each([
    ['', '00000000'],
    ['a', 'e8b7be43'],
    ['123456789', 'cbf43926'],
    ['口香糖', crc32Hex('口香糖')],
  ])('%j → %s', (t, hex) => expect(crc32Hex(t)).toBe(hex));
});

describe('QR sizes', () => {
  test.each([
    [1, 14, 21],
    [6, 106, 41],
    [10, 213, 57],
    [40, 2331, 177],
  ])('version %i holds %i bytes, %i modules', (v, bytes, modules) => {
    expect(qrCapacity(v)).toBe(bytes);
    expect(qrModules(v)).toBe(modules);
  });
  test.each([
    [720, 10, 11],
    [720, 16, 5],
    [400, 10, 3],
    [100, 10, 2],
    [4000, 4, 15],
  ])('%i px at ≥ %i px a module → version %i', (px, min, v) =>
    expect(versionForDisplay(px, min)).toBe(v),
  );
});

describe('parsePart', () => {
  test.each([
    ['ECKQ1/0123abcd/2/5/abc', { id: '0123abcd', n: 2, total: 5, chunk: 'abc' }],
    ['ECKQ1/0123abcd/5/5/eck-gum1.x', { id: '0123abcd', n: 5, total: 5, chunk: 'eck-gum1.x' }],
    ['ECKQ1/0123abcd/0/5/abc', null],
    ['ECKQ1/0123abcd/6/5/abc', null],
    ['ECKQ1/0123abcd/1/1/abc', null],
    ['ECKQ1/0123ABCD/1/2/abc', null],
    ['ECKQ1/0123abcd/1/2/', null],
    ['ECKQ1/0123abcd/1/2/<script>', null],
    ['ECKQ2/0123abcd/1/2/abc', null],
    ['http://x/#eck-gum1.abc', null],
    ['', null],
  ])('%j', (t, part) => expect(parsePart(t)).toEqual(part));
});

describe('fragmentOfLink', () => {
  test.each([
    [link('eck-gum1.abc'), 'eck-gum1.abc'],
    ['eck-gum1.abc', 'eck-gum1.abc'],
    ['https://x/#eck-gum1.', null],
    ['https://x/#other', null],
    ['https://x/#eck-gum1.a b', null],
  ])('%j', (t, f) => expect(fragmentOfLink(t)).toBe(f));
});

describe('splitIntoParts', () => {
  test('a fragment that fits is one code: the share link itself', () => {
    expect(splitIntoParts('eck-gum1.abc', link('eck-gum1.abc'), 10)).toEqual([
      link('eck-gum1.abc'),
    ]);
  });
  test('a long fragment becomes numbered parts that each fit the version', () => {
    const f = `eck-gum1.${'A'.repeat(1000)}`;
    const parts = splitIntoParts(f, link(f), 6);
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, p] of parts.entries()) {
      expect(p.startsWith(`${PART_PREFIX}${crc32Hex(f)}/${i + 1}/${parts.length}/`)).toBe(true);
      expect(p.length).toBeLessThanOrEqual(qrCapacity(6));
    }
  });
  test('more than the most parts is refused', () => {
    const f = `eck-gum1.${'A'.repeat(MAX_PARTS * 120)}`;
    expect(() => splitIntoParts(f, link(f), 6)).toThrow(RangeError);
  });
});

const shuffled = <T>(items: readonly T[], order: readonly number[]) =>
  [...items]
    .map((x, i) => [order[i] ?? 0, x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

describe('createCollector', () => {
  test('parts in any order, with repeats, give the fragment exactly once', () => {
    fc.assert(
      fc.property(
        fragmentArb,
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
        fc.array(fc.nat({ max: 199 }), { maxLength: 60 }),
        (fragment, version, order, repeats) => {
          const codes = splitIntoParts(fragment, link(fragment), version);
          const seen = [
            ...shuffled(codes, order),
            ...repeats.map((r) => codes[r % codes.length] ?? ''),
          ];
          const c = createCollector();
          const events = seen.map((s) => c.add(s));
          const completes = events.filter((e) => e.kind === 'complete');
          expect(completes).toEqual([{ kind: 'complete', fragment }]);
          expect(events.some((e) => e.kind === 'corrupt')).toBe(false);
          expect(c.pending()).toEqual([]);
        },
      ),
    );
  });

  test('two groups interleaved both complete, once each', () => {
    fc.assert(
      fc.property(
        fragmentArb,
        fragmentArb,
        fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
        (f1, f2, order) => {
          fc.pre(f1 !== f2);
          const codes = [...splitIntoParts(f1, link(f1), 4), ...splitIntoParts(f2, link(f2), 4)];
          const c = createCollector();
          const got = shuffled(codes, order)
            .map((s) => c.add(s))
            .flatMap((e) => (e.kind === 'complete' ? [e.fragment] : []));
          expect(got.sort()).toEqual([f1, f2].sort());
        },
      ),
    );
  });

  test('progress counts distinct parts', () => {
    const f = `eck-gum1.${'B'.repeat(400)}`;
    const codes = splitIntoParts(f, link(f), 4);
    const c = createCollector();
    expect(c.add(codes[2] ?? '')).toEqual({
      kind: 'part',
      id: crc32Hex(f),
      received: 1,
      total: codes.length,
    });
    expect(c.add(codes[2] ?? '')).toEqual({ kind: 'repeat' });
    expect(c.add(codes[0] ?? '')).toMatchObject({ kind: 'part', received: 2 });
    expect(c.pending()).toEqual([{ id: crc32Hex(f), received: 2, total: codes.length }]);
  });

  test('a corrupt part is caught when the parts join, and the sequence can be read again', () => {
    const f = `eck-gum1.${'C'.repeat(400)}`;
    const codes = splitIntoParts(f, link(f), 4);
    const bad = codes.map((p, i) =>
      i === 1 ? p.replace(/.$/, (ch) => (ch === 'C' ? 'D' : 'C')) : p,
    );
    const c = createCollector();
    const events = bad.map((p) => c.add(p));
    expect(events.at(-1)).toEqual({ kind: 'corrupt', id: crc32Hex(f) });
    expect(events.filter((e) => e.kind === 'complete')).toEqual([]);
    const again = codes.map((p) => c.add(p));
    expect(again.at(-1)).toEqual({ kind: 'complete', fragment: f });
  });

  test('a part that disagrees with one already read, or a different total, restarts the sequence', () => {
    const f = `eck-gum1.${'E'.repeat(400)}`;
    const codes = splitIntoParts(f, link(f), 4);
    const first = codes[0] ?? '';
    const c = createCollector();
    c.add(first);
    expect(c.add(first.replace(/.$/, 'F'))).toEqual({ kind: 'corrupt', id: crc32Hex(f) });
    c.add(first);
    expect(c.add(first.replace(`/1/${codes.length}/`, `/1/${codes.length + 1}/`))).toMatchObject({
      kind: 'corrupt',
    });
  });

  test('single codes: each link once; a link and its parts are the same data', () => {
    const f = `eck-gum1.${'G'.repeat(300)}`;
    const c = createCollector();
    expect(c.add(link(f))).toEqual({ kind: 'complete', fragment: f });
    expect(c.add(link(f))).toEqual({ kind: 'repeat' });
    for (const p of splitIntoParts(f, link(f), 4)) expect(c.add(p).kind).toBe('repeat');
  });

  test.each(['', 'hello', 'https://example.com/', 'ECKQ1/zz/1/2/x', 'WIFI:S:school;;'])(
    'a code that is not ours (%j) is foreign',
    (t) => expect(createCollector().add(t)).toEqual({ kind: 'foreign' }),
  );
});
