import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { ComponentType } from 'preact';

/**
 * Dispatch a real composition event. @testing-library/preact's fireEvent.compositionStart/End
 * dispatch events named after Preact's prop ("compositionStart"), which browsers never send,
 * so tests using them would pass against code that is broken in Chromium.
 */
export function compose(el: Element, type: 'compositionstart' | 'compositionend') {
  el.dispatchEvent(new CompositionEvent(type, { bubbles: true }));
}

/**
 * What the printable editors' tests share (pledge sheet, proposal letter, investigation letter):
 * empty storage and a fake clock that also moves with real time (Testing Library's waitFor
 * still polls) before each test; cleanup after. `render` loads fresh modules (a store reads
 * storage when it is created), so Preact, its hooks and Testing Library are loaded again with
 * them and all share one Preact instance. Mock a store with vi.doMock before calling it.
 */
export function useEditorTests() {
  let tl: typeof import('@testing-library/preact') | undefined;
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    tl?.cleanup();
    vi.restoreAllMocks();
  });
  return {
    /** Render the island `load` gives with `props`, once the field labelled `ready` is there. */
    async render<P extends object>(load: () => Promise<ComponentType<P>>, props: P, ready: string) {
      vi.resetModules();
      const lib = await import('@testing-library/preact');
      tl = lib;
      const { h } = await import('preact');
      const view = lib.render(h(await load(), props));
      await lib.waitFor(() => expect(lib.screen.getByLabelText(ready)).toBeTruthy());
      // Named, not spread: spreading the module namespace's type crashes tsc 5 (Debug Failure).
      return { view, screen: lib.screen, fireEvent: lib.fireEvent, waitFor: lib.waitFor };
    },
    /**
     * @nanostores/preact re-renders on a 0 ms timer after a store changes: run it on the fake
     * clock, then let Preact flush its effects (act does when the callback ends).
     */
    flush: () =>
      (tl ?? raise()).act(async () => {
        await vi.runOnlyPendingTimersAsync();
      }),
  };
}

function raise(): never {
  throw new Error('render first');
}
