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

  test('不填 takes a chosen grade back', async () => {
    const storage = new FakeStorage();
    const first = createInvestigationRecordStore(gumResidueDefinition, () => storage);
    first.load();
    first.saveGroup('第5组', { grade: 6 });
    const { stored } = setup(gumResidueDefinition, storage);
    fireEvent.click(await screen.findByLabelText('不填'));
    fireEvent.click(screen.getByRole('button', { name: '保存小组名称' }));
    await screen.findByText('已保存小组名称。');
    expect('grade' in stored().group).toBe(false);
  });

  test('“已保存小组名称。” stays once the group exists and its record forms are shown', async () => {
    setup(campusLitterDefinition);
    type(await screen.findByLabelText('小组名称'), '第3组');
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    // The page shows the group's record forms once the store's change has rendered.
    await screen.findByRole('button', { name: '保存小组名称' });
    await screen.findByRole('heading', { name: campusLitterDefinition.kinds[0]?.label ?? '' });
    expect(screen.getByText('已保存小组名称。')).toBeTruthy();
  });

  test('the details follow a change stored under the form, except a field the pupil changed', async () => {
    const storage = new FakeStorage();
    const { store } = setup(gumResidueDefinition, storage);
    type(await screen.findByLabelText('小组名称'), '第5组');
    const nicknames = (await screen.findByLabelText(/组员昵称/)) as HTMLTextAreaElement;
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByRole('button', { name: '保存小组名称' });
    // Another tab (or the durable copy) stores new details.
    store.saveGroup('第5组', { grade: 3, nicknames: ['甲', '乙'] });
    await vi.waitFor(() => expect(nicknames.value).toBe('甲\n乙'));
    expect((screen.getByLabelText('三年级') as HTMLInputElement).checked).toBe(true);
    // The pupil is changing the nicknames: a second change stored elsewhere leaves them be.
    type(nicknames, '丙');
    store.saveGroup('第5组', { grade: 5, nicknames: ['丁'] });
    await vi.waitFor(() =>
      expect((screen.getByLabelText('五年级') as HTMLInputElement).checked).toBe(true),
    );
    expect(nicknames.value).toBe('丙');
  });

  test('the button comes with the details’ fields, never before them (nothing moves under a finger)', async () => {
    setup(gumResidueDefinition);
    const form = () => screen.getByLabelText('小组名称').closest('form') as HTMLFormElement;
    // Busy until the details' fields are there (tests and assistive technology can tell).
    expect(form().getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('button', { name: '开始记录' });
    expect(form().hasAttribute('aria-busy')).toBe(false);
    expect(screen.getByLabelText(/组员昵称/)).toBeTruthy();
    expect(screen.getByLabelText('四年级')).toBeTruthy();
  });

  test('a definition without details: the form is never busy', async () => {
    setup(campusLitterDefinition);
    const button = await screen.findByRole('button', { name: '开始记录' });
    expect(button.closest('form')?.hasAttribute('aria-busy')).toBe(false);
  });
});
