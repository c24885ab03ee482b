import { describe, expect, test } from 'vitest';
import budgetFile from '../../budgets.json';
import {
  formatScores,
  judge,
  median,
  minScore,
  pageKind,
  representativePages,
  summarise,
} from '../../scripts/lighthouse.mjs';

/** A Lighthouse result with the given category scores (0–1), one audit per category, measures. */
function lhr(
  scores: Record<string, number>,
  auditScore = 1,
  m: { bytes?: number; requests?: number; cls?: number; tbt?: number } = {},
) {
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
  return {
    categories,
    audits: {
      ...audits,
      info: { id: 'info', score: 0 },
      'total-byte-weight': { numericValue: m.bytes ?? 20_000 },
      'network-requests': {
        details: { items: Array.from({ length: m.requests ?? 5 }, () => ({})) },
      },
      'cumulative-layout-shift': { numericValue: m.cls ?? 0 },
      'first-contentful-paint': { numericValue: 800 },
      'largest-contentful-paint': { numericValue: 900 },
      'total-blocking-time': { numericValue: m.tbt ?? 50 },
    },
  };
}
const all = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };

describe('summarise', () => {
  test('turns 0–1 scores into 0–100, reads the measures, names the audits that lost points', () => {
    const r = summarise(
      lhr({ performance: 0.934, accessibility: 1, 'best-practices': 1, seo: 0.5 }, 0.4, {
        bytes: 30_720,
        requests: 7,
        cls: 0.01,
      }),
    );
    expect(r.scores).toEqual({
      performance: 93,
      accessibility: 100,
      'best-practices': 100,
      seo: 50,
    });
    expect(r.measures).toEqual({ transferBytes: 30_720, requests: 7, cls: 0.01 });
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
    expect(judge(r)).toContain(`seo 0 < ${minScore}`);
  });
});

describe('judge: gates on what does not depend on the machine', () => {
  test('a low performance score alone (a busy machine) passes', () => {
    expect(judge(summarise(lhr({ ...all, performance: 0.6 }, 1, { tbt: 2000 })))).toEqual([]);
  });

  test.each([
    [{ ...all, accessibility: 0.9 }, {}, `accessibility 90 < ${minScore}`],
    [{ ...all, 'best-practices': 0.8 }, {}, `best-practices 80 < ${minScore}`],
    [all, { bytes: (budgetFile.lighthouse.maxTransferKB + 1) * 1024 }, 'kB transferred'],
    [all, { requests: budgetFile.lighthouse.maxRequests + 1 }, 'requests >'],
    [all, { cls: 0.25 }, 'CLS 0.25'],
  ])('%j %j fails: %s', (scores, m, why) => {
    expect(judge(summarise(lhr(scores, 1, m))).join('; ')).toContain(why);
  });

  test('a missing measure fails rather than passing unseen', () => {
    const r = summarise({ categories: {}, audits: {} });
    expect(judge(r).length).toBeGreaterThanOrEqual(5);
  });
});

describe('representative pages', () => {
  test('pages of the same shape are one kind', () => {
    expect(pageKind('lessons/gum-residue/present/')).toBe('lessons/*/present/');
    expect(pageKind('lessons/a/')).toBe('lessons/*/');
    expect(pageKind('print/pledge/')).toBe('print/*/');
    expect(pageKind('calculator/')).toBe('calculator/');
    expect(pageKind('')).toBe('');
    expect(pageKind('print/gum-residue/grade-1-2/')).toBe('print/*/grade-*/');
    expect(pageKind('print/gum-residue/grade-6/')).toBe('print/*/grade-*/');
    expect(pageKind('print/gum-residue/proposal/')).toBe('print/*/proposal/');
  });

  test('the first page of each kind runs; a new lesson adds no page to audit', () => {
    const pages = [
      '',
      'calculator/',
      'lessons/a/',
      'lessons/a/present/',
      'lessons/b/',
      'lessons/b/present/',
      'print/a/',
      'print/a/proposal/',
    ];
    expect(representativePages(pages)).toEqual([
      '',
      'calculator/',
      'lessons/a/',
      'lessons/a/present/',
      'print/a/',
      'print/a/proposal/',
    ]);
    expect(representativePages([...pages, 'lessons/c/', 'lessons/c/present/'])).toHaveLength(6);
  });

  test('median of the runs', () => {
    expect(median([92, 99, 97])).toBe(97);
    expect(median([90, 100])).toBe(95);
  });
});

test('the table marks gated scores below the bar and reports the performance score', () => {
  const s = summarise(lhr({ ...all, accessibility: (minScore - 1) / 100, performance: 0.9 }));
  const table = formatScores([
    { page: '', ...s, why: judge(s), perf: 90 },
    { page: 'x/', ...summarise(lhr(all)), why: [], perf: 100 },
  ]).split('\n');
  expect(table[1]).toMatch(new RegExp(`^FAIL /\\s+!${minScore - 1}\\s+100\\s+100 .*│\\s+90`));
  expect(table[2]).toMatch(/^ok {3}\/x\/\s+100\s+100\s+100\s+19\.5\s+5\s+0\.000 .*│\s+100/);
});
