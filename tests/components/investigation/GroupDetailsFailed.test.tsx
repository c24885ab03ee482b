// @vitest-environment jsdom
/**
 * The details' module cannot be loaded (offline before the site was ever cached): the form
 * says so and saves the name alone, keeping details stored before. Its own file: the module is
 * mocked to fail for every test here.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { createInvestigationRecordStore } from '../../../src/stores/investigation/record';
import { gumResidueDefinition } from '../../../src/lib/investigation/definitions';
import { FakeStorage } from '../../unit/stores/fake-storage';

vi.mock('../../../src/islands/investigation/GroupDetailsForm', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(cleanup);

describe('group details that cannot be loaded', () => {
  test('a message says so; the name is saved and the stored details are kept', async () => {
    const storage = new FakeStorage();
    const store = createInvestigationRecordStore(gumResidueDefinition, () => storage);
    store.load();
    store.saveGroup('第5组', { grade: 6, nicknames: ['豆豆'] });
    render(<InvestigationRecord definition={gumResidueDefinition} store={store} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/年级和组员昵称没能打开/);
    // Not busy for ever: the form is complete without them.
    expect(screen.getByLabelText('小组名称').closest('form')?.hasAttribute('aria-busy')).toBe(
      false,
    );
    fireEvent.input(screen.getByLabelText('小组名称'), { target: { value: '第6组' } });
    fireEvent.click(screen.getByRole('button', { name: '保存小组名称' }));
    await screen.findByText('已保存小组名称。');
    expect(store.$data.get().group).toMatchObject({ name: '第6组', grade: 6, nicknames: ['豆豆'] });
  });
});
