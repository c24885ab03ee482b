// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { PasteLink } from '../../../src/islands/share/PasteLink';
import type { PendingLink } from '../../../src/stores/share/link-offers';

afterEach(cleanup);

const codec = { prefix: 'eck-gum', version: 1, title: '口香糖实验' };

function setUp() {
  const readLink = vi.fn(async (_fragment: string): Promise<PendingLink> => ({
    ok: false,
    error: '未用',
  }));
  render(<PasteLink store={{ readLink }} codec={codec} />);
  const input = screen.getByLabelText('粘贴分享链接') as HTMLInputElement;
  const send = () => fireEvent.click(screen.getByRole('button', { name: '读取链接' }));
  return { readLink, input, send };
}

const describedBy = (el: Element) => el.getAttribute('aria-describedby')?.split(' ') ?? [];

describe('PasteLink is a kit field: label, hint, error line', () => {
  test('the input is the kit’s (44 px class) with its label and hint, and no error line yet', () => {
    const { input } = setUp();
    expect(input.classList.contains('eck-input')).toBe(true);
    expect(input.closest('.eck-field')).not.toBeNull();
    expect(describedBy(input)).toEqual(['eck-paste-link-hint']);
    expect(document.getElementById('eck-paste-link-hint')?.textContent).toMatch(/浏览历史/);
    expect(document.getElementById('eck-paste-link-error')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  test.each([
    ['', '请先粘贴链接。'],
    ['   ', '请先粘贴链接。'],
    ['<b>not a link</b>', '这不是分享链接：链接里应该有“#eck-gum1.”。'],
    ['https://school.lan/#other', '这不是分享链接：链接里应该有“#eck-gum1.”。'],
  ])('%j: the error names the reason, tied to the input', (text, message) => {
    const { input, send, readLink } = setUp();
    fireEvent.input(input, { target: { value: text } });
    send();
    const error = document.getElementById('eck-paste-link-error');
    expect(error?.textContent).toBe(message);
    expect(error?.querySelector('*')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(input)).toEqual(['eck-paste-link-hint', 'eck-paste-link-error']);
    expect(readLink).not.toHaveBeenCalled();
  });

  test('a link is read, the box emptied and the error line taken away', () => {
    const { input, send, readLink } = setUp();
    send();
    expect(document.getElementById('eck-paste-link-error')).not.toBeNull();
    fireEvent.input(input, { target: { value: 'http://school.lan/class/#eck-gum1.abc' } });
    send();
    expect(readLink).toHaveBeenCalledWith('eck-gum1.abc');
    expect(input.value).toBe('');
    expect(document.getElementById('eck-paste-link-error')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });
});
