import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { durableIsNewer, readNewestValue } from '../../../src/stores/read-stored';
import { createPersisted, type DurableEngine } from '../../../src/stores/persisted';
import { savedAtKeyFor } from '../../../src/lib/storage/storage-keys';
import { FakeStorage } from './fake-storage';

const KEY = 'eck:test-class:v1';
type Doc = { n: number };
/** A schema like the class data's: an object with a whole number. */
const schema = {
  safeParse: (v: unknown) =>
    typeof v === 'object' && v !== null && Number.isInteger((v as Doc).n)
      ? ({ success: true, data: v as Doc } as const)
      : ({ success: false } as const),
};
const text = (n: number) => JSON.stringify({ n });
const T1 = '2026-03-01T08:00:00.000Z';
const T2 = '2026-03-01T09:00:00.000Z';

type Copy = { text: string; at: string } | null;
/** A durable engine holding `copy` (reads fail when `copy` is 'refused'). */
const durableWith = (copy: Copy | 'refused' | 'none') => (): Promise<DurableEngine | null> =>
  Promise.resolve(
    copy === 'none'
      ? null
      : {
          get: () =>
            copy === 'refused' ? Promise.reject(new Error('refused')) : Promise.resolve(copy),
          put: () => Promise.resolve(),
        },
  );

function storageWith(ls: string | null, lsAt: string | null): FakeStorage {
  const s = new FakeStorage();
  if (ls !== null) s.data.set(KEY, ls);
  if (lsAt !== null) s.data.set(savedAtKeyFor(KEY), lsAt);
  return s;
}

describe('readNewestValue: what the owning page loads', () => {
  test.each<[string, string | null, string | null, Copy | 'refused' | 'none', Doc | null]>([
    ['nothing anywhere', null, null, null, null],
    ['localStorage only', text(1), T1, null, { n: 1 }],
    // The browser was killed right after 已保存: localStorage never reached the disk.
    [
      'localStorage lost, the durable copy kept it',
      null,
      null,
      { text: text(2), at: T2 },
      { n: 2 },
    ],
    ['localStorage older than the durable copy', text(1), T1, { text: text(2), at: T2 }, { n: 2 }],
    ['localStorage without its time', text(1), null, { text: text(2), at: T1 }, { n: 2 }],
    [
      'localStorage newer (a durable write failed)',
      text(3),
      T2,
      { text: text(2), at: T1 },
      { n: 3 },
    ],
    ['written at the same time', text(3), T2, { text: text(2), at: T2 }, { n: 3 }],
    ['a newer but damaged durable copy', text(1), T1, { text: '{"n":"x"}', at: T2 }, { n: 1 }],
    ['a newer but unreadable durable copy', text(1), T1, { text: '{', at: T2 }, { n: 1 }],
    // The owner loads the durable copy of that save (or a later one) instead of repairing.
    [
      'a damaged localStorage value, an intact durable copy',
      '{',
      T1,
      { text: text(2), at: T2 },
      { n: 2 },
    ],
    [
      'a damaged localStorage value, an older durable copy (the owner repairs it)',
      '{',
      T2,
      { text: text(2), at: T1 },
      null,
    ],
    ['a damaged localStorage value without its time', '{', null, { text: text(2), at: T1 }, null],
    ['IndexedDB refused', text(1), T1, 'refused', { n: 1 }],
    ['no IndexedDB', text(1), T1, 'none', { n: 1 }],
    ['no IndexedDB and nothing stored', null, null, 'none', null],
  ])('%s', async (_, ls, lsAt, copy, expected) => {
    expect(await readNewestValue(KEY, schema, storageWith(ls, lsAt), durableWith(copy))).toEqual(
      expected,
    );
  });

  test('storage refused (or none): nothing, as the owning page loads nothing either', async () => {
    const blocked = storageWith(text(1), T1);
    blocked.blocked = true;
    const copy = durableWith({ text: text(2), at: T2 });
    expect(await readNewestValue(KEY, schema, blocked, copy)).toBeNull();
    expect(await readNewestValue(KEY, schema, null, copy)).toBeNull();
  });

  test('it never writes', async () => {
    const s = storageWith(text(1), T1);
    await readNewestValue(KEY, schema, s, durableWith({ text: text(2), at: T2 }));
    expect(s.writes.size).toBe(0);
  });
});

describe('durableIsNewer', () => {
  test.each<[string | null, string | null, Copy, boolean]>([
    [null, null, null, false],
    ['a', T1, null, false],
    ['a', T1, { text: 'a', at: T2 }, false],
    ['a', T2, { text: 'b', at: T1 }, false],
    ['a', T2, { text: 'b', at: T2 }, false],
    ['a', T1, { text: 'b', at: T2 }, true],
    ['a', null, { text: 'b', at: T1 }, true],
    [null, T2, { text: 'b', at: T1 }, true],
  ])('localStorage %j at %j, copy %j → %j', (ls, at, copy, expected) => {
    expect(durableIsNewer(ls, at, copy)).toBe(expected);
  });
});

describe('the letter reads what the class view loads', () => {
  const settle = async () => {
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
  };
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
  const stored = fc.oneof(fc.nat(5).map(text), fc.constantFrom('{', '{"n":"x"}', '[]'));
  const time = fc.constantFrom(T1, T2, '2026-03-01T10:00:00.000Z');

  test('for any localStorage value, time and durable copy, both give the same value', async () => {
    await fc.assert(
      fc.asyncProperty(
        maybe(stored),
        maybe(time),
        maybe(fc.record({ text: stored, at: time })),
        async (ls, lsAt, copy) => {
          const read = await readNewestValue(KEY, schema, storageWith(ls, lsAt), durableWith(copy));
          const view = createPersisted<Doc | null>({
            key: KEY,
            empty: () => null,
            salvage: (raw) => {
              const p = schema.safeParse(raw);
              return p.success ? { value: p.data, dropped: 0 } : { value: null, dropped: 1 };
            },
            engine: () => storageWith(ls, lsAt),
            now: () => '2026-03-01T11:00:00.000Z',
            durable: durableWith(copy),
          });
          view.load();
          await settle();
          // A damaged value is repaired by the class view; the letter counts it as none.
          expect(read).toEqual(view.$value.get());
        },
      ),
    );
  });
});
