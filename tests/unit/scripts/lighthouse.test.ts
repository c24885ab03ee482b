import { describe, expect, test } from 'vitest';
import { formatScores, minScore, summarise } from '../../scripts/lighthouse.mjs';

/** A Lighthouse result with the given category scores (0–1) and one audit per category. */
function lhr(scores: Record<string, number>, auditScore = 1) {
  const categories = Object.fromEntries(
    Object.entries(scores).map(([id, score]) => [
      id,
      {
        score,
        auditRefs: [
          { id: `${id}-audit`, weight: 1 },
          { id: 'info', weight: 0 },
        ],
      },
    ]),
  );
  const audits = Object.fromEntries(
    Object.keys(scores).map((id) => [`${id}-audit`, { id: `${id}-audit`, score: auditScore }]),
  );
  return { categories, audits: { ...audits, info: { id: 'info', score: 0 } } };
}

describe('summarise', () => {
  test('turns 0–1 scores into 0–100 and names the weighted audits that lost points', () => {
    const r = summarise(
      lhr({ performance: 0.934, accessibility: 1, 'best-practices': 1, seo: 0.5 }, 0.4),
    );
    expect(r.scores).toEqual({
      performance: 93,
      accessibility: 100,
      'best-practices': 100,
      seo: 50,
    });
    expect(r.failing).toEqual([
      'performance: performance-audit (40)',
      'accessibility: accessibility-audit (40)',
      'best-practices: best-practices-audit (40)',
      'seo: seo-audit (40)',
    ]);
  });

  test('a category that did not run scores 0, so it cannot pass unseen', () => {
    const r = summarise(lhr({ performance: 1 }));
    expect(r.scores.seo).toBe(0);
  });
});

test('the table marks every score below the bar', () => {
  const scores = { performance: minScore - 1, accessibility: 100, 'best-practices': 100, seo: 100 };
  const table = formatScores([
    { page: '', scores, ok: false, failing: [] },
    { page: 'x/', scores: { ...scores, performance: 100 }, ok: true, failing: [] },
  ]).split('\n');
  expect(table[1]).toMatch(new RegExp(`^LOW  /\\s+!${minScore - 1}\\s+100`));
  expect(table[2]).toMatch(/^ok {3}\/x\/\s+100\s+100\s+100\s+100$/);
});
