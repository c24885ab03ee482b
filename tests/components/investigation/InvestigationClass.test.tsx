// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationClass from '../../../src/islands/investigation/InvestigationClass';
import { createInvestigationClassStore } from '../../../src/stores/investigation/class';
import { investigationClassKey } from '../../../src/lib/storage/storage-keys';
import { FakeStorage } from '../../unit/stores/fake-storage';
import { def, exportText, litterGroup } from '../../support/litter-data';

const now = () => new Date('2026-11-30T10:00:00Z');
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);

function setup(storage = new FakeStorage()) {
  const store = createInvestigationClassStore(def, () => storage, now);
  render(<InvestigationClass definition={def} store={store} />);
  return { store, storage };
}

const choose = async (files: File[]) => {
  const input = (await screen.findByLabelText('选择文件（可以一次选多个）')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
};
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const rows = (id: string) =>
  [
    ...(document.querySelector(`table[data-table="${id}"]`)?.querySelectorAll('tbody tr') ?? []),
  ].map((tr) => [...tr.children].map((c) => c.textContent));

afterEach(cleanup);

describe('InvestigationClass (campus litter)', () => {
  test('imports two groups’ files with a report per file, and shows per zone, per category and before/after', async () => {
    const { storage } = setup();
    await screen.findByText(
      '还没有小组的数据。请导入小组在记录页导出的文件，或读取小组发来的分享链接。',
    );
    await choose([
      file('第3组.json', exportText(g3)),
      file('第5组.json', exportText(g5)),
      file('坏的.json', '{'),
    ]);
    const reports = within(await screen.findByRole('list', { name: '导入结果' }));
    await reports.findByText(/第3组（新小组）：新增 3 条/);
    expect(reports.getByText(/“坏的.json”没有导入：/).parentElement?.textContent).toMatch(
      /不是有效的 JSON/,
    );
    await screen.findByRole('heading', { name: '已导入的小组（2）' });
    expect(rows('eck-summary-by-zone')).toEqual([
      ['操场', '第一次', '12', '1', '3', '7', '23'],
      ['操场', '第二次', '5', '0', '1', '2', '8'],
      ['食堂门口', '第一次', '20', '0', '9', '11', '40'],
      ['食堂门口', '第二次', '8', '0', '4', '6', '18'],
      ['合计', '', '45', '1', '17', '26', '89'],
    ]);
    expect(rows('eck-summary-by-round')[0]).toEqual(['第一次', '32', '1', '12', '18', '63', '—']);
    expect(rows('eck-compare-before-after')[0]?.slice(0, 4)).toEqual(['操场', '12', '5', '−7']);
    // Its headers in two rows: each category over 第一次 · 第二次 · 变化, 区域 over both rows.
    const head = [
      ...(document.querySelector('table[data-table="eck-compare-before-after"] thead')?.children ??
        []),
    ].map((tr) =>
      [...tr.children].map((th) => [
        th.textContent,
        th.getAttribute('colspan') ?? th.getAttribute('rowspan'),
      ]),
    );
    expect(head[0]?.slice(0, 3)).toEqual([
      ['区域', '2'],
      ['可回收物（件）', '3'],
      ['有害垃圾（件）', '3'],
    ]);
    expect(head[1]?.slice(0, 4).map(([t]) => t)).toEqual(['第一次', '第二次', '变化', '第一次']);
    // Numbers and differences right-aligned on one line; the zone is a row header.
    const first = document.querySelector('table[data-table="eck-compare-before-after"] tbody tr');
    expect([...(first?.children ?? [])].slice(0, 4).map((c) => c.className)).toEqual([
      '',
      'eck-num',
      'eck-num',
      'eck-num',
    ]);
    expect(
      document.querySelector('table[data-table="eck-summary-by-zone"] thead')?.children.length,
    ).toBe(1);
    expect(JSON.parse(storage.data.get(investigationClassKey(def.id)) ?? '{}').groups).toHaveLength(
      2,
    );
  });

  test('a group’s grade and nicknames show after its name, as text', async () => {
    setup();
    const detailed = {
      ...g3,
      group: { ...g3.group, grade: 4 as const, nicknames: ['小明', '<b>红</b>'] },
    };
    await choose([file('a.json', exportText(detailed)), file('b.json', exportText(g5))]);
    const list = await screen.findByRole('heading', { name: '已导入的小组（2）' });
    const items = [...(list.parentElement?.querySelectorAll('li') ?? [])];
    expect(items.map((li) => li.querySelector('.eck-record-text')?.textContent)).toEqual([
      '第3组（4 年级，小明、<b>红</b>）：我们的区域 1 条，调查记录 2 条',
      '第5组：我们的区域 1 条，调查记录 2 条',
    ]);
    expect(document.querySelector('.eck-record-text b')).toBeNull();
  });

  test('importing the same file again changes nothing and says so; a file of another lesson is refused', async () => {
    setup();
    await choose([file('a.json', exportText(g3))]);
    await screen.findByRole('heading', { name: '已导入的小组（1）' });
    const other = exportText(g3).replace('"campus-litter"', '"gum-residue"');
    await choose([file('a.json', exportText(g3)), file('gum.json', other)]);
    const reports = within(screen.getByRole('list', { name: '导入结果' }));
    await reports.findByText(/已有未变 3 条/);
    expect(reports.getByText(/“gum.json”没有导入：/).parentElement?.textContent).toMatch(
      /这不是“校园垃圾大调查”的数据文件/,
    );
  });

  test('the class data survives a reload; a group can be removed', async () => {
    const storage = new FakeStorage();
    const { store } = setup(storage);
    await screen.findByText(/还没有小组的数据/);
    await store.importTexts([{ name: 'a.json', text: exportText(g3) }]);
    cleanup();
    setup(storage);
    fireEvent.click(await screen.findByRole('button', { name: '移除 第3组' }));
    await screen.findByText(/还没有小组的数据/);
  });
});
