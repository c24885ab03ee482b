import { describe, expect, test } from 'vitest';
import { planSlides, usesSlideBlocks } from '../../../../src/lib/present/slide-plan';

describe('planSlides', () => {
  test.each([
    {
      name: 'blocks: the title, then each block; a step without one is left out',
      steps: [{ title: true, cards: 0 }, { cards: 0 }, { cards: 2 }, { cards: 1 }],
      slides: [
        { step: 0, card: null },
        { step: 2, card: 0 },
        { step: 2, card: 1 },
        { step: 3, card: 0 },
      ],
    },
    {
      name: 'no blocks anywhere: one slide per step, as before',
      steps: [{ title: true, cards: 0 }, { cards: 0 }, { cards: 0 }],
      slides: [
        { step: 0, card: null },
        { step: 1, card: null },
        { step: 2, card: null },
      ],
    },
    { name: 'an empty lesson', steps: [], slides: [] },
    {
      name: 'a card counted in the title slide does not switch to blocks',
      steps: [{ title: true, cards: 3 }, { cards: 0 }],
      slides: [
        { step: 0, card: null },
        { step: 1, card: null },
      ],
    },
  ])('$name', ({ steps, slides }) => {
    expect(planSlides(steps)).toEqual(slides);
  });

  test('usesSlideBlocks', () => {
    expect(usesSlideBlocks([{ title: true, cards: 0 }, { cards: 1 }])).toBe(true);
    expect(usesSlideBlocks([{ title: true, cards: 0 }, { cards: 0 }])).toBe(false);
  });
});
