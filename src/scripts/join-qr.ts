/**
 * Draws the QR codes of JoinQr.astro: the address is the page's own origin plus the path,
 * so it is right on any school server or laptop. Only pages with a code load qrcode.
 */
const failed = '二维码生成失败，请在浏览器输入下面的地址';

const joinURL = (figure: HTMLElement) =>
  new URL(figure.dataset['path'] ?? '/', location.origin).href;

export async function renderJoinCodes(root: ParentNode): Promise<void> {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-join-qr]')];
  if (figures.length === 0) return;
  for (const figure of figures) {
    const text = figure.querySelector('[data-join-url]');
    if (text) text.textContent = joinURL(figure).replace(/^https?:\/\//, '');
  }
  let toCanvas: typeof import('qrcode').toCanvas;
  try {
    ({ toCanvas } = await import('qrcode'));
  } catch {
    for (const figure of figures) markFailed(figure);
    return;
  }
  for (const figure of figures) {
    const canvas = figure.querySelector('canvas');
    if (!canvas) continue;
    try {
      await toCanvas(canvas, joinURL(figure), { width: 600, margin: 4, errorCorrectionLevel: 'M' });
      // qrcode fixes the size in pixels; the stylesheet sizes the code to the screen instead.
      canvas.style.removeProperty('width');
      canvas.style.removeProperty('height');
      figure.dataset['state'] = 'ready';
    } catch {
      markFailed(figure);
    }
  }
}

function markFailed(figure: HTMLElement) {
  figure.querySelector('canvas')?.setAttribute('aria-label', failed);
  figure.dataset['state'] = 'error';
}
