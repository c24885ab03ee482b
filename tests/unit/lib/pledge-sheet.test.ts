import { describe, expect, test } from 'vitest';
import { planCards, planClassSheet, signerNames } from '../../../src/lib/pledge-sheet';
import { defaultPledgeSettings, type PledgeSettings } from '../../../src/schemas/pledge-settings';

const names = (n: number) => Array.from({ length: n }, (_, i) => `学生${i + 1}`).join('\n');
const withNames = (n: number, extra: Partial<PledgeSettings> = {}): PledgeSettings => ({
  ...defaultPledgeSettings,
  school: '阳光小学',
  className: '四年三班',
  namesText: names(n),
  ...extra,
});

describe('class sheet pagination with the default pledge', () => {
  test.each([
    [0, 1],
    [1, 1],
    [40, 2],
    [45, 2],
    [120, 3],
    [200, 5],
  ])('%i names → %i pages', (n, pages) => {
    expect(planClassSheet(withNames(n)).pages).toHaveLength(pages);
  });

  test('every name appears once, numbered in order, and every page is filled with lines', () => {
    const plan = planClassSheet(withNames(120));
    // Read each page down the left column, then down the right one.
    const slots = plan.pages
      .flatMap((rows) => [0, 1].flatMap((c) => rows.map((row) => row[c])))
      .filter((s) => s !== null && s !== undefined);
    expect(slots.map((s) => s.number)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(slots.map((s) => s.name?.text)).toEqual(
      Array.from({ length: 120 }, (_, i) => `学生${i + 1}`),
    );
    const [first, ...rest] = plan.pages;
    for (const page of rest) expect(page).toHaveLength(rest[0]?.length ?? 0);
    expect(first?.length).toBeLessThan(rest[0]?.length ?? 0);
  });

  test('blank lines are numbered without names', () => {
    const plan = planClassSheet(withNames(3, { signers: 'blank', blankCount: 45 }));
    const slots = plan.pages.flat(2).filter((s) => s !== null);
    expect(slots).toHaveLength(45);
    expect(slots.every((s) => s.name === null)).toBe(true);
  });

  test('a longer pledge leaves fewer rows on the first page, never fewer than none', () => {
    const short = planClassSheet(withNames(0)).pages[0]?.length ?? 0;
    const long = planClassSheet(
      withNames(0, { items: Array.from({ length: 8 }, () => '一'.repeat(30)) }),
    ).pages[0]?.length;
    expect(long).toBeLessThan(short);
    expect(long).toBeGreaterThanOrEqual(0);
  });

  test('long titles and names shrink; what cannot fit is reported', () => {
    const plan = planClassSheet(
      withNames(0, {
        title: `${'一'.repeat(30)}Wide😀😀😀😀😀😀`,
        namesText: `张三\n${'很'.repeat(12)}\n${'长'.repeat(60)}`,
      }),
    );
    // The longest title allowed still fits on two lines at full size.
    expect(plan.title).toMatchObject({ size: 22, fits: true });
    const [a, b, c] = plan.pages.flat(2).filter((s) => s !== null);
    expect(a?.name?.size).toBe(12);
    expect(b?.name?.size).toBeLessThan(12);
    expect(c?.name?.fits).toBe(false);
    expect(plan.tooLong).toEqual(['长'.repeat(60)]);
  });

  test('empty items are not printed', () => {
    const plan = planClassSheet(withNames(0, { items: ['节约一滴水', '  ', ''] }));
    expect(plan.items.map((i) => i.text)).toEqual(['节约一滴水']);
  });
});

describe('cards', () => {
  test.each([
    [0, 1],
    [6, 1],
    [7, 2],
    [40, 7],
    [120, 20],
  ])('%i names → %i pages of 6 cards', (n, pages) => {
    const plan = planCards(withNames(n));
    expect(plan.pages).toHaveLength(pages);
    for (const page of plan.pages) expect(page).toHaveLength(6);
    expect(plan.pages.flat().filter((c) => c !== null)).toHaveLength(n);
  });

  test('the most a teacher can type still fits a card', () => {
    const plan = planCards(
      withNames(1, {
        school: '一'.repeat(40),
        className: '二'.repeat(20),
        title: '三'.repeat(40),
        items: Array.from({ length: 8 }, () => '四'.repeat(30)),
      }),
    );
    expect(plan.items.every((i) => i.fits)).toBe(true);
    expect(plan.items[0]?.size).toBeLessThan(15);
    expect(plan.title.fits).toBe(true);
    expect(plan.title.size).toBeLessThan(15);
    expect(plan.tooLong).toEqual([]);
  });
});

test('signerNames', () => {
  expect(signerNames(withNames(2))).toEqual(['学生1', '学生2']);
  expect(signerNames(withNames(2, { signers: 'blank', blankCount: 3 }))).toEqual(['', '', '']);
});

describe('cards with blank lines', () => {
  test('blank signers give blank cards, all pages full, nothing reported too long', () => {
    const plan = planCards(withNames(0, { signers: 'blank', blankCount: 7 }));
    expect(plan.pages).toHaveLength(2);
    expect(plan.pages.flat()).toEqual(Array.from({ length: 12 }, () => null));
    expect(plan.tooLong).toEqual([]);
  });

  test('names and blank lines from a names list with a very long name: only it is reported', () => {
    const long = '长'.repeat(80);
    const plan = planCards(withNames(0, { namesText: `张三\n${long}` }));
    const cards = plan.pages.flat().filter((c) => c !== null);
    expect(cards.map((c) => c.text)).toEqual(['张三', long]);
    expect(cards[0]?.fits).toBe(true);
    expect(cards[1]?.fits).toBe(false);
    expect(plan.tooLong).toEqual([long]);
  });
});

describe('without a title or school', () => {
  test.each([
    ['class sheet', () => planClassSheet(withNames(1, { title: '', school: '' })), 22],
    ['cards', () => planCards(withNames(1, { title: '', school: '', className: '' })), 15],
  ])('the %s keeps the title text empty, sized for the placeholder 倡议书', (_, plan, size) => {
    const p = plan();
    expect(p.title).toEqual({ text: '', size, fits: true });
    expect(p.tooLong).toEqual([]);
  });
});

describe('items longer than the layout allows (a damaged or hand-edited setting)', () => {
  // Longer than pledgeLimits.item, so the smallest size cannot hold them either.
  const huge = Array.from({ length: 8 }, (_, i) => `${i + 1}${'节'.repeat(400)}`);

  test.each([
    ['class sheet', () => planClassSheet(withNames(3, { items: huge }))],
    ['cards', () => planCards(withNames(3, { items: huge }))],
  ])('the %s prints them at the smallest size and reports every one', (_, plan) => {
    const p = plan();
    expect(p.items.map((i) => i.text)).toEqual(huge);
    expect(p.items.every((i) => i.size === 6 && !i.fits)).toBe(true);
    expect(p.tooLong).toEqual(huge);
    expect(p.pages.length).toBeGreaterThan(0);
  });

  test('the class sheet still numbers every name, with fewer rows on the first page', () => {
    const p = planClassSheet(withNames(3, { items: huge }));
    const slots = p.pages.flat(2).filter((s) => s !== null);
    expect(slots.map((s) => s.name?.text)).toEqual(['学生1', '学生2', '学生3']);
    const usual = planClassSheet(withNames(3)).pages[0]?.length ?? 0;
    expect(p.pages[0]?.length).toBeLessThan(usual);
  });
});
