// Shared by the present-view tests of the real lessons (tests/e2e/present-*.test.ts but the
// fixture site's present-slides and present-tools): the lessons, opening a deck, the per-slide
// checks of one lesson (its own file each, so they spread over the workers).
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, useBrowser, viewports } from './browser';
import { fitReport, openDeck, projectedText, teacherOnlyTexts } from './present-checks';

export { hashOf } from './present-checks';

export const lessons = [
  { slug: 'low-carbon-living', title: '低碳生活，从我做起', slides: 22 },
  { slug: 'gum-residue', title: '口香糖残胶去哪儿了', slides: 17 },
  { slug: 'campus-litter', title: '校园垃圾大调查', slides: 19 },
] as const;

export type Lesson = (typeof lessons)[number];

export const presentURL = (slug: string, hash = '') =>
  `${inject('baseURL')}lessons/${slug}/present/${hash}`;

/** The deck of `slug` opened at `hash` (the projector's size unless told). */
export const openLesson = (
  browser: Browser,
  slug: string,
  hash = '#1',
  viewport: { width: number; height: number } = viewports.projector,
) => openDeck(browser, presentURL(slug, hash), viewport);

export const currentHeading = (page: Page) =>
  page
    .locator('[data-projected].is-current')
    .locator('.eck-title-name, .eck-slide-card-title, h2')
    .first()
    .textContent();

/** Show slide `i` by the keyboard (End, then the number and Enter), as a teacher would. */
async function typeSlide(page: Page, i: number) {
  await page.keyboard.press('End');
  await page.keyboard.type(String(i));
  await page.keyboard.press('Enter');
  await shown(page, i);
}

/**
 * Wait until slide `i` is the one shown. Waiting for any current slide is not enough: after a
 * change of the hash, the previous slide is still current until the deck's hashchange runs.
 */
const shown = (page: Page, i: number) =>
  page.locator(`[data-projected="${i}"].is-current`).waitFor();

/**
 * The checks that walk every slide of `slug`: type size, fit at four screen sizes, no
 * teacher-only text, axe. Each lesson's file calls this once.
 */
export function checkSlides(slug: Lesson['slug']) {
  const lesson = lessons.find((l) => l.slug === slug) as Lesson;
  const browser = useBrowser();
  const open = (hash?: string, viewport?: { width: number; height: number }) =>
    openLesson(browser(), slug, hash, viewport);

  describe(`present view of ${slug}: every slide`, () => {
    test('body text is at least 28 px on every slide at 1920×1080', async () => {
      const { context, page } = await open();
      for (let i = 1; i <= lesson.slides; i++) {
        await typeSlide(page, i);
        const sizes = await page
          .locator('[data-projected].is-current')
          .locator('p, li, td, blockquote')
          .evaluateAll((els) =>
            els
              .filter((e) => e.checkVisibility())
              .map((e) => parseFloat(getComputedStyle(e).fontSize)),
          );
        if (sizes.length) expect(Math.min(...sizes), `slide ${i}`).toBeGreaterThanOrEqual(28);
      }
      await context.close();
    });

    test.each([
      ['1920×1080', viewports.projector],
      ['1536×864', { width: 1536, height: 864 }],
      ['1280×720', { width: 1280, height: 720 }],
      ['1024×768', { width: 1024, height: 768 }],
    ])('every slide fits the screen without scrolling at %s', async (_, viewport) => {
      const { context, page } = await open('#1', viewport);
      for (let i = 1; i <= lesson.slides; i++) {
        await page.goto(presentURL(slug, `#${i}`));
        await shown(page, i);
        expect((await fitReport(page)).problems, `slide ${i}`).toEqual([]);
      }
      await context.close();
    });

    test('no slide shows teacher-only text', async () => {
      const { context, page } = await open();
      const teacher = await teacherOnlyTexts(page);
      expect(teacher.length).toBeGreaterThan(0);
      for (let i = 1; i <= lesson.slides; i++) {
        await page.goto(presentURL(slug, `#${i}`));
        await shown(page, i);
        const seen = await projectedText(page);
        for (const t of teacher) expect(seen, `slide ${i}`).not.toContain(t);
      }
      await context.close();
    });

    // Slide 1 at 1920×1080 is the page the site sweep checks with axe (site-present.test.ts).
    // One test per size: the two together were forty-odd axe runs, 48 s alone at load 13 and
    // over the 60 s limit at load 19.
    test.each([
      { viewport: viewports.projector, first: 2 },
      { viewport: { width: 1024, height: 768 }, first: 1 },
    ])(
      'axe finds no violations on any slide at $viewport.width×$viewport.height',
      async ({ viewport, first }) => {
        const { context, page } = await open(`#${first}`, viewport);
        for (let i = first; i <= lesson.slides; i++) {
          if (i > first) await typeSlide(page, i);
          // The whole page each time but the other slides: each is checked when it is shown.
          const hidden = '[data-projected]:not(.is-current)';
          expect(await axeViolations(page, [hidden]), `slide ${i}`).toEqual([]);
        }
        await context.close();
      },
    );
  });
}
