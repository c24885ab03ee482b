// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SharePanel } from '../../src/islands/gum-record/SharePanel';
import { buildShareUrl } from '../../src/islands/gum-record/share-link';
import { emptyGumRecord, type GumRecord } from '../../src/schemas/gum-record';
import { decodeShareFragment } from '../../src/lib/gum-share';
import { parseImportText } from '../../src/lib/gum-import';
import { makeGroupExport } from '../support/gum-data';

afterEach(cleanup);

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
});
