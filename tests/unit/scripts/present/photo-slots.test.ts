// @vitest-environment jsdom
/**
 * The photo slot's actions overlap (the stored photo still loading, a save still running):
 * only the latest action shows its picture and sets `data-saved`. The store is a fake whose
 * promises the test settles; jsdom loads no images, so the test fires the picture's `load`.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type Result = { ok: true; value?: unknown } | { ok: false; error: string };
const pending: Record<'load' | 'save' | 'remove', ((r: Result) => void)[]> = {
  load: [],
  save: [],
  remove: [],
};
const wait = (kind: keyof typeof pending) =>
  new Promise<Result>((resolve) => pending[kind].push(resolve));

vi.mock('../../../../src/stores/present/photos', () => ({
  loadPhoto: () => wait('load'),
  savePhoto: () => wait('save'),
  removePhoto: () => wait('remove'),
}));

const { startPhotoSlots } = await import('../../../../src/scripts/present/photo-slots');

let n = 0;
beforeEach(() => {
  for (const k of Object.keys(pending) as (keyof typeof pending)[]) pending[k] = [];
  URL.createObjectURL = () => `blob:photo-${++n}`;
  URL.revokeObjectURL = () => undefined;
  document.body.innerHTML =
    '<section><figure data-photo-slot="a" data-label="我们的实验"></figure></section>';
  startPhotoSlots(document.querySelector('section') as HTMLElement, 'lesson', () => undefined);
});
afterEach(() => {
  document.body.innerHTML = '';
});

const figure = () => document.querySelector('figure') as HTMLElement;
const img = () => figure().querySelector('img') as HTMLImageElement;
const settle = async (kind: keyof typeof pending, r: Result) => {
  await vi.waitFor(() => expect(pending[kind].length).toBeGreaterThan(0));
  pending[kind].shift()?.(r);
};
/** The picture decoded: what the browser does once `src` is set. */
const decoded = async () => {
  await vi.waitFor(() => expect(img().getAttribute('src')).toBeTruthy());
  img().onload?.(new Event('load'));
};
/**
 * Let the slot's callbacks of a settled promise run (each is a microtask or two after it):
 * enough for an overtaken action to show its picture, were it to.
 */
const ticks = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};
function drop(name = 'new.png') {
  const e = new Event('drop', { cancelable: true }) as Event & { dataTransfer: unknown };
  e.dataTransfer = { files: [new File(['png'], name, { type: 'image/png' })] };
  figure().dispatchEvent(e);
}

describe('photo slot: the latest action wins', () => {
  test('a photo dropped while the stored one is still loading stays, and is the one saved', async () => {
    drop();
    await decoded();
    const dropped = img().getAttribute('src');
    await settle('save', { ok: true, value: true });
    await vi.waitFor(() => expect(figure().dataset['saved']).toBe('yes'));
    // The stored photo arrives late: it must not replace the dropped one.
    await settle('load', { ok: true, value: { blob: new Blob(['old']), name: 'old.png' } });
    await ticks();
    expect(img().getAttribute('src')).toBe(dropped);
    expect(figure().dataset['state']).toBe('photo');
    expect(figure().dataset['saved']).toBe('yes');
  });

  test('a photo removed while it is being saved stays removed; 已保存 is the removal’s', async () => {
    await settle('load', { ok: true, value: undefined });
    await vi.waitFor(() => expect(figure().dataset['state']).toBe('empty'));
    drop();
    await decoded();
    await vi.waitFor(() => expect(figure().dataset['state']).toBe('photo'));
    (figure().querySelector('.eck-photo-remove') as HTMLButtonElement).click();
    expect(figure().dataset['state']).toBe('empty');
    await settle('remove', { ok: false, error: '没能移除照片。' });
    await vi.waitFor(() => expect(figure().dataset['saved']).toBe('no'));
    // The earlier save completes last: it neither brings the photo back nor says 已保存.
    await settle('save', { ok: true, value: true });
    await ticks();
    expect(figure().dataset['state']).toBe('empty');
    expect(figure().dataset['saved']).toBe('no');
    expect(figure().querySelector('.eck-photo-message')?.textContent).toBe('没能移除照片。');
  });
});
