// @vitest-environment jsdom
/**
 * The gum observations' `latest` block on the record page: the line counting the observations
 * from the setup's start (第 0 天) and the table of each sample's newest state, above the list.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { gumResidueDefinition as def } from '../../../src/lib/investigation/definitions';
import { gumEntry as entry, gumGroupStore, observeOn } from './gum-store';

afterEach(cleanup);

describe('the observations’ latest states', () => {
  test('nothing observed yet: no line, no table; then the line and the newest state per cell', async () => {
    const { store } = gumGroupStore();
    store.add('setup', {
      startDate: '2026-11-20',
      items: ['gum', 'paper'],
      media: ['soil', 'tapWater'],
      note: null,
    });
    render(<InvestigationRecord definition={def} store={store} />);
    const obs = within(
      (await screen.findByRole('heading', { name: '观察记录' })).closest('section') as HTMLElement,
    );
    // The grid's code is there (its cells), and still no table.
    await obs.findAllByLabelText(/ 状态$/);
    expect(obs.queryByRole('table')).toBeNull();
    expect(obs.queryByText(/^已观察/)).toBeNull();

    const save = (date: string, entries: ReturnType<typeof entry>[]) =>
      observeOn(store, date, entries);
    // Saved out of date order: the 26th is the newest though saved first.
    save('2026-11-26', [entry('paper', 'tapWater', 'clear')]);
    save('2026-11-23', [entry('paper', 'tapWater', 'slight'), entry('gum', 'soil', 'unchanged')]);
    save('2026-11-23', [entry('gum', 'soil', 'slight')]);

    expect(await obs.findByText('已观察 2 天（共 3 次），最近一次是第 6 天。')).toBeTruthy();
    const table = obs.getByRole('table', { name: '最近一次看到的状态' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['样品', '土埋', '自来水'],
      ['口香糖残胶', '略有变化（第 3 天）', '—'],
      ['废纸', '—', '明显变化（第 6 天）'],
    ]);
    // Above the list of observations.
    const list = obs.getByRole('list', { name: '已记录的观察记录' });
    expect(table.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
