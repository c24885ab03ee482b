/**
 * The fake camera of the scan tests: a browser whose camera plays a Y4M video of QR codes, a
 * wait on the scanner's count of decoded codes, and reading the code an <img> shows.
 */
import jsQR from 'jsqr';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';

/** A browser whose camera plays `file` (Chromium's fake camera, permission granted). */
export function cameraBrowser(file: string): Promise<Browser> {
  return launchBrowser([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ]);
}

/** Wait until the scanner has decoded at least `n` codes (repeats included). */
export async function waitForCodesSeen(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (min) =>
      Number(document.querySelector('.eck-scanner-seen')?.getAttribute('data-codes-seen')) >= min,
    n,
    { timeout: 45_000 },
  );
}

/** Read the QR code an <img> shows, as a camera would: its pixels (grey) into jsQR. */
export async function readQr(img: Locator) {
  const { w, h, grey } = await img.evaluate((el: HTMLImageElement) => {
    const c = document.createElement('canvas');
    c.width = el.naturalWidth;
    c.height = el.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(el, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let bin = '';
    for (let i = 0; i < d.length; i += 4) bin += String.fromCharCode(d[i] ?? 0);
    return { w: c.width, h: c.height, grey: btoa(bin) };
  });
  const g = Buffer.from(grey, 'base64');
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    rgba.fill(g[i] ?? 0, i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, w, h);
}
