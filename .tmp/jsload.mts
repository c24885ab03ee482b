import { chromium } from 'playwright-core';
import { serveFolder } from '/work/main/tests/e2e/static-server.ts';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const server = await serveFolder('/work/main/dist', '/');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of process.argv.slice(2)) {
  const ctx = await b.newContext({ viewport: { width: 1536, height: 864 }, serviceWorkers: 'block' });
  const p = await ctx.newPage();
  const js: string[] = [];
  p.on('request', (r) => { if (r.url().endsWith('.js')) js.push(new URL(r.url()).pathname); });
  await p.goto(server.url + path, { waitUntil: 'networkidle' });
  await p.waitForTimeout(1500);
  const n = js.reduce((a, f) => a + gzipSync(readFileSync('/work/main/dist' + f)).length, 0);
  console.log(path, (n / 1000).toFixed(1), 'kB', js.map((f) => f.split('/').pop()).join(' '));
  await ctx.close();
}
await b.close(); await server.close();
