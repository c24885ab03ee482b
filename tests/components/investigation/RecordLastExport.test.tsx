// @vitest-environment jsdom
/**
 * The export section's 上次导出 on every investigation's record page (campus litter here): kept
 * in the record data when 导出文件 saved a file, never when the download is blocked, and
 * whether records changed after it.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { createInvestigationRecordStore } from '../../../src/stores/investigation/record';
import { investigationRecordKey } from '../../../src/lib/storage/storage-keys';
import { FakeStorage } from '../../unit/stores/fake-storage';
import { def } from '../../support/litter-data';

const wechat =
  'Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 Chrome/86.0 Mobile MicroMessenger/8.0.40';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function setup(storage = new FakeStorage()) {
  // The store's clock, set by the tests: the export takes the page's own time.
  const clock = { t: Date.parse('2026-12-04T08:00:00Z') };
  const store = createInvestigationRecordStore(def, () => storage, {
    now: () => new Date((clock.t += 60_000)),
    newId: () => crypto.randomUUID(),
  });
  store.load();
  store.saveGroup('第3组');
  render(<InvestigationRecord definition={def} store={store} />);
  const section = within(
    (await screen.findByRole('heading', { name: '导出小组数据' })).closest(
      'section',
    ) as HTMLElement,
  );
  const exportFile = () => fireEvent.click(section.getByRole('button', { name: '导出文件' }));
  return { store, storage, section, exportFile, clock };
}
const stored = (storage: FakeStorage) =>
  JSON.parse(storage.getItem(investigationRecordKey(def.id)) ?? '{}');

describe('上次导出', () => {
  test('never exported; after 导出文件 the time, kept in the stored data; a record added later is said', async () => {
    const { store, storage, section, exportFile, clock } = await setup();
    expect(section.getByText('还没有导出过。')).toBeTruthy();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const at = Date.now();
    exportFile();
    const line = await section.findByText(/^上次导出：/);
    const saved = stored(storage).lastExportedAt as string;
    // The export's own time (the page's clock), not the store's.
    expect(Math.abs(Date.parse(saved) - at)).toBeLessThan(60_000);
    expect(line.textContent).toBe(`上次导出：${new Date(saved).toLocaleString('zh-CN')}`);
    expect(section.queryByText('还没有导出过。')).toBeNull();

    // A zone saved an hour after the export.
    clock.t = Date.parse(saved) + 3_600_000;
    store.add('zone', { name: '操场', area: 120 });
    expect((await section.findByText(/（之后又有新的记录）$/)).textContent).toMatch(/^上次导出：/);
  });

  test('a record changed before the export is not new; an older stored value without the time reads as never exported', async () => {
    const storage = new FakeStorage();
    storage.setItem(
      investigationRecordKey(def.id),
      JSON.stringify({
        group: {
          id: '00000000-0000-4000-8000-000000000001',
          name: '第3组',
          createdAt: '2026-12-01T08:00:00.000Z',
          updatedAt: '2026-12-01T08:00:00.000Z',
        },
        records: { zone: [], survey: [] },
      }),
    );
    const { section, store } = await setup(storage);
    expect(section.getByText('还没有导出过。')).toBeTruthy();
    store.markExported('2099-01-01T00:00:00.000Z');
    const line = await section.findByText(/^上次导出：/);
    expect(line.textContent).not.toContain('之后又有新的记录');
  });

  test('a blocked download (WeChat) keeps no time', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(wechat);
    const { storage, section, exportFile } = await setup();
    exportFile();
    await section.findByText(/^在微信里打开的网页不能下载文件/, { selector: '[role=status]' });
    expect(section.getByText('还没有导出过。')).toBeTruthy();
    expect(stored(storage).lastExportedAt).toBeUndefined();
  });
});
