import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { readPdf, textOutside } from './pdf';
test('x', async () => {
  for (const f of (process.env.PDFS ?? '').split(',')) {
    const pages = await readPdf(new Uint8Array(readFileSync(f)));
    console.log(f, pages.length, pages.map((p) => `${p.width}x${p.height} texts ${p.texts.length} outside ${textOutside(p, { x: 12, y: 13 }).slice(0, 5).join('; ')}`));
    console.log(pages[0]?.texts.slice(0, 8));
  }
});
