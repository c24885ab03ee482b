// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import CarbonCheckExercise from '../../src/islands/CarbonCheckExercise';
import { carbonActions, population } from '../../src/lib/carbon-data';

afterEach(cleanup);

const show = () => render(<CarbonCheckExercise actions={carbonActions} population={population} />);
const person = () => screen.getByLabelText(/一个人一天/);
const country = () => screen.getByLabelText(/全国每个人都这样做（约 14.05 亿人）/);

describe('算一算，查一查', () => {
  test('asks for the pupils’ own answers before revealing the arithmetic', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: '看看算式' }));
    expect(screen.getAllByText('请填写你的答案。')).toHaveLength(2);
    expect(screen.queryByText(/0.218 \+ 0.621/)).toBeNull();
  });

  test('a bad answer gets a message next to its field', () => {
    show();
    fireEvent.input(person(), { target: { value: '很多' } });
    fireEvent.blur(person());
    expect(screen.getByText('你的答案要填数字，例如 12 或 3.5。')).toBeTruthy();
  });

  test('reveals the worked arithmetic and the source’s errors, judging each answer', () => {
    show();
    fireEvent.input(person(), { target: { value: '１。０２１' } });
    fireEvent.input(country(), { target: { value: '260' } });
    fireEvent.click(screen.getByRole('button', { name: '看看算式' }));
    expect(screen.getByText(/你的答案：１。０２１ 千克。算对了！/)).toBeTruthy();
    expect(screen.getByText(/你的答案：260 亿千克。和算式的结果不一样/)).toBeTruthy();
    const text = document.querySelector('.eck-check-steps')?.textContent?.replace(/\s+/g, ' ');
    expect(text).toContain('0.218 + 0.621 + 0.045 + 0.096 + 0.041 = 1.021 千克');
    expect(text).toContain('14.05 亿 × 1.021 千克 = 14.34505 亿千克 ≈ 14.3 亿千克');
    expect(text).toContain('每人每天能少排 21.173 千克');
    expect(text).toContain('多算了 20.152 千克');
    expect(text).toContain('13 亿 × 21.173 千克 = 275.249 亿千克，也不是 260 亿千克');
    expect(text).toContain('13.273 亿千克');
    expect(text).toContain('2025 年末 140489 万人');
    fireEvent.click(screen.getByRole('button', { name: '收起算式，再算一遍' }));
    expect(document.querySelector('.eck-check-steps')).toBeNull();
  });

  test('a rounded national answer counts as right, 13亿 × 1.021 as close', () => {
    show();
    fireEvent.input(person(), { target: { value: '1.02' } });
    fireEvent.input(country(), { target: { value: '14.3' } });
    fireEvent.click(screen.getByRole('button', { name: '看看算式' }));
    expect(screen.getByText(/1.02 千克。很接近了/)).toBeTruthy();
    expect(screen.getByText(/14.3 亿千克。算对了！/)).toBeTruthy();
  });
});
