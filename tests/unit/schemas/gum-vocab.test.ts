import { describe, expect, test } from 'vitest';
import * as vocab from '../../../src/schemas/gum-vocab';

describe.each([
  ['placeTypes', vocab.placeTypes, vocab.placeTypeLabels],
  ['surfaces', vocab.surfaces, vocab.surfaceLabels],
  ['removalDifficulties', vocab.removalDifficulties, vocab.removalDifficultyLabels],
  ['media', vocab.media, vocab.mediumLabels],
  ['sampleItems', vocab.sampleItems, vocab.sampleItemLabels],
  ['sampleStates', vocab.sampleStates, vocab.sampleStateLabels],
] as const)('%s', (_name, values, labels) => {
  test('every value has one distinct Chinese label and no label is left over', () => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    const texts = values.map((v) => (labels as Record<string, string>)[v]);
    expect(new Set(texts).size).toBe(values.length);
    for (const t of texts) expect(t).toMatch(/\p{Script=Han}/u);
  });
});

test('the lesson’s four-step observation scale, in order', () => {
  expect(vocab.sampleStates.map((s) => vocab.sampleStateLabels[s]).join(' / ')).toBe(
    '无变化 / 略有变化 / 明显变化 / 几乎消失',
  );
});
