// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import InvestigationClass from '../../../src/islands/investigation/InvestigationClass';
import { createInvestigationRecordStore } from '../../../src/stores/investigation/record';
import { createInvestigationClassStore } from '../../../src/stores/investigation/class';
import { investigationShareCodec } from '../../../src/lib/share/fragment';
import { encodeFragment } from '../../../src/lib/share/encode-share';
import { decodeShareFragment } from '../../../src/lib/share/decode-share';
import { parseInvestigationFile } from '../../../src/lib/investigation/import-file';
import { buildInvestigationExport } from '../../../src/lib/investigation/export-file';
import { FakeStorage } from '../../unit/stores/fake-storage';
import { def, litterGroup } from '../../support/litter-data';

const codec = investigationShareCodec(def);
const wechat =
  'Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 Chrome/86.0 Mobile MicroMessenger/8.0.40';
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const fragmentOf = (g: typeof g3) =>
  encodeFragment(codec, buildInvestigationExport(def, g.group, g.records, g.exportedAt));

beforeAll(async () => {
  // The share result and qrcode load on the first tap; loaded once here so the first wait is
  // about the panel, not about a cold import on a busy machine.
  await import('../../../src/islands/share/ShareResult');
  await import('qrcode');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('record page: share link and QR code', () => {
  async function startGroup() {
    const store = createInvestigationRecordStore(def, () => new FakeStorage());
    render(<InvestigationRecord definition={def} store={store} />);
    fireEvent.input(await screen.findByLabelText('小组名称'), { target: { value: '第3组' } });
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByRole('heading', { name: '用链接或二维码发给老师' });
    return store;
  }

  test('says what the link exposes, then makes a link to the class view that imports strictly', async () => {
    const store = await startGroup();
    store.add('zone', { name: '操场', area: 120 });
    const section = within(
      screen
        .getByRole('heading', { name: '用链接或二维码发给老师' })
        .closest('section') as HTMLElement,
    );
    expect(section.getByText(/小组名称、区域名称、垃圾聚集的地方、备注都在里面/)).toBeTruthy();
    expect(section.getByText(/最好用“导出文件”/)).toBeTruthy();
    fireEvent.click(section.getByRole('button', { name: '生成分享链接和二维码' }));
    await section.findByRole('button', { name: '复制链接' });
    // The address is shown cut short (its start and its length); the copy test reads it whole.
    const shown = section.getByText(/（共 \d+ 个字符）/).textContent ?? '';
    expect(shown).toMatch(/^http:\/\/localhost(:\d+)?\/lessons\/campus-litter\/class\/#eck-/);
    const qr = section.getByRole('img', { name: '分享链接的二维码，请老师用手机扫描' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    // The camera codes come with it.
    await section.findByRole('img', { name: /给摄像头扫的二维码，第 1\/\d+ 张/ });
  });

  test('the link carries the records as they are now', async () => {
    const store = await startGroup();
    fireEvent.click(screen.getByRole('button', { name: '生成分享链接和二维码' }));
    const copy = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: copy },
      configurable: true,
    });
    fireEvent.click(await screen.findByRole('button', { name: '复制链接' }));
    await screen.findByText('链接已复制，可以粘贴到聊天软件里发给老师。');
    const decoded = await decodeShareFragment(
      codec,
      new URL(copy.mock.calls[0]?.[0] as string).hash,
    );
    expect(decoded.ok && parseInvestigationFile(def, decoded.text).ok).toBe(true);
    if (decoded.ok) expect(JSON.parse(decoded.text).group.id).toBe(store.$data.get().group?.id);
  });

  test('in WeChat the export says downloads fail there and points to the link', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(wechat);
    await startGroup();
    expect(
      screen.getByText(
        /在微信里打开的网页不能下载文件。.*下面的“用链接或二维码发给老师”在这里也能用。/,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: '导出文件' }).at(-1) as HTMLElement);
    await screen.findByText(/^在微信里打开的网页不能下载文件/, { selector: '[role=status]' });
  });
});

describe('class view: links, camera and Excel', () => {
  function setup() {
    const store = createInvestigationClassStore(
      def,
      () => new FakeStorage(),
      () => new Date('2026-11-30T10:00:00Z'),
    );
    render(<InvestigationClass definition={def} store={store} />);
    return store;
  }
  const paste = async (text: string) => {
    fireEvent.input(await screen.findByLabelText('粘贴分享链接'), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: '读取链接' }));
  };

  test('a pasted link is offered, says what it holds, and is added only when asked', async () => {
    const store = setup();
    expect(await screen.findByText(/最好用文件/)).toBeTruthy();
    expect(screen.getByText(/链接不会留在这台电脑的浏览历史里/)).toBeTruthy();
    await paste(`请看 http://school.lan/lessons/campus-litter/class/#${await fragmentOf(g3)}`);
    await screen.findByText('“第3组”的数据，共 3 条记录。要加到这台设备的全班数据里吗？');
    expect(store.$data.get().groups).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '加到全班数据' }));
    await screen.findByRole('heading', { name: '已导入的小组（1）' });
    expect(screen.getByText(/“分享链接（第3组）”/)).toBeTruthy();
  });

  test('text that is no link, and a gum link, are refused with the reason', async () => {
    const store = setup();
    await paste('随便写的字');
    await screen.findByText('这不是分享链接：链接里应该有“#eck-campus-litter1.”。');
    await paste('');
    await screen.findByText('请先粘贴链接。');
    await paste('https://x/lessons/gum-residue/class/#eck-gum1.AAAA');
    await screen.findByText(/分享链接没有导入：这个链接不是校园垃圾大调查的分享链接。它是另一课的/);
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(store.$data.get().groups).toEqual([]);
  });

  test('a link the page was opened with is offered and taken out of the address', async () => {
    window.history.replaceState(null, '', `/lessons/campus-litter/class/#${await fragmentOf(g3)}`);
    setup();
    await screen.findByText(/“第3组”的数据，共 3 条记录/);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/lessons/campus-litter/class/');
  });

  test('扫码导入 loads the scanner on the tap; no camera gets a message and the other ways', async () => {
    setup();
    fireEvent.click(await screen.findByRole('button', { name: '打开摄像头扫码' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/选择文件/);
    fireEvent.click(screen.getByRole('button', { name: '关闭摄像头' }));
    await screen.findByRole('button', { name: '打开摄像头扫码' });
  });

  test('导出 Excel makes an .xlsx named for the investigation', async () => {
    const store = setup();
    store.importTexts([
      {
        name: 'a.json',
        text: JSON.stringify(buildInvestigationExport(def, g3.group, g3.records, g3.exportedAt)),
      },
    ]);
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      made.push(b as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    fireEvent.click(await screen.findByRole('button', { name: '导出 Excel' }));
    await screen.findByText(/^已导出“校园垃圾大调查-全班-\d{4}-\d{2}-\d{2}\.xlsx”。$/);
    expect(made).toHaveLength(1);
    // An xlsx is a zip: it starts with PK.
    const head = new Uint8Array(await (made[0] as Blob).slice(0, 2).arrayBuffer());
    expect([...head]).toEqual([0x50, 0x4b]);
  });

  test('in WeChat the downloads say so before the tap and give the message on it', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(wechat);
    const store = setup();
    store.importTexts([
      {
        name: 'a.json',
        text: JSON.stringify(buildInvestigationExport(def, g3.group, g3.records, g3.exportedAt)),
      },
    ]);
    const section = within(
      (await screen.findByRole('heading', { name: '导出给 Excel / WPS' })).closest(
        'section',
      ) as HTMLElement,
    );
    expect(
      section.getByText(/^在微信里打开的网页不能下载文件/, { selector: '.eck-alert' }),
    ).toBeTruthy();
    fireEvent.click(section.getByRole('button', { name: '导出 Excel' }));
    await section.findByText(/^在微信里打开的网页不能下载文件/, { selector: '[role=status]' });
    fireEvent.click(section.getByRole('button', { name: '导出 CSV：调查记录' }));
    await section.findByText(/^在微信里打开的网页不能下载文件/, { selector: '[role=status]' });
  });
});
