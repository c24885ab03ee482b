import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  lessonPath,
  lessonPlanDocxPath,
  lessonPlanFileName,
  presentPath,
  taskSheetPath,
  withBase,
} from '../../../src/lib/paths';

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

describe('lesson plan and task sheet paths', () => {
  test.each([
    ['/', 'gum-residue', '/lessons/gum-residue/jiaoan.docx', '/print/gum-residue/task-sheet/'],
    [
      '/eco-kit/',
      'low-carbon-living',
      '/eco-kit/lessons/low-carbon-living/jiaoan.docx',
      '/eco-kit/print/low-carbon-living/task-sheet/',
    ],
  ])('under %s, %s: %s and %s', (base, slug, docx, sheet) => {
    expect(lessonPlanDocxPath(base, slug)).toBe(docx);
    expect(taskSheetPath(base, slug)).toBe(sheet);
  });

  test.each([
    ['口香糖残胶去哪儿了', '口香糖残胶去哪儿了-教案.docx'],
    // The full-width colon is a Chinese character, allowed in file names; the ASCII one is not.
    ['低碳/生活：从我做起? a:b', '低碳生活：从我做起 ab-教案.docx'],
    ['a\\b*c"d<e>f|g', 'abcdefg-教案.docx'],
  ])('the plan of “%s” is saved as %s', (title, name) =>
    expect(lessonPlanFileName(title)).toBe(name),
  );

  test('property: the file name never holds a character Windows refuses', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const name = lessonPlanFileName(title);
        expect(name).not.toMatch(/[\\/:*?"<>|]/);
        expect(name.endsWith('-教案.docx')).toBe(true);
      }),
    );
  });
});
