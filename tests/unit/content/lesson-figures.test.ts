/**
 * Every figure the registry holds is shown in a lesson through <Fact id="…" />, never typed by
 * hand, so one update of content/data/facts.json reaches every lesson (issue 11 §1). The
 * fixture proves the check can fail.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { factIdsInMdx, handTypedFacts, withoutFactTags } from '../../../src/lib/facts/format';
import { FactListSchema } from '../../../src/schemas/fact';
import factsJson from '../../../content/data/facts.json';

const facts = FactListSchema.parse(factsJson);
const root = join(import.meta.dirname, '../../..');
const lessonsDir = join(root, 'content/lessons');
const lessons = readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx'));
const read = (path: string) => readFileSync(path, 'utf8');

describe.each(lessons)('content/lessons/%s', (file) => {
  const mdx = read(join(lessonsDir, file));

  test('types no registry figure by hand (frontmatter and body)', () => {
    expect(handTypedFacts(withoutFactTags(mdx), facts)).toEqual([]);
  });

  test('every <Fact id> is in the registry', () => {
    const known = new Set(facts.map((f) => f.id));
    expect(factIdsInMdx(mdx).filter((id) => !known.has(id))).toEqual([]);
  });
});

test('the check finds figures typed by hand in a fixture lesson', () => {
  const mdx = read(join(root, 'tests/fixtures/lessons/hand-typed-figure.mdx'));
  expect(handTypedFacts(withoutFactTags(mdx), facts)).toEqual([
    { id: 'population', match: '140489' },
    { id: 'five-actions-sum', match: '1.021' },
  ]);
});
