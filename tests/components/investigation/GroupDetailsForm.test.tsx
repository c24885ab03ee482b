// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { createInvestigationRecordStore } from '../../../src/stores/investigation/record';
import { investigationRecordKey } from '../../../src/lib/storage/storage-keys';
import {
  campusLitterDefinition,
  gumResidueDefinition,
} from '../../../src/lib/investigation/definitions';
import type { InvestigationDefinition } from '../../../src/schemas/investigation/definition';
import { FakeStorage } from '../../unit/stores/fake-storage';

/** Whether the page loaded the details' module (it must not where nothing is asked). */
const loaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/islands/investigation/GroupDetailsForm', async (actual) => {
  loaded.count += 1;
  return actual();
});

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

function setup(def: InvestigationDefinition, storage = new FakeStorage()) {
  const store = createInvestigationRecordStore(def, () => storage);
  render(<InvestigationRecord definition={def} store={store} />);
  return {
    store,
    storage,
    stored: () => JSON.parse(storage.data.get(investigationRecordKey(def.id)) ?? '{}'),
  };
}

afterEach(cleanup);

describe('group details in the group form', () => {
  test('campus litter asks for the name only and loads none of the details’ code', async () => {
    loaded.count = 0;
    setup(campusLitterDefinition);
    type(await screen.findByLabelText('小组名称'), '第3组');
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByText('已保存小组名称。');
    expect(screen.queryByText('年级')).toBeNull();
    expect(screen.queryByLabelText(/组员昵称/)).toBeNull();
    expect(loaded.count).toBe(0);
  });

  test('the gum experiment asks for grade and nicknames; messages name the field; saved', async () => {
    const { store, stored } = setup(gumResidueDefinition);
    type(await screen.findByLabelText('小组名称'), '第3组');
    const nicknames = await screen.findByLabelText(/组员昵称/);
    fireEvent.click(screen.getByLabelText('四年级'));
    type(nicknames, '小明\n小红\n一二三四五六七八九十一');
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    expect(await screen.findByText('组员昵称：第 3 个昵称超过 10 个字。')).toBeTruthy();
    expect(store.$data.get().group).toBeNull();
    type(nicknames, '小明、小红，\n\n<script>\u202E');
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByText('已保存小组名称。');
    expect(stored().group).toMatchObject({
      name: '第3组',
      grade: 4,
      nicknames: ['小明', '小红', '<script>'],
    });
    // Plain text only: nothing typed became markup.
    expect(document.querySelector('script')).toBeNull();
  });

  test('a stored group’s details fill the form; clearing them clears them', async () => {
    const storage = new FakeStorage();
    const first = createInvestigationRecordStore(gumResidueDefinition, () => storage);
    first.load();
    first.saveGroup('第5组', { grade: 6, nicknames: ['豆豆', '🐼'] });
    const { stored } = setup(gumResidueDefinition, storage);
    const nicknames = (await screen.findByLabelText(/组员昵称/)) as HTMLTextAreaElement;
    expect(nicknames.value).toBe('豆豆\n🐼');
    expect((screen.getByLabelText('六年级') as HTMLInputElement).checked).toBe(true);
    type(nicknames, '');
    fireEvent.click(screen.getByRole('button', { name: '保存小组名称' }));
    await screen.findByText('已保存小组名称。');
    expect(stored().group).toMatchObject({ name: '第5组', grade: 6 });
    expect('nicknames' in stored().group).toBe(false);
  });
});
