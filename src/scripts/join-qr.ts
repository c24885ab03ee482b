/**
 * Draws the QR codes of JoinQr.astro: the address is the page's own origin plus the path,
 * so it is right on any school server or laptop. Only pages with a code load qrcode, and only
 * when a code is first on screen: in the present view its slide is hidden until reached.
 */
const failed = '二维码生成失败，请在浏览器输入下面的地址';

const joinURL = (figure: HTMLElement) =>
  new URL(figure.dataset['path'] ?? '/', location.origin).href;

/** Write the addresses now; draw each code when it is first on screen (at once without IO). */
export function renderJoinCodes(root: ParentNode): void {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-join-qr]')];
  for (const figure of figures) {
    const text = figure.querySelector('[data-join-url]');
    if (text) text.textContent = joinURL(figure).replace(/^https?:\/\//, '');
  }
  if (figures.length === 0) return;
  if (!('IntersectionObserver' in window)) {
    void drawCodes(figures);
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    const shown = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
    for (const figure of shown) observer.unobserve(figure);
    if (shown.length) void drawCodes(shown);
  });
  for (const figure of figures) observer.observe(figure);
}

async function drawCodes(figures: HTMLElement[]): Promise<void> {
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
