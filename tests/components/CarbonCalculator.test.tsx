// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import CarbonCalculator from '../../src/islands/CarbonCalculator';
import { carbonActions, population } from '../../src/lib/carbon-data';
import { compose } from './compose';

const drawBarChart = vi.fn(() => ({ update: vi.fn(), destroy: vi.fn() }));
vi.mock('../../src/islands/carbon-chart', () => ({ drawBarChart }));

/** An IntersectionObserver the test triggers by hand. */
let observers: { cb: IntersectionObserverCallback; el?: Element }[] = [];
class FakeObserver {
  constructor(private cb: IntersectionObserverCallback) {}
  observe(el: Element) {
    observers.push({ cb: this.cb, el });
  }
  disconnect() {}
}

beforeEach(() => {
  observers = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  window.history.replaceState(null, '', '/calculator/');
  drawBarChart.mockClear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const show = () => render(<CarbonCalculator actions={carbonActions} population={population} />);
const totalText = () =>
  document.querySelector('[data-eck-total]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('CarbonCalculator', () => {
  test('shows 1.021 kg for one person, one day, each action once', () => {
    show();
    expect(totalText()).toBe('1.021千克');
    expect(screen.getByText(/我（1 人），1 天，一共少排二氧化碳/)).toBeTruthy();
  });

  test('grades 3–4: whole grams, the sum written out, the country as 约 N 亿克', async () => {
    show();
    fireEvent.click(screen.getByLabelText('三、四年级'));
    await waitFor(() => expect(totalText()).toBe('1021克'));
    expect(screen.getByText('每人每天 218 + 621 + 45 + 96 + 41 = 1021 克')).toBeTruthy();
    expect(window.location.search).toContain('band=3-4');
    const table = screen.getByRole('table');
    expect(table.textContent).toContain('少排（克）');
    expect(table.textContent).not.toMatch(/\d\.\d|千克/);
    const aircon = screen.getByLabelText('少开空调') as HTMLInputElement;
    fireEvent.input(aircon, { target: { value: '1.5' } });
    await screen.findByText('少开空调要填整数，不能有小数。');
    expect(totalText()).toBe('1021克');
    fireEvent.input(aircon, { target: { value: '1' } });
    fireEvent.click(screen.getByLabelText(/全国/));
    await waitFor(() => expect(totalText()).toBe('约14345亿克'));
    expect(screen.getByText('全国的数很大，用计算器算，写成“约几亿克”。')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('五、六年级'));
    // Grades 5–6: 14.0489亿 (end of 2025) × 1.021 千克 ≈ 143.44 万吨.
    await waitFor(() => expect(totalText()).toMatch(/^约143\.\d\d万吨$/));
  });

  test('the + stepper updates the field, the total and the URL', async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: '走楼梯代替坐电梯增加' }));
    fireEvent.click(screen.getByRole('button', { name: '走楼梯代替坐电梯增加' }));
    await waitFor(() => expect(totalText()).toBe('1.457千克'));
    expect((screen.getByLabelText('走楼梯代替坐电梯') as HTMLInputElement).value).toBe('3');
    expect(window.location.search).toContain('stairs=3');
    fireEvent.click(screen.getByRole('button', { name: '少吹电扇减少' }));
    await waitFor(() => expect(totalText()).toBe('1.412千克'));
  });

  test('typing (full-width, 。) updates the total; blur normalises the text', async () => {
    show();
    const input = screen.getByLabelText('少开空调') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '２。５' } });
    // 1.021 + 1.5 × 0.621 = 1.9525 kg
    await waitFor(() => expect(totalText()).toBe('约1.953千克'));
    fireEvent.blur(input);
    await waitFor(() => expect(input.value).toBe('2.5'));
  });

  test('a bad value shows its message next to the field and does not change the result', async () => {
    show();
    const input = screen.getByLabelText('少看电视') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '30' } });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const msgId = input.getAttribute('aria-describedby')?.split(' ')[1] ?? '';
    const msg = document.getElementById(msgId);
    expect(msg?.textContent).toContain('一天只有 24 小时，少看电视不能超过 24 小时。');
    expect(msg?.textContent).toContain('结果仍按 1 小时计算。');
    expect(totalText()).toBe('1.021千克');
    fireEvent.input(input, { target: { value: '2' } });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBeNull());
    expect(totalText()).toBe('1.117千克');
  });

  test('IME composition: nothing is parsed until compositionend', async () => {
    show();
    fireEvent.click(screen.getByLabelText('我们班'));
    const input = await screen.findByLabelText('全班人数');
    compose(input, 'compositionstart');
    fireEvent.input(input, { target: { value: '３' } });
    fireEvent.input(input, { target: { value: '３５' } });
    expect((input as HTMLInputElement).value).toBe('３５');
    expect(screen.getByText(/我们班（40 人）/)).toBeTruthy();
    compose(input, 'compositionend');
    await waitFor(() => expect(screen.getByText(/我们班（35 人）/)).toBeTruthy());
    expect((input as HTMLInputElement).value).toBe('３５');
  });

  test('country: population above 20亿 is rejected; the total stays', async () => {
    show();
    fireEvent.click(screen.getByLabelText('全国'));
    await waitFor(() => expect(totalText()).toBe('约143.45万吨'));
    expect(screen.getByText('也就是约 14.35 亿千克')).toBeTruthy();
    const input = screen.getByLabelText('全国人口');
    fireEvent.input(input, { target: { value: '25' } });
    await waitFor(() => expect(screen.getByText(/全国人口不能超过 20 亿人/)).toBeTruthy());
    expect(totalText()).toBe('约143.45万吨');
  });

  test('a prepared URL restores; a bad value gives a visible notice', async () => {
    window.history.replaceState(
      null,
      '',
      '/calculator/?stairs=2&who=class&class=30&period=week&tv=abc',
    );
    show();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('“abc”不能用'));
    // 30 × 7 × (0.436 + 0.621 + 0.045 + 0.096 + 0.041) = 260.19 kg
    expect(totalText()).toBe('260.19千克');
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  test('the table has the same numbers as the chart; chart.js loads only when visible', async () => {
    show();
    fireEvent.click(screen.getByLabelText('我们班'));
    const cells = await waitFor(() => {
      const c = [...document.querySelectorAll('.eck-calc-table tbody td.eck-num')].map(
        (td) => td.textContent,
      );
      expect(c).toEqual(['8.72', '24.84', '1.8', '3.84', '1.64']);
      return c;
    });
    expect(document.querySelector('.eck-calc-table tfoot td')?.textContent).toBe('40.84');
    expect(drawBarChart).not.toHaveBeenCalled();
    const chartBox = document.querySelector('[data-eck-chart]');
    expect(chartBox).not.toBeNull();
    const entry = {
      isIntersecting: true,
      target: chartBox,
    } as unknown as IntersectionObserverEntry;
    for (const o of observers) o.cb([entry], {} as IntersectionObserver);
    await waitFor(() => expect(drawBarChart).toHaveBeenCalledTimes(1));
    expect(drawBarChart).toHaveBeenCalledWith(
      expect.any(HTMLCanvasElement),
      ['走楼梯代替坐电梯', '少开空调', '少吹电扇', '少看电视', '少开一盏灯'],
      cells.map(Number),
      '千克',
    );
  });
});
