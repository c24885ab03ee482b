/**
 * Dispatch a real composition event. @testing-library/preact's fireEvent.compositionStart/End
 * dispatch events named after Preact's prop ("compositionStart"), which browsers never send,
 * so tests using them would pass against code that is broken in Chromium.
 */
export function compose(el: Element, type: 'compositionstart' | 'compositionend') {
  el.dispatchEvent(new CompositionEvent(type, { bubbles: true }));
}
