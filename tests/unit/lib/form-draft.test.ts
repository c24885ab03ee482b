import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { BEFORE_UPDATE_EVENT, draftKey, isShapedLike } from '../../../src/lib/form-draft';

const template = {
  fields: { date: '', count: '', entries: [{ item: 'a', size: '' }] },
  editing: '',
};

describe('isShapedLike', () => {
  test.each<[string, unknown, unknown, boolean]>([
    ['a string for a string', '', 'x', true],
    ['a number for a string', '', 3, false],
    ['null for a string', '', null, false],
    ['a list of strings', ['', ''], ['a', 'b'], true],
    ['a list with a number', ['', ''], ['a', 1], false],
    ['a longer list', [''], ['a', 'b'], false],
    ['an object for a list', [''], { 0: 'a' }, false],
    ['a list for an object', { 0: '' }, ['a'], false],
    ['an empty list for an empty list', [], [], true],
    ['keys in another order', { a: '', b: '' }, { b: '', a: '' }, false],
  ])('%s', (_, t, raw, expected) => expect(isShapedLike(t, raw)).toBe(expected));

  test('a whole draft passes as it was written', () => {
    const draft = {
      fields: { date: '2026-11-20', count: '１２', entries: [{ item: 'a', size: '<script>' }] },
      editing: 'id-1',
    };
    expect(isShapedLike(template, JSON.parse(JSON.stringify(draft)))).toBe(true);
  });

  test.each<[string, unknown]>([
    ['a missing field', { fields: { date: '', entries: [{ item: 'a', size: '' }] }, editing: '' }],
    ['an extra field', { ...template, extra: '' }],
    ['a list of another length', { fields: { ...template.fields, entries: [] }, editing: '' }],
    ['a list instead of the object', { fields: [], editing: '' }],
    ['not an object', '<script>'],
    [
      'a prototype key',
      JSON.parse(
        '{"fields":{"date":"","count":"","entries":[{"item":"a","size":""}]},"editing":"","__proto__":{"x":""}}',
      ),
    ],
  ])('refused: %s', (_, raw) => expect(isShapedLike(template, raw)).toBe(false));

  test('property: any JSON value of another shape is refused, any value of the same shape passes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        expect(isShapedLike(v, JSON.parse(JSON.stringify(v)))).toBe(true);
        if (typeof v !== 'string') expect(isShapedLike('', v)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (date, count, size) => {
        const draft = { fields: { date, count, entries: [{ item: 'b', size }] }, editing: date };
        expect(isShapedLike(template, draft)).toBe(true);
      }),
    );
  });
});

test('draft keys are prefixed and per form', () => {
  expect(draftKey('gum-survey')).toBe('eck:draft:gum-survey');
});

test('the update prompt of the offline shell fires the event the islands listen to', () => {
  const shell = readFileSync(
    new URL('../../../public/eck-update-prompt.js', import.meta.url),
    'utf8',
  );
  expect(shell).toContain(`const beforeUpdateEvent = '${BEFORE_UPDATE_EVENT}';`);
  expect(shell).toContain('window.dispatchEvent(new Event(beforeUpdateEvent));');
});
