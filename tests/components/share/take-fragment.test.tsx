// @vitest-environment jsdom
/** Links opened on a class view: its own codec's, and (an investigation with `legacy`) the older code's. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { followShareLinks, takeFragment } from '../../../src/islands/share/take-fragment';

const engine = { prefix: 'eck-gum-residue', version: 1, title: '口香糖残胶实验' };
const old = { prefix: 'eck-gum', version: 1, title: '口香糖实验' };

afterEach(() => {
  history.replaceState(null, '', '/lessons/gum-residue/class/');
});

describe('share links in the address', () => {
  test.each([
    ['the engine’s', '#eck-gum-residue1.abc'],
    ['the older code’s', '#eck-gum1.abc'],
  ])('%s link is read with both codecs and taken out of the address', (_n, hash) => {
    history.replaceState(null, '', `/lessons/gum-residue/class/${hash}`);
    const read = vi.fn();
    const stop = followShareLinks([engine, old], read);
    expect(read).toHaveBeenCalledWith(hash);
    expect(window.location.hash).toBe('');
    stop();
  });

  test('one codec alone does not take the other’s link (the check can fail)', () => {
    history.replaceState(null, '', '/lessons/gum-residue/class/#eck-gum1.abc');
    expect(takeFragment(engine)).toBeNull();
    expect(window.location.hash).toBe('#eck-gum1.abc');
    expect(takeFragment(old)).toBe('#eck-gum1.abc');
  });

  test('a link opened later in the same tab is read too', () => {
    const read = vi.fn();
    const stop = followShareLinks([engine, old], read);
    history.replaceState(null, '', '/lessons/gum-residue/class/#eck-gum1.xyz');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(read).toHaveBeenCalledWith('#eck-gum1.xyz');
    stop();
  });
});
