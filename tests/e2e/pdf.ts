import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A piece of text on a PDF page, in PDF points from the bottom-left corner. */
export interface PdfText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  texts: PdfText[];
}

/** A4 in PDF points. */
export const A4_POINTS = { width: 595.28, height: 841.89 } as const;
export const POINTS_PER_MM = 72 / 25.4;

/** Read page sizes and positioned text from a PDF (pdfjs legacy build, no canvas needed). */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({ data, useSystemFonts: false });
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const texts: PdfText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      texts.push({
        text: item.str,
        x: item.transform[4] ?? 0,
        y: item.transform[5] ?? 0,
        width: item.width,
        height: item.height,
      });
    }
    pages.push({ width: x1 - x0, height: y1 - y0, texts });
  }
  await task.destroy();
  return pages;
}

/**
 * Text that lies outside the printable box (the page less `marginMm` on every side, with a
 * tolerance for glyph descent), described for a readable failure message.
 */
export function textOutside(page: PdfPage, marginMm: { x: number; y: number }): string[] {
  const mx = marginMm.x * POINTS_PER_MM - 1;
  const my = marginMm.y * POINTS_PER_MM - 3;
  return page.texts
    .filter(
      (t) =>
        t.x < mx ||
        t.x + t.width > page.width - mx ||
        t.y < my ||
        t.y + t.height > page.height - my,
    )
    .map(
      (t) =>
        `${JSON.stringify(t.text)} at (${t.x.toFixed(1)}, ${t.y.toFixed(1)}) w ${t.width.toFixed(1)}`,
    );
}
