// @vitest-environment jsdom
/**
 * A kind with as many records as it may have (gum's one 实验准备) shows no form to add another,
 * which the store would refuse: a note says how to change it; 修改 brings the form back.
 */
import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { gumResidueDefinition as def } from '../../../src/lib/investigation/definitions';
import { gumGroupStore } from './gum-store';

afterEach(cleanup);

test('the setup once added: no add form, a note; 修改 opens the form, 删除 brings the add form back', async () => {
  const { store, stored } = gumGroupStore();
  render(<InvestigationRecord definition={def} store={store} />);
  const section = within(
    (await screen.findByRole('heading', { name: '实验准备' })).closest('section') as HTMLElement,
  );
  fireEvent.input(section.getByLabelText('放入样品的日期'), { target: { value: '2026-11-20' } });
  const media = within(section.getByRole('group', { name: '放在哪些地方' }));
  fireEvent.click(media.getByLabelText('土埋'));
  const items = within(section.getByRole('group', { name: '比较哪些样品' }));
  fireEvent.click(items.getByLabelText('废纸'));
  fireEvent.click(section.getByRole('button', { name: '添加实验准备' }));
  await section.findByText('已添加实验准备。');
  expect(stored()['setup']).toHaveLength(1);
  expect(await section.findByText('实验准备已经填好，要改请点上面的“修改”。')).toBeTruthy();
  expect(section.queryByRole('button', { name: '添加实验准备' })).toBeNull();

  fireEvent.click(section.getByRole('button', { name: /^修改/ }));
  expect(await section.findByRole('heading', { name: '修改实验准备' })).toBeTruthy();
  fireEvent.click(section.getByRole('button', { name: '取消修改' }));
  await section.findByText('实验准备已经填好，要改请点上面的“修改”。');

  fireEvent.click(section.getByRole('button', { name: /^删除/ }));
  expect(await section.findByRole('button', { name: '添加实验准备' })).toBeTruthy();
  expect(stored()['setup']).toHaveLength(0);
});
