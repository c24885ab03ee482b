// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { useState } from 'preact/hooks';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { NumberField } from '../../../src/islands/forms/fields';

afterEach(cleanup);

const rule = { label: '残胶数量', unit: '块', integer: true, max: 1000 } as const;
let clearForm: () => void = () => undefined;

/** A form with one number field, its blur check and a way to clear it as a save does. */
function Form() {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  clearForm = () => {
    setValue('');
    setError(undefined);
  };
  return (
    <form>
      <NumberField
        id="count"
        label="残胶数量（块）"
        integer
        rule={rule}
        value={value}
        onChange={setValue}
        onCheck={setError}
        error={error}
      />
      <button type="submit">保存</button>
    </form>
  );
}

const room = () => document.querySelector('.eck-field-room');
const message = () => document.querySelector('#count-error');

describe('NumberField keeps its message line once used, so a tap after typing lands', () => {
  test('no room before the field is used: no gap', () => {
    render(<Form />);
    expect(room()).toBeNull();
    expect(message()).toBeNull();
  });

  test('focus takes the room; the blur check fills it, and a fix empties it again', () => {
    render(<Form />);
    const input = screen.getByLabelText('残胶数量（块）');
    act(() => input.focus());
    expect(room()).not.toBeNull();
    expect(room()?.getAttribute('aria-hidden')).toBe('true');
    fireEvent.input(input, { target: { value: '2.5' } });
    act(() => input.blur());
    expect(message()?.textContent).toBe('残胶数量要填整数，不能有小数。');
    expect(room()).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('count-error');
    act(() => input.focus());
    fireEvent.input(input, { target: { value: '３' } });
    act(() => input.blur());
    expect(message()).toBeNull();
    // The line stays, empty: the button below did not move up either.
    expect(room()).not.toBeNull();
    expect((input as HTMLInputElement).value).toBe('3');
  });

  test('a blur with an empty or good value keeps the room (nothing moves)', () => {
    render(<Form />);
    const input = screen.getByLabelText('残胶数量（块）');
    act(() => input.focus());
    act(() => input.blur());
    expect(room()).not.toBeNull();
    act(() => input.focus());
    fireEvent.input(input, { target: { value: '１２' } });
    act(() => input.blur());
    expect((input as HTMLInputElement).value).toBe('12');
    expect(room()).not.toBeNull();
  });

  test('the room is given back when the form clears the field (after a save)', () => {
    render(<Form />);
    const input = screen.getByLabelText('残胶数量（块）');
    act(() => input.focus());
    fireEvent.input(input, { target: { value: '7' } });
    act(() => input.blur());
    act(() => clearForm());
    expect(room()).toBeNull();
  });

  test('focus going to the form’s button: no check now (the button’s action checks), nothing moves', () => {
    render(<Form />);
    const input = screen.getByLabelText('残胶数量（块）');
    act(() => input.focus());
    fireEvent.input(input, { target: { value: '2.5' } });
    act(() => screen.getByRole('button', { name: '保存' }).focus());
    expect(message()).toBeNull();
    expect(room()).not.toBeNull();
    // Focus going anywhere else checks at once.
    act(() => input.focus());
    act(() => input.blur());
    expect(message()?.textContent).toBe('残胶数量要填整数，不能有小数。');
  });
});
