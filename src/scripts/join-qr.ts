/**
 * Draws the QR codes of JoinQr.astro: the address is the page's own origin plus the path,
 * so it is right on any school server or laptop. qrcode loads only where a code is shown.
 */
export async function renderJoinCodes(root: ParentNode): Promise<void> {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-join-qr]')];
  if (figures.length === 0) return;
  const { toCanvas } = await import('qrcode');
  for (const figure of figures) {
    const url = new URL(figure.dataset['path'] ?? '/', location.origin).href;
    const canvas = figure.querySelector('canvas');
    const text = figure.querySelector('[data-join-url]');
    if (text) text.textContent = url.replace(/^https?:\/\//, '');
    if (!canvas) continue;
    try {
      await toCanvas(canvas, url, { width: 600, margin: 4, errorCorrectionLevel: 'M' });
      // qrcode fixes the size in pixels; the stylesheet sizes the code to the screen instead.
      canvas.style.removeProperty('width');
      canvas.style.removeProperty('height');
    } catch {
      canvas.setAttribute('aria-label', '二维码生成失败，请在浏览器输入下面的地址');
    }
  }
}
