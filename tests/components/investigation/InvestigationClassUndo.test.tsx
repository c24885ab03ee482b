// @vitest-environment jsdom
/**
 * The class view's 移除 can be undone for UNDO_MS (a pen slipping on the panel must not cost a
 * group's data), and the whole class's data goes into one file another computer imports.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationClass from '../../../src/islands/investigation/InvestigationClass';
import { createInvestigationClassStore } from '../../../src/stores/investigation/class';
import { investigationClassKey } from '../../../src/lib/storage/storage-keys';
import { UNDO_MS } from '../../../src/stores/actions';
import { FakeStorage } from '../../unit/stores/fake-storage';
import { def, exportText, litterGroup } from '../../support/litter-data';

const now = () => new Date('2026-11-30T10:00:00Z');
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);

async function setup(storage = new FakeStorage()) {
  const store = createInvestigationClassStore(def, () => storage, now);
  render(<InvestigationClass definition={def} store={store} />);
  await screen.findByText(/还没有小组的数据/);
  await act(async () => {
    await store.importTexts([
      { name: 'a.json', text: exportText(g3) },
      { name: 'b.json', text: exportText(g5) },
    ]);
  });
  await screen.findByRole('heading', { name: '已导入的小组（2）' });
  return { store, storage };
}
const listedGroups = () =>
  [...document.querySelectorAll('.eck-record-text strong')].map((e) => e.textContent);
const storedGroups = (storage: FakeStorage) =>
  (
    JSON.parse(storage.data.get(investigationClassKey(def.id)) ?? '{}') as {
      groups: { group: { name: string } }[];
    }
  ).groups.map((g) => g.group.name);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('undoing 移除', () => {
  test('the group comes back in its place, stored', async () => {
    const { storage } = await setup();
    fireEvent.click(screen.getByRole('button', { name: '移除 第3组' }));
    await screen.findByRole('heading', { name: '已导入的小组（1）' });
    expect(storedGroups(storage)).toEqual(['第5组']);
    expect(screen.getByText(/已删除“第3组”的数据/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤销删除' }));
    await screen.findByRole('heading', { name: '已导入的小组（2）' });
    expect(listedGroups()).toEqual(['第3组', '第5组']);
    expect(storedGroups(storage)).toEqual(['第3组', '第5组']);
    expect(screen.queryByRole('button', { name: '撤销删除' })).toBeNull();
  });

  test('after UNDO_MS the offer is gone and the group stays removed', async () => {
    const { storage, store } = await setup();
    vi.useFakeTimers({
      now: now(),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    fireEvent.click(screen.getByRole('button', { name: '移除 第5组' }));
    // The store's change renders after a zero-delay timer (fake here, so run it).
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('button', { name: '撤销删除' })).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNDO_MS);
    });
    expect(store.$undo.get()).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.queryByRole('button', { name: '撤销删除' })).toBeNull();
    expect(storedGroups(storage)).toEqual(['第3组']);
  });

  test('a group imported again before 撤销删除 is not doubled', async () => {
    const { store, storage } = await setup();
    fireEvent.click(screen.getByRole('button', { name: '移除 第3组' }));
    await act(async () => {
      await store.importTexts([{ name: 'a.json', text: exportText(g3) }]);
    });
    expect(store.undoRemove()).toBe(false);
    expect(storedGroups(storage).sort()).toEqual(['第3组', '第5组']);
  });
});

describe('导出全班数据文件', () => {
  let saved: { name: string; blob: Blob } | null;
  beforeEach(() => {
    saved = null;
    let name = '';
    URL.createObjectURL = (b: Blob | MediaSource) => {
      saved = { name, blob: b as Blob };
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      name = this.download;
      if (saved) saved.name = name;
    });
  });

  test('one file of every group, which another computer’s class view imports whole', async () => {
    // The file is named by the day (a fixed clock: a run across midnight cannot fail).
    vi.useFakeTimers({ now: now(), toFake: ['Date'] });
    await setup();
    fireEvent.click(screen.getByRole('button', { name: '导出全班数据文件' }));
    await screen.findByText('已导出“全班-校园垃圾大调查-2026-11-30.json”。');
    expect(saved?.name).toBe('全班-校园垃圾大调查-2026-11-30.json');
    const text = await (saved as unknown as { blob: Blob }).blob.text();
    expect(JSON.parse(text)).toMatchObject({
      format: 'eck-investigation-class',
      investigation: def.id,
    });
    cleanup();

    const other = new FakeStorage();
    const store = createInvestigationClassStore(def, () => other, now);
    render(<InvestigationClass definition={def} store={store} />);
    await screen.findByText(/还没有小组的数据/);
    await act(async () => {
      await store.importTexts([{ name: '全班.json', text }]);
    });
    const reports = within(await screen.findByRole('list', { name: '导入结果' }));
    expect(await reports.findByText(/（全班数据文件）/)).toBeTruthy();
    await screen.findByRole('heading', { name: '已导入的小组（2）' });
    expect(storedGroups(other)).toEqual(['第3组', '第5组']);
  });
});
