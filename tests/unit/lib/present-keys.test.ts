import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { initialKeyState, reduceKey, type KeyInput } from '../../../src/lib/present-keys';

const press = (key: string, extra: Omit<KeyInput, 'key'> = {}, digits = '') =>
  reduceKey({ digits }, { key, ...extra });

describe('reduceKey: one key, one action', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['p', 'prev'],
    ['P', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['Escape', 'exitFullscreen'],
    ['s', 'presenter'],
    ['S', 'presenter'],
    ['t', 'toggleTimer'],
    ['g', 'openJump'],
    ['G', 'openJump'],
  ])('%j → %s', (key, type) => {
    const r = press(key);
    expect(r.action).toEqual({ type });
    expect(r.handled).toBe(true);
  });

  test.each(['a', 'x', 'Tab', 'Enter', 'Shift', 'F5', 'Backspace', 'ArrowRightX'])(
    '%j is left to the browser',
    (key) => {
      const r = press(key);
      expect(r.action).toBeUndefined();
      expect(r.handled).toBe(false);
    },
  );

  test.each([
    ['d', 'pen'],
    ['D', 'pen'],
    ['c', 'countdown'],
    ['r', 'picker'],
    ['l', 'spotlight'],
    ['M', 'curtain'],
  ])('%j opens or closes the %s tool', (key, tool) => {
    expect(press(key).action).toEqual({ type: 'tool', tool });
  });

  test('Shift+Space goes back', () => {
    expect(press(' ', { shiftKey: true }).action).toEqual({ type: 'prev' });
  });
});

describe('reduceKey: number + Enter or G jumps', () => {
  const typeKeys = (keys: string[]) => {
    let state = initialKeyState;
    const actions = [];
    for (const key of keys) {
      const r = reduceKey(state, { key });
      state = r.state;
      if (r.action) actions.push(r.action);
    }
    return { state, actions };
  };

  test.each([
    [['1', '2', 'Enter'], { type: 'goto', slide: 12 }],
    [['3', 'g'], { type: 'goto', slide: 3 }],
    [['3', 'G'], { type: 'goto', slide: 3 }],
    [['1', '2', 'Backspace', '5', 'Enter'], { type: 'goto', slide: 15 }],
    [['0', 'Enter'], { type: 'goto', slide: 0 }],
  ])('%j → %j', (keys, action) => {
    const { state, actions } = typeKeys(keys);
    expect(actions).toEqual([action]);
    expect(state).toEqual(initialKeyState);
  });

  test('digits are remembered until used, at most three', () => {
    expect(typeKeys(['1', '2']).state).toEqual({ digits: '12' });
    expect(typeKeys(['1', '2', '3', '4']).state).toEqual({ digits: '234' });
  });

  test('any other action forgets typed digits', () => {
    expect(typeKeys(['4', 'ArrowRight', 'Enter']).actions).toEqual([{ type: 'next' }]);
  });
});

describe('reduceKey: keys that belong to something else', () => {
  test.each([
    ['ArrowRight', { inField: true }],
    [' ', { inField: true }],
    ['5', { inField: true }],
    ['b', { inField: true }],
    ['PageDown', { inField: true }],
    ['ArrowLeft', { altKey: true }],
    ['p', { ctrlKey: true }],
    ['f', { metaKey: true }],
    [' ', { onControl: true }],
    ['Enter', { onControl: true }],
  ])('%j with %j is not handled', (key, extra) => {
    const r = press(key, extra);
    expect(r.handled).toBe(false);
    expect(r.action).toBeUndefined();
  });

  test('arrows still work when a toolbar button has focus', () => {
    expect(press('ArrowRight', { onControl: true }).action).toEqual({ type: 'next' });
  });

  test('typing in a field keeps the digits typed before', () => {
    expect(press('x', { inField: true }, '12').state).toEqual({ digits: '12' });
  });

  test('property: nothing typed in a field ever produces an action', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 3 }), (key, digits) => {
        const r = reduceKey({ digits }, { key, inField: true });
        expect(r).toEqual({ state: { digits }, handled: false });
      }),
    );
  });
});
