import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { BEFORE_UPDATE_EVENT, coerceLike, draftKey } from '../../../src/lib/form-draft';

const template = {
  fields: { date: '', count: '', media: [] as string[], entries: [{ item: 'a', size: '' }] },
  editing: '',
};

describe('coerceLike', () => {
  test.each<[string, unknown, unknown, unknown]>([
    ['a string for a string', '', 'x', 'x'],
    ['a number for a string', '', 3, null],
    ['null for a string', '', null, null],
    ['a free list of strings', [], ['a', 'b'], ['a', 'b']],
    ['a free list with a number', [], ['a', 1], null],
    ['a free list too long', [], Array.from({ length: 101 }, () => 'a'), null],
    ['an object for a list', [], { 0: 'a' }, null],
  ])('%s', (_, t, raw, expected) => expect(coerceLike(t, raw)).toEqual(expected));

  test('a whole draft comes back as it was', () => {
    const draft = {
      fields: {
        date: '2026-11-20',
        count: '１２',
        media: ['soil'],
        entries: [{ item: 'a', size: '2' }],
      },
      editing: 'id-1',
    };
    expect(coerceLike(template, JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  test.each<[string, unknown]>([
    [
      'a missing field',
      { fields: { date: '', media: [], entries: [{ item: 'a', size: '' }] }, editing: '' },
    ],
    ['a list of another length', { fields: { ...template.fields, entries: [] }, editing: '' }],
    ['a list instead of the object', { fields: [], editing: '' }],
    ['not an object', '<script>'],
  ])('refused: %s', (_, raw) => expect(coerceLike(template, raw)).toBeNull());

  test('keys the template lacks are left out, prototype keys included', () => {
    const raw = JSON.parse(
      '{"editing":"","__proto__":{"polluted":1},"extra":1,"fields":{"date":"","count":"","media":[],"entries":[{"item":"a","size":""}]}}',
    );
    const out = coerceLike(template, raw);
    expect(out).toEqual(template);
    expect(Object.keys(out ?? {})).toEqual(['fields', 'editing']);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  test('property: any JSON value gives null or a value of the template shape', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const out = coerceLike(template, v);
        if (out !== null)
          expect(coerceLike(template, JSON.parse(JSON.stringify(out)))).toEqual(out);
      }),
    );
  });
});

test('draft keys are prefixed and per form', () => {
  expect(draftKey('gum-survey')).toBe('eck:draft:gum-survey');
});

test('the offline shell fires the event the islands listen to', () => {
  const shell = readFileSync(
    new URL('../../../src/components/OfflineSupport.astro', import.meta.url),
    'utf8',
  );
  expect(shell).toContain(`const beforeUpdateEvent = '${BEFORE_UPDATE_EVENT}';`);
  expect(shell).toContain('window.dispatchEvent(new Event(beforeUpdateEvent));');
});
