import { describe, expect, test } from 'vitest';
import { lessonPath, presentPath, withBase } from '../../../src/lib/paths';

describe('withBase', () => {
  test.each([
    ['/', 'favicon.svg', '/favicon.svg'],
    ['/', '/favicon.svg', '/favicon.svg'],
    ['/eco-kit', 'favicon.svg', '/eco-kit/favicon.svg'],
    ['/eco-kit/', '/lessons/x/', '/eco-kit/lessons/x/'],
    ['/a/b/', '', '/a/b/'],
  ])('withBase(%s, %s) → %s', (base, path, out) => expect(withBase(base, path)).toBe(out));
});

describe('lessonPath', () => {
  test.each([
    ['/', 'gum-residue', '/lessons/gum-residue/'],
    ['/eco-kit', 'low-carbon-living', '/eco-kit/lessons/low-carbon-living/'],
  ])('lessonPath(%s, %s) → %s', (base, slug, out) => expect(lessonPath(base, slug)).toBe(out));
});

describe('presentPath', () => {
  test.each([
    ['/', 'gum-residue', '/lessons/gum-residue/present/'],
    ['/eco-kit', 'low-carbon-living', '/eco-kit/lessons/low-carbon-living/present/'],
  ])('presentPath(%s, %s) → %s', (base, slug, out) => expect(presentPath(base, slug)).toBe(out));
});
