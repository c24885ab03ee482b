// @vitest-environment jsdom
/**
 * A page whose definition asks for no group details never loads their module. Its own file: the
 * mocked module's factory runs once per file, so a test that loads it first (any gum test) would
 * make this check pass whatever the litter page does.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { createInvestigationRecordStore } from '../../../src/stores/investigation/record';
import { campusLitterDefinition } from '../../../src/lib/investigation/definitions';
import { FakeStorage } from '../../unit/stores/fake-storage';

/** Whether the page loaded the details' module (it must not where nothing is asked). */
const loaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/islands/investigation/GroupDetailsForm', async (actual) => {
  loaded.count += 1;
  return actual();
});

afterEach(cleanup);

describe('group details where none are asked', () => {
  test('campus litter asks for the name only and loads none of the details’ code', async () => {
    const storage = new FakeStorage();
    const store = createInvestigationRecordStore(campusLitterDefinition, () => storage);
    render(<InvestigationRecord definition={campusLitterDefinition} store={store} />);
    fireEvent.input(await screen.findByLabelText('小组名称'), { target: { value: '第3组' } });
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByText('已保存小组名称。');
    expect(screen.queryByText('年级')).toBeNull();
    expect(screen.queryByLabelText(/组员昵称/)).toBeNull();
    expect(loaded.count).toBe(0);
  });
});
