/**
 * Which parts of a lesson the present view projects, and in which order. A lesson written with
 * `<Slide>` blocks projects each block as one slide (the frontmatter title slide first); a step
 * (`##` section) without a block is not projected. A lesson with no block at all is projected
 * the old way: each step is one slide. Pure: the controller passes in what it found in the DOM.
 */

/** One `##` step as the controller sees it. */
export interface StepShape {
  /** The frontmatter title slide (always projected, as a whole). */
  title?: boolean;
  /** Number of `<Slide>` blocks in the step. */
  cards: number;
}

/** One projected slide: the step it belongs to and which of its blocks (null: the whole step). */
export interface PlannedSlide {
  step: number;
  card: number | null;
}

/** Whether any step has a `<Slide>` block: the lesson uses the authoring form. */
export const usesSlideBlocks = (steps: readonly StepShape[]) =>
  steps.some((s) => !s.title && s.cards > 0);

/** The slides of a lesson in order. */
export function planSlides(steps: readonly StepShape[]): PlannedSlide[] {
  const blocks = usesSlideBlocks(steps);
  const out: PlannedSlide[] = [];
  steps.forEach((s, step) => {
    if (s.title || !blocks) out.push({ step, card: null });
    else for (let card = 0; card < s.cards; card++) out.push({ step, card });
  });
  return out;
}
