import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Track input-method composition on an input. The listeners are attached by hand: Chromium has
 * no `oncompositionend` property on elements, so Preact's `onCompositionEnd` prop would listen
 * for an event named "CompositionEnd" that never fires.
 *
 * Returns a ref that is true while an input method is composing; `onEnd` gets the final text.
 */
export function useComposition(
  input: RefObject<HTMLInputElement | HTMLTextAreaElement>,
  onEnd: (text: string) => void,
): RefObject<boolean> {
  const composing = useRef(false);
  const latestOnEnd = useRef(onEnd);
  latestOnEnd.current = onEnd;
  // Layout effect: attached as soon as the input exists, before any composition can start.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    const start = () => {
      composing.current = true;
    };
    const end = () => {
      composing.current = false;
      latestOnEnd.current(el.value);
    };
    el.addEventListener('compositionstart', start);
    el.addEventListener('compositionend', end);
    return () => {
      el.removeEventListener('compositionstart', start);
      el.removeEventListener('compositionend', end);
    };
  }, [input]);
  return composing;
}
