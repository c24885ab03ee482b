/**
 * Fits the projected slide to the screen: shrinks its type stepwise (src/lib/present/fit.ts)
 * until nothing overflows, and marks a slide that does not fit even at the floor with
 * `data-overflow` (the browser test fails on it; the lesson then needs another slide).
 */
import { chooseFitScale } from '../../lib/present/fit';

const overflows = (el: HTMLElement) =>
  el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;

export function fitSlide(el: HTMLElement): void {
  if (el.clientHeight === 0) return;
  const result = chooseFitScale((scale) => {
    el.style.setProperty('--eck-fit', String(scale));
    return !overflows(el);
  });
  el.style.setProperty('--eck-fit', String(result.scale));
  if (result.fits) el.removeAttribute('data-overflow');
  else el.setAttribute('data-overflow', '');
  el.dataset['fit'] = String(result.scale);
}

/** Fit again when the window changes size, fonts arrive or an island grows inside the slide. */
export function watchFit(current: () => HTMLElement | undefined): void {
  let queued = false;
  const refit = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const el = current();
      if (el) fitSlide(el);
    });
  };
  window.addEventListener('resize', refit);
  void document.fonts?.ready.then(refit);
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(refit);
    let watched: HTMLElement | undefined;
    const follow = () => {
      const el = current();
      if (el === watched) return;
      observer.disconnect();
      watched = el;
      for (const child of el ? [...el.children] : []) observer.observe(child);
    };
    window.addEventListener('hashchange', follow);
    new MutationObserver(() => {
      follow();
      refit();
    }).observe(document.querySelector('[data-deck]') ?? document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'src'],
    });
    follow();
  }
}
