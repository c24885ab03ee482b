import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A deck opened at `url` with touch on, as on a classroom panel, its current slide shown. */
export async function openDeck(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-projected].is-current').waitFor();
  return { context, page };
}

/** The slide's address: "#3" on the third slide. */
export const hashOf = (page: Page) => page.evaluate(() => location.hash);

/**
 * Checks on the present view's current slide, shared by the fixture and the real-lesson tests.
 * `problems` is empty when the slide fits the screen: nothing scrolls, nothing sticks out, the
 * view did not give up fitting it (data-overflow).
 */
export function fitReport(page: Page): Promise<{ problems: string[]; smallestText: number }> {
  return page.locator('[data-projected].is-current').evaluate((slide) => {
    const problems: string[] = [];
    const box = slide.getBoundingClientRect();
    if (slide.scrollHeight > slide.clientHeight + 1) {
      problems.push(`taller than the screen: ${slide.scrollHeight} > ${slide.clientHeight}`);
    }
    if (slide.scrollWidth > slide.clientWidth + 1) problems.push('wider than the screen');
    if (slide.hasAttribute('data-overflow')) problems.push('does not fit at the smallest type');
    const root = document.documentElement;
    if (root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1) {
      problems.push('the page scrolls');
    }
    const sizes: number[] = [];
    /** Inside a visually hidden box (kept for screen readers, clipped away). */
    const clipped = (e: Element) => {
      for (let a: Element | null = e; a && a !== slide; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        const style = getComputedStyle(a);
        if (style.clipPath === 'inset(50%)') return true;
        if (r.width <= 1 && r.height <= 1 && style.overflow !== 'visible') return true;
      }
      return false;
    };
    for (const e of slide.querySelectorAll('*')) {
      if (!e.checkVisibility() || clipped(e)) continue;
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        r.top < box.top - 1 ||
        r.bottom > box.bottom + 1
      ) {
        problems.push(`${e.tagName} “${(e.textContent ?? '').trim().slice(0, 20)}” sticks out`);
      }
      if (e.matches('p, li, td, th, blockquote, figcaption') && (e.textContent ?? '').trim()) {
        sizes.push(parseFloat(getComputedStyle(e).fontSize));
      }
    }
    return { problems, smallestText: sizes.length ? Math.min(...sizes) : Infinity };
  });
}

/** What the class sees of the current slide. */
export function projectedText(page: Page): Promise<string> {
  return page
    .locator('[data-projected].is-current')
    .evaluate((s) => (s as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
}

/**
 * The teacher-only parts of the lesson, as text: in a lesson with <Slide> blocks everything in a
 * step outside its blocks (the heading too), every teacher note, the frontmatter's corrections
 * and safety notes. Lists are split into items, so one pupil-facing word cannot hide a list.
 */
export function teacherOnlyTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const add = (e: Element) => {
      const parts = e.matches('ul, ol') ? [...e.querySelectorAll('li')] : [e];
      for (const p of parts) {
        const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t.length >= 4) out.push(t);
      }
    };
    const cards = document.body.classList.contains('is-cards');
    for (const step of document.querySelectorAll('[data-deck] .eck-slide')) {
      if (cards && !step.classList.contains('eck-title-slide')) {
        for (const child of step.children) {
          // A step's heading may stand on its slide too; it names the step, it is no instruction.
          if (!child.matches('[data-slide-card], astro-island, script, style, h2, h3')) add(child);
        }
      }
      for (const note of step.querySelectorAll('[data-teacher-note] > :not(.eck-note-title)')) {
        add(note);
      }
    }
    for (const li of document.querySelectorAll('.eck-presenter-lesson-notes li')) add(li);
    return out;
  });
}
