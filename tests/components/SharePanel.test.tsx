// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SharePanel } from '../../src/islands/gum-record/SharePanel';
import { buildShareUrl, makeShareLink } from '../../src/islands/gum-record/share-link';
import { emptyGumRecord, type GumRecord } from '../../src/schemas/gum-record';
import { decodeShareFragment } from '../../src/lib/gum-share';
import { parseImportText } from '../../src/lib/gum-import';
import { makeGroupExport } from '../support/gum-data';

// Waits end when the link is shown; the cap (tests/components/setup.ts) only decides how long a
// failing test takes. Making a link and its QR code took 12–19 s under coverage with the static
// checks beside it on a loaded machine, beyond the 10 s this file once set.

// The panel loads its link and QR code maker when asked; made once here, so the first test's
// wait for the link is about the panel, not about loading qrcode's renderer on a busy machine.
beforeAll(async () => {
  await import('../../src/islands/share/ShareResult');
  await makeShareLink(recordOf(1), 'https://school.example');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function recordOf(surveys: number, notes = ''): GumRecord {
  const f = makeGroupExport(1, { surveys, measurements: 2, observations: 2 });
  return {
    ...emptyGumRecord(),
    group: f.group,
    surveys: f.surveys.map((s, i) => ({
      ...s,
      // Text that does not compress: a different pseudo-random note per survey.
      note:
        notes &&
        Array.from({ length: 100 }, (_, k) => notes[(i * 31 + k * k * 7) % notes.length]).join(''),
    })),
    measurements: f.measurements,
    decomposition: f.decomposition,
  };
}

describe('SharePanel', () => {
  test('the link opens the class view with the group data in the fragment', async () => {
    const record = recordOf(3);
    const url = await buildShareUrl(record, 'https://school.example');
    expect(url).toMatch(/^https:\/\/school\.example\/lessons\/gum-residue\/class\/#eck-gum1\./);
    const decoded = await decodeShareFragment(new URL(url ?? '').hash);
    expect(decoded.ok && parseImportText(decoded.text).ok).toBe(true);
  });

  test('a normal group gets a link and a QR code made on the device', async () => {
    render(<SharePanel record={recordOf(3)} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享链接和二维码' }));
    await screen.findByRole('button', { name: '复制链接' });
    expect(screen.getByText(/lessons\/gum-residue\/class\/#eck-gum1\./)).toBeTruthy();
    const qr = screen.getByRole('img', { name: '分享链接的二维码，请老师用手机扫描' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  });

  test('the link follows changes to the records', async () => {
    const { rerender } = render(<SharePanel record={recordOf(3)} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享链接和二维码' }));
    await screen.findByText(/（共 \d+ 个字符）/);
    const before = screen.getByText(/（共 \d+ 个字符）/).textContent;
    rerender(<SharePanel record={recordOf(8)} />);
    await waitFor(() => expect(screen.getByText(/（共 \d+ 个字符）/).textContent).not.toBe(before));
  });

  test('too much data for a link says so and points to the file', async () => {
    const alphabet =
      '口香糖残胶地面纸桌面塑料土埋自来水洗衣粉水食醋容易较难很难0123456789abcdefghij';
    render(<SharePanel record={recordOf(300, alphabet)} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享链接和二维码' }));
    await screen.findByText(/数据太多，链接有 \d+ 个字符（超过 8000/);
    expect(screen.queryByRole('button', { name: '复制链接' })).toBeNull();
  });

  test('no group yet: asks for the group name', async () => {
    render(<SharePanel record={emptyGumRecord()} />);
    fireEvent.click(screen.getByRole('button', { name: '生成分享链接和二维码' }));
    await screen.findByText('请先写上小组名称。');
  });

  describe('复制链接', () => {
    /** The page as a plain-http school server serves it: no secure context, no async clipboard. */
    function insecure(execCommand: (command: string) => boolean) {
      vi.stubGlobal('isSecureContext', false);
      const copied: string[] = [];
      Object.defineProperty(document, 'execCommand', {
        configurable: true,
        value: (command: string) => {
          const field = document.querySelector('textarea') as HTMLTextAreaElement;
          copied.push(`${command}:${field.value.slice(field.selectionStart, field.selectionEnd)}`);
          return execCommand(command);
        },
      });
      return copied;
    }
    async function copyLink() {
      render(<SharePanel record={recordOf(3)} />);
      fireEvent.click(screen.getByRole('button', { name: '生成分享链接和二维码' }));
      fireEvent.click(await screen.findByRole('button', { name: '复制链接' }));
    }

    test('with the async clipboard (https, localhost)', async () => {
      const writeText = vi.fn(async (_: string) => undefined);
      vi.stubGlobal('isSecureContext', true);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
      await copyLink();
      await screen.findByText('链接已复制，可以粘贴到聊天软件里发给老师。');
      expect(writeText.mock.calls[0]?.[0]).toMatch(/#eck-gum1\./);
    });

    test('on a plain-http intranet: copied from a selected field', async () => {
      const copied = insecure(() => true);
      await copyLink();
      await screen.findByText('链接已复制，可以粘贴到聊天软件里发给老师。');
      expect(copied).toHaveLength(1);
      expect(copied[0]).toMatch(/^copy:http.*#eck-gum1\.[A-Za-z0-9_-]+$/);
      expect(document.querySelectorAll('textarea')).toHaveLength(0);
    });

    test('when no copy works, the whole link is shown to copy by hand', async () => {
      insecure(() => false);
      await copyLink();
      await screen.findByText('没能自动复制，请长按下面框里的链接，全选后复制。');
      const full = screen.getByRole('textbox', { name: '完整的分享链接' }) as HTMLTextAreaElement;
      expect(full.value).toMatch(/^http.*#eck-gum1\.[A-Za-z0-9_-]+$/);
      expect(full.readOnly).toBe(true);
    });
  });
});
