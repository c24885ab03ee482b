// @vitest-environment jsdom
/**
 * The gum observation's grid of entries (sample × medium from the setup) in its record form:
 * what to do first without a setup, a cell per chosen sample × medium, messages naming the
 * cell, the observation and its entries saved together, an edit filling the grid.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { gumResidueDefinition as def } from '../../../src/lib/investigation/definitions';
import { gumGroupStore } from './gum-store';

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const choose = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

function setup(withSetup: boolean) {
  const { store, stored } = gumGroupStore();
  if (withSetup)
    store.add('setup', {
      startDate: '2026-01-05',
      items: ['gum', 'paper'],
      media: ['soil', 'tapWater'],
      note: null,
    });
  render(<InvestigationRecord definition={def} store={store} />);
  return { store, stored };
}
const observations = async () =>
  within(
    (await screen.findByRole('heading', { name: '观察记录' })).closest('section') as HTMLElement,
  );

afterEach(cleanup);

describe('the observation form’s grid of entries', () => {
  test('no setup yet: the form says what to record first, saving saves nothing', async () => {
    const { stored } = setup(false);
    const obs = await observations();
    const hint = '请先在上面添加实验准备（选好比较哪些样品和放在哪些地方），再填写观察记录。';
    expect(await obs.findByText(hint)).toBeTruthy();
    fireEvent.click(obs.getByRole('button', { name: '添加一次观察记录' }));
    expect((await obs.findByText(hint)).getAttribute('role')).toBe('alert');
    expect(stored()['observation']).toEqual([]);
    // The entries have no form of their own.
    expect(screen.queryByRole('heading', { name: '观察项' })).toBeNull();
  });

  test('2 samples × 2 media: 4 cells; a bad size is named by its cell; saved with the observation; an edit fills the grid', async () => {
    const { stored } = setup(true);
    const obs = await observations();
    const states = await obs.findAllByLabelText(/ 状态$/);
    expect(states).toHaveLength(4);
    expect(obs.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(
      expect.arrayContaining(['口香糖残胶', '废纸', '土埋', '自来水']),
    );

    choose(obs.getByLabelText('废纸 · 自来水 状态'), 'slight');
    type(obs.getByLabelText('废纸 · 自来水 大小（厘米）'), '80');
    choose(obs.getByLabelText('口香糖残胶 · 土埋 状态'), 'clear');
    type(obs.getByLabelText('口香糖残胶 · 土埋 备注'), '变软了');
    fireEvent.click(obs.getByRole('button', { name: '添加一次观察记录' }));
    expect(await obs.findByText('废纸 · 自来水：大小不能超过 50 厘米。')).toBeTruthy();
    expect(stored()['observation']).toEqual([]);
    expect(stored()['entry']).toEqual([]);

    type(obs.getByLabelText('废纸 · 自来水 大小（厘米）'), '3.5');
    fireEvent.click(obs.getByRole('button', { name: '添加一次观察记录' }));
    await obs.findByText('已添加一次观察记录。');
    const [o] = stored()['observation'] ?? [];
    expect(stored()['entry']?.map((e) => e.values)).toEqual([
      {
        observation: o?.id,
        item: 'gum',
        medium: 'soil',
        state: 'clear',
        sizeCm: null,
        note: '变软了',
      },
      {
        observation: o?.id,
        item: 'paper',
        medium: 'tapWater',
        state: 'slight',
        sizeCm: 3.5,
        note: null,
      },
    ]);
    // The grid is empty again for the next observation; the list shows the entries.
    expect((obs.getByLabelText('废纸 · 自来水 状态') as HTMLSelectElement).value).toBe('');
    const line = (text: string) => (_: string, el: Element | null) =>
      el?.tagName === 'LI' && el.textContent === text;
    expect(await obs.findByText(line('废纸 · 自来水：略有变化，大小 3.5 厘米'))).toBeTruthy();
    expect(obs.getByText(line('口香糖残胶 · 土埋：明显变化，变软了'))).toBeTruthy();

    fireEvent.click(obs.getByRole('button', { name: /^修改 / }));
    expect((obs.getByLabelText('废纸 · 自来水 状态') as HTMLSelectElement).value).toBe('slight');
    expect((obs.getByLabelText('废纸 · 自来水 大小（厘米）') as HTMLInputElement).value).toBe(
      '3.5',
    );
    expect((obs.getByLabelText('口香糖残胶 · 土埋 备注') as HTMLInputElement).value).toBe('变软了');
    choose(obs.getByLabelText('口香糖残胶 · 自来水 状态'), 'unchanged');
    fireEvent.click(obs.getByRole('button', { name: '保存修改' }));
    await obs.findByText('已保存修改。');
    expect(stored()['observation']).toHaveLength(1);
    expect(stored()['entry']?.map((e) => e.values['state'])).toEqual([
      'clear',
      'unchanged',
      'slight',
    ]);

    fireEvent.click(obs.getByRole('button', { name: /^删除 / }));
    const undo = await screen.findByRole('button', { name: '撤销删除' });
    expect(stored()['observation']).toEqual([]);
    expect(stored()['entry']).toEqual([]);
    fireEvent.click(undo);
    await obs.findByRole('button', { name: /^修改 / });
    expect(stored()['observation']).toHaveLength(1);
    expect(stored()['entry']).toHaveLength(3);
  });
});
