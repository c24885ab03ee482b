// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import WasteSorter from '../../src/islands/waste-sorting/WasteSorter';
import type { SortCity, SortItem } from '../../src/lib/waste-sorting/rules';
import { WASTE_PREFS_KEY } from '../../src/stores/waste-sorting/prefs';

const items: SortItem[] = [
  {
    id: 'big-bone',
    name: '大骨头',
    category: 'other',
    reason: '又大又硬。',
    picture: 'big-bone',
    minGrade: 1,
  },
  {
    id: 'drink-can',
    name: '易拉罐',
    category: 'recyclable',
    reason: '金属能再生。',
    picture: 'can',
    minGrade: 1,
  },
  {
    id: 'fruit-peel',
    name: '香蕉皮',
    category: 'kitchen',
    reason: '容易腐烂。',
    picture: 'peel',
    minGrade: 1,
  },
  {
    id: 'button-cell',
    name: '纽扣电池',
    category: 'hazardous',
    reason: '有重金属。',
    picture: 'button-cell',
    minGrade: 1,
  },
  {
    id: 'nail-polish',
    name: '过期指甲油',
    category: 'hazardous',
    reason: '有溶剂。',
    picture: 'nail-polish',
    minGrade: 5,
  },
];
const cities: SortCity[] = [
  { id: 'beijing', name: '北京', labels: {}, note: '名称和全国一样。' },
  {
    id: 'shanghai',
    name: '上海',
    labels: { kitchen: '湿垃圾', other: '干垃圾' },
    note: '湿垃圾、干垃圾。',
  },
];

const show = (props: Partial<Parameters<typeof WasteSorter>[0]> = {}) =>
  render(<WasteSorter items={items} cities={cities} {...props} />);
const card = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });
const bin = (label: RegExp) =>
  within(screen.getByRole('group', { name: '四个垃圾桶' })).getByRole('button', { name: label });
const feedback = () => document.querySelector('[data-feedback]')?.textContent ?? '';
const cardNames = () =>
  [...document.querySelectorAll('[data-card]')].map((e) => e.getAttribute('data-card'));

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/lessons/waste-sorting/sort/');
  // No shuffling: Fisher–Yates with random() → 0.999… swaps nothing.
  vi.spyOn(Math, 'random').mockReturnValue(0.9999);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('WasteSorter', () => {
  test('deals the grade band’s cards and shows four numbered bins', () => {
    show();
    expect(cardNames()).toEqual(['big-bone', 'drink-can', 'fruit-peel', 'button-cell']);
    expect(bin(/1 可回收物/)).toBeTruthy();
    expect(bin(/4 其他垃圾/)).toBeTruthy();
    expect(screen.getByText(/还剩 4 张/)).toBeTruthy();
  });

  test('keyboard: a wrong number keeps the card with the reason; the right one absorbs it', () => {
    show();
    const bone = card('大骨头');
    bone.focus();
    fireEvent.keyDown(bone, { key: '3' });
    expect(feedback()).toContain('大骨头不是厨余垃圾，再想想。又大又硬。');
    expect(cardNames()).toContain('big-bone');
    fireEvent.keyDown(card('大骨头'), { key: '4' });
    expect(feedback()).toContain('大骨头：放对了，是其他垃圾。又大又硬。');
    expect(cardNames()).not.toContain('big-bone');
    expect(within(bin(/其他垃圾/)).getByLabelText('已放入 1 张')).toBeTruthy();
    // Focus moves on to the next card so the keyboard stays in the game.
    expect(document.activeElement?.getAttribute('data-card')).toBe('drink-can');
  });

  test('keys the game uses do not reach the page (the present view’s slide keys)', () => {
    show();
    const seen: string[] = [];
    const listen = (e: KeyboardEvent) => seen.push(e.key);
    document.addEventListener('keydown', listen);
    fireEvent.keyDown(card('易拉罐'), { key: '1' });
    fireEvent.keyDown(bin(/可回收物/), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(bin(/有害垃圾/));
    fireEvent.keyDown(bin(/有害垃圾/), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(bin(/可回收物/));
    fireEvent.keyDown(bin(/可回收物/), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(bin(/其他垃圾/));
    fireEvent.keyDown(card('大骨头'), { key: 'x' });
    document.removeEventListener('keydown', listen);
    expect(seen).toEqual(['x']);
  });

  test('the live region announces every result', () => {
    show();
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toBe(document.querySelector('[data-feedback]'));
    fireEvent.keyDown(card('易拉罐'), { key: '1' });
    expect(live?.textContent).toContain('易拉罐：放对了');
  });

  test('tap a card, then a bin (clicker, pen, keyboard Enter)', () => {
    show();
    fireEvent.click(bin(/可回收物/));
    expect(feedback()).toContain('先点一张卡片，再点垃圾桶。');
    fireEvent.click(card('香蕉皮'));
    expect(card('香蕉皮').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(bin(/厨余垃圾/));
    expect(cardNames()).not.toContain('fruit-peel');
  });

  test('two pointers drag two cards at the same time, into the right and a wrong bin', () => {
    show();
    const rects: Record<string, [number, number, number, number]> = {
      recyclable: [0, 500, 100, 600],
      hazardous: [100, 500, 200, 600],
      kitchen: [200, 500, 300, 600],
      other: [300, 500, 400, 600],
    };
    for (const el of document.querySelectorAll<HTMLElement>('[data-bin]')) {
      const [left, top, right, bottom] = rects[el.dataset.bin ?? ''] ?? [0, 0, 0, 0];
      el.getBoundingClientRect = () => ({
        left,
        top,
        right,
        bottom,
        x: left,
        y: top,
        width: right - left,
        height: bottom - top,
        toJSON: () => ({}),
      });
    }
    const can = card('易拉罐');
    const cell = card('纽扣电池');
    fireEvent.pointerDown(can, {
      pointerId: 1,
      clientX: 10,
      clientY: 10,
      button: 0,
      pointerType: 'touch',
    });
    fireEvent.pointerDown(cell, {
      pointerId: 2,
      clientX: 300,
      clientY: 10,
      button: 0,
      pointerType: 'touch',
    });
    fireEvent.pointerMove(can, { pointerId: 1, clientX: 40, clientY: 300 });
    fireEvent.pointerMove(cell, { pointerId: 2, clientX: 320, clientY: 300 });
    expect(can.style.transform).toBe('translate(30px, 290px)');
    expect(cell.classList.contains('is-dragging')).toBe(true);
    fireEvent.pointerUp(can, { pointerId: 1, clientX: 50, clientY: 550 });
    fireEvent.pointerUp(cell, { pointerId: 2, clientX: 350, clientY: 550 });
    expect(cardNames()).not.toContain('drink-can');
    expect(cardNames()).toContain('button-cell');
    expect(cell.style.transform).toBe('');
    expect(feedback()).toContain('纽扣电池不是其他垃圾');
  });

  test('a drag let go outside every bin slides back without a judgement', () => {
    show();
    const can = card('易拉罐');
    fireEvent.pointerDown(can, { pointerId: 7, clientX: 10, clientY: 10, button: 0 });
    fireEvent.pointerMove(can, { pointerId: 7, clientX: 90, clientY: 90 });
    fireEvent.pointerUp(can, { pointerId: 7, clientX: 90, clientY: 90 });
    expect(can.style.transform).toBe('');
    expect(cardNames()).toContain('drink-can');
    expect(feedback().trim()).toBe('');
  });

  test('reveal answers shows each card’s bin', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: '显示答案' }));
    expect(within(card('大骨头')).getByText('其他垃圾')).toBeTruthy();
    expect(screen.getByRole('button', { name: '隐藏答案' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  test('the summary counts the round and lists the items missed most', () => {
    show();
    fireEvent.keyDown(card('纽扣电池'), { key: '4' });
    fireEvent.keyDown(card('纽扣电池'), { key: '1' });
    fireEvent.keyDown(card('大骨头'), { key: '3' });
    for (const [name, key] of [
      ['纽扣电池', '2'],
      ['大骨头', '4'],
      ['易拉罐', '1'],
      ['香蕉皮', '3'],
    ] as const) {
      fireEvent.keyDown(card(name), { key });
    }
    const summary = document.querySelector('[data-summary]');
    expect(summary?.textContent).toContain('本轮结束');
    expect(document.querySelector('[data-summary-counts]')?.textContent?.replace(/\s+/g, '')).toBe(
      '共4张：放对4张，其中一次就放对2张；放错3次。',
    );
    const missed = [...document.querySelectorAll('[data-missed]')].map((e) =>
      e.getAttribute('data-missed'),
    );
    expect(missed).toEqual(['button-cell', 'big-bone']);
    expect(summary?.textContent).toContain(
      '纽扣电池：放错 2 次（放进了其他垃圾、可回收物），应该放有害垃圾',
    );
    fireEvent.click(screen.getByRole('button', { name: '再来一轮' }));
    expect(cardNames()).toHaveLength(4);
  });

  test('city rules rename bins, are kept on the device and in the address', () => {
    show({ syncAddress: true });
    fireEvent.change(screen.getByLabelText('规则'), { target: { value: 'shanghai' } });
    expect(bin(/3 湿垃圾/)).toBeTruthy();
    expect(bin(/4 干垃圾/)).toBeTruthy();
    expect(screen.getByText('上海：湿垃圾、干垃圾。')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(WASTE_PREFS_KEY) ?? '{}').city).toBe('shanghai');
    expect(location.search).toContain('city=shanghai');
    cleanup();
    window.history.replaceState(null, '', '/lessons/waste-sorting/');
    show();
    expect(bin(/干垃圾/)).toBeTruthy();
  });

  test('the address wins over the stored settings; bad values fall back', () => {
    localStorage.setItem(WASTE_PREFS_KEY, JSON.stringify({ city: 'shanghai', band: '3-4' }));
    window.history.replaceState(null, '', '/x/?city=beijing&band=5-6&cards=<script>');
    show();
    expect(bin(/其他垃圾/)).toBeTruthy();
    expect(cardNames()).toContain('nail-polish');
  });

  test('a timed round ends when the time is up, without real waiting', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    window.history.replaceState(null, '', '/x/?time=60');
    show();
    expect(screen.getByText(/剩余时间 1:00/)).toBeTruthy();
    fireEvent.keyDown(card('易拉罐'), { key: '1' });
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.getByText(/剩余时间 0:30/)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.getByText('时间到！')).toBeTruthy();
    expect(document.querySelector('[data-summary-counts]')?.textContent).toContain(
      '还有 3 张没有分完',
    );
    // The summary takes the bins' place: nothing more can be sorted.
    expect(screen.queryByRole('group', { name: '四个垃圾桶' })).toBeNull();
  });

  test('damaged stored settings are reported, backed up and replaced by the defaults', async () => {
    localStorage.setItem(WASTE_PREFS_KEY, '{"city": "shanghai", ');
    show();
    expect(screen.getByRole('status').textContent).toContain('保存的游戏设置读不出来');
    expect(Object.keys(localStorage).some((k) => k.startsWith(`${WASTE_PREFS_KEY}:backup`))).toBe(
      true,
    );
    expect(bin(/其他垃圾/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    // @nanostores/preact re-renders on the next task after a store change.
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  test('storage that refuses writes is reported and the game goes on', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    show();
    fireEvent.change(screen.getByLabelText('年级'), { target: { value: '1-2' } });
    expect(screen.getByRole('alert').textContent).toContain('存储空间已满');
    fireEvent.keyDown(card('易拉罐'), { key: '1' });
    expect(feedback()).toContain('放对了');
  });
});
