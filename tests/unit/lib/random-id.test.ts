import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { randomId } from '../../../src/lib/random-id';
import { IdSchema } from '../../../src/schemas/gum-common';

const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomId', () => {
  test('uses crypto.randomUUID where the browser has it', () => {
    expect(randomId({ randomUUID: () => 'from-platform', getRandomValues: (a) => a })).toBe(
      'from-platform',
    );
  });

  test('without randomUUID (plain http on a school LAN) builds a valid version-4 UUID', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (random) => {
        const id = randomId({
          getRandomValues: <T extends ArrayBufferView | null>(a: T) => {
            (a as unknown as Uint8Array).set(random);
            return a;
          },
        });
        expect(id).toMatch(v4);
        expect(IdSchema.safeParse(id).success).toBe(true);
      }),
    );
  });

  test('the real crypto gives distinct valid ids', () => {
    const ids = Array.from({ length: 200 }, () => randomId());
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) expect(id).toMatch(v4);
  });
});
