// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { def, litterGroup } from '../../support/litter-data';
import type { InvestigationClassData } from '../../../src/schemas/investigation/records';
import { useEditorTests } from '../compose';
import { FakeIndexedDb } from '../../unit/stores/fake-indexeddb';
import {
  DURABLE_DB_NAME,
  DURABLE_STORE_NAME,
  investigationClassKey,
} from '../../../src/lib/storage/storage-keys';

const editor = useEditorTests();
const { flush } = editor;

/** Fresh modules per test; `data` stands in for the class view's data on this device. */
async function renderLetter(data: InvestigationClassData | null = null) {
  vi.doMock('../../../src/stores/investigation/class-findings', () => ({
    readInvestigationClass: () => Promise.resolve(data),
  }));
  return editor.render(
    async () => (await import('../../../src/islands/investigation/InvestigationLetter')).default,
    { def },
    '署名',
  );
}
const letterText = () => document.querySelector('.eck-letter')?.textContent ?? '';

afterEach(() => {
  vi.doUnmock('../../../src/stores/investigation/class-findings');
  vi.unstubAllGlobals();
});

describe('InvestigationLetter (campus litter)', () => {
  test('without class data: the definition’s template, blanks for the numbers, and why', async () => {
    const { screen } = await renderLetter();
    expect(screen.getByRole('heading', { name: '修改建议书' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打印建议书' })).toBeTruthy();
    expect(letterText()).toContain('建议书');
    expect(letterText()).toContain('尊敬的校长、老师们：');
    expect(letterText()).not.toMatch(/【调查结果】|【前后比较】/);
    expect(letterText()).toContain('第一次调查一共发现');
    expect(screen.getByText(/还没有校园垃圾大调查的数据/)).toBeTruthy();
    expect(screen.getByText(/还没有同一个区域两次调查的数据/)).toBeTruthy();
  });

  test('with class data: per zone, before and after, in the class’s numbers', async () => {
    await renderLetter({
      groups: [
        litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]),
        litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]),
      ],
    });
    await flush();
    expect(letterText()).toContain(
      '我们调查了 2 个区域。第一次调查一共发现 63 件垃圾：操场 23 件，食堂门口 40 件。',
    );
    expect(letterText()).toContain(
      '比第一次少了 37 件：操场 8 件（少了 15 件），食堂门口 18 件（少了 22 件）。',
    );
    expect(document.getElementById('eck-findings-status')?.textContent).toContain(
      '已经从本设备的全班数据页里填入',
    );
  });

  test('edits are kept under the lesson’s own key, never the gum letter’s; markup stays text', async () => {
    const { screen, fireEvent } = await renderLetter();
    const body = screen.getByLabelText('正文（每行一段）');
    fireEvent.input(body, { target: { value: '我们选了值日表。<b>谢谢</b>' } });
    await flush();
    expect(
      JSON.parse(localStorage.getItem('eck:proposal-letter:campus-litter:v1') ?? '{}').body,
    ).toBe('我们选了值日表。<b>谢谢</b>');
    expect(localStorage.getItem('eck:proposal-letter:v1')).toBeNull();
    expect(document.querySelector('.eck-letter b')).toBeNull();
    // Both marks gone: both are flagged beside the field.
    const warning = document.getElementById('eck-letter-body-warning')?.textContent ?? '';
    expect(warning).toContain('调查数字不会出现在建议书里');
    expect(warning).toContain('前后比较不会出现在建议书里');
  });

  test('localStorage lost the class data (browser killed right after 已保存): read from IndexedDB', async () => {
    // What the class view wrote: its durable copy is on disk, localStorage's write never was.
    const idb = new FakeIndexedDb(DURABLE_DB_NAME);
    idb.version = 1;
    const data = { groups: [litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2])] };
    idb.stores.set(
      DURABLE_STORE_NAME,
      new Map([
        [
          investigationClassKey(def.id),
          { text: JSON.stringify(data), at: '2026-03-02T08:00:00.000Z' },
        ],
      ]),
    );
    vi.stubGlobal('indexedDB', idb);
    expect(localStorage.getItem(investigationClassKey(def.id))).toBeNull();
    const { waitFor } = await editor.render(
      async () => (await import('../../../src/islands/investigation/InvestigationLetter')).default,
      { def },
      '署名',
    );
    await waitFor(() =>
      expect(letterText()).toContain('第一次调查一共发现 23 件垃圾：操场 23 件。'),
    );
    expect(document.getElementById('eck-findings-status')?.textContent).toContain(
      '已经从本设备的全班数据页里填入',
    );
  });
});
