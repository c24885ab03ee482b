// @vitest-environment jsdom
/**
 * A definition without `children` (campus litter) never loads the grid's module. Its own file:
 * the mocked module's factory runs once per file, so a gum test loading it first would make this
 * check pass whatever the litter page does.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { createInvestigationRecordStore } from '../../../src/stores/investigation/record';
import { campusLitterDefinition } from '../../../src/lib/investigation/definitions';
import { FakeStorage } from '../../unit/stores/fake-storage';

/** Whether the page loaded the grid's module (it must not without children). */
const loaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/islands/investigation/ChildGrid', async (actual) => {
  loaded.count += 1;
  return actual();
});

afterEach(cleanup);

describe('the children grid where no kind has children', () => {
  test('campus litter’s record forms load none of the grid’s code', async () => {
    const store = createInvestigationRecordStore(campusLitterDefinition, () => new FakeStorage());
    render(<InvestigationRecord definition={campusLitterDefinition} store={store} />);
    fireEvent.input(await screen.findByLabelText('小组名称'), { target: { value: '第3组' } });
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByText('已保存小组名称。');
    // Every kind's form with its buttons is there.
    for (const k of campusLitterDefinition.kinds)
      await screen.findByRole('button', { name: `添加${k.itemLabel}` });
    expect(loaded.count).toBe(0);
  });
});
