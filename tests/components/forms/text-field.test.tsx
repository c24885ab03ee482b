// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { TextField } from '../../../src/islands/forms/text-field';

afterEach(cleanup);

const counter = () => document.getElementById('name-count');

describe('TextField counts its length in a text area, in one line only near the limit', () => {
  test.each([
    // value length, multiline, counter shown, over
    [3, false, null, false],
    [23, false, null, false],
    [24, false, '24/30 字', false],
    [30, false, '30/30 字', false],
    [31, false, '31/30 字', true],
    [0, true, '0/30 字', false],
    [3, true, '3/30 字', false],
    [31, true, '31/30 字', true],
  ])('%i characters (multiline %s): %s', (length, multiline, shown, over) => {
    render(
      <TextField
        id="name"
        label="名字"
        maxLength={30}
        multiline={multiline}
        value={'很'.repeat(length)}
        onChange={() => undefined}
      />,
    );
    const input = screen.getByLabelText(/名字/);
    expect(counter()?.textContent ?? null).toBe(shown);
    expect(counter()?.classList.contains('eck-counter--over') ?? false).toBe(over);
    expect(input.getAttribute('aria-invalid')).toBe(over ? 'true' : null);
    expect(input.getAttribute('aria-describedby')).toBe(shown ? 'name-count' : null);
  });

  test('spaces around the text are not counted', () => {
    render(
      <TextField
        id="name"
        label="名字"
        maxLength={10}
        value="  很很  "
        onChange={() => undefined}
      />,
    );
    expect(counter()).toBeNull();
  });

  test('label, optional mark, hint and error; typed text goes to onChange', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <TextField
        id="name"
        label="名字"
        hiddenPrefix="第1组"
        maxLength={10}
        hint="写全名"
        value=""
        onChange={onChange}
      />,
    );
    const input = screen.getByLabelText('第1组 名字（可不填）');
    expect(input.getAttribute('aria-describedby')).toBe('name-hint');
    fireEvent.input(input, { target: { value: '小明' } });
    expect(onChange).toHaveBeenCalledWith('小明');
    rerender(
      <TextField
        id="name"
        label="名字"
        required
        maxLength={10}
        error="名字不能为空。"
        value=""
        onChange={onChange}
      />,
    );
    const required = screen.getByLabelText('名字');
    expect(required.getAttribute('aria-invalid')).toBe('true');
    expect(required.getAttribute('aria-describedby')).toBe('name-error');
    expect(document.getElementById('name-error')?.textContent).toBe('名字不能为空。');
  });
});
