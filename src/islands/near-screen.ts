/**
 * Run something once when an element nears the screen: a section's code, a chart and its
 * library (like a client:visible island inside an island). Without IntersectionObserver (old
 * browsers) it runs at once. Returns what stops the watching (an effect's cleanup).
 */
export function whenNearScreen(el: Element, run: () => void, rootMargin = '0px'): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    run();
    return () => undefined;
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        run();
      }
    },
    { rootMargin },
  );
  io.observe(el);
  return () => io.disconnect();
}
