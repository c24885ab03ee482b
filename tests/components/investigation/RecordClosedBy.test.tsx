// @vitest-environment jsdom
/**
 * A kind closed by another's records (`closedBy`) on the record page, with the gum definition:
 * the predictions' form until the first observation, then only their list and the message.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { gumResidueDefinition as def } from '../../../src/lib/investigation/definitions';
import { gumGroupStore, gumPrediction, observeOn } from './gum-store';

const message = '第一次观察已经记录，预测不能再添加或修改。';
const predictions = async () =>
  within((await screen.findByRole('heading', { name: '预测' })).closest('section') as HTMLElement);

afterEach(cleanup);

describe('predictions closed by the first observation', () => {
  test('open: form, 修改 and 删除; once an observation is saved (another tab): list only, with the message', async () => {
    const { store, stored } = gumGroupStore();
    store.add('prediction', gumPrediction('小明'));
    render(<InvestigationRecord definition={def} store={store} />);
    const p = await predictions();
    expect(p.getByRole('button', { name: '添加一条预测' })).toBeTruthy();
    expect(p.getByRole('button', { name: '修改 一条预测 小明' })).toBeTruthy();
    expect(p.getByRole('button', { name: '删除 一条预测 小明' })).toBeTruthy();
    expect(p.queryByText(message)).toBeNull();

    observeOn(store, '2026-12-02');
    expect(await p.findByText(message)).toBeTruthy();
    expect(p.getByRole('list', { name: '已记录的预测' }).textContent).toContain('小明');
    expect(p.queryByRole('button')).toBeNull();
    expect(p.queryByLabelText('昵称')).toBeNull();
    expect(stored()['prediction']).toHaveLength(1);
  });

  test('a stale click: the store refuses the delete, the prediction stays and the page says why', async () => {
    const { store, stored } = gumGroupStore();
    store.add('prediction', gumPrediction('小红', 'gum'));
    render(<InvestigationRecord definition={def} store={store} />);
    const p = await predictions();
    const remove = p.getByRole('button', { name: '删除 一条预测 小红' });
    // Saved in the same task as the click, before any render.
    observeOn(store, '2026-12-02');
    fireEvent.click(remove);
    expect(stored()['prediction']).toHaveLength(1);
    expect(await p.findByText(message)).toBeTruthy();
  });
});
