import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/**
 * A minimal static server over a folder, read fresh on every request, for tests that change
 * the site while it is served (astro preview caches files). Serves `dir` at `base`.
 */
export async function serveFolder(dir: string, base = '/') {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : null;
    let file = inside === null ? null : normalize(join(dir, inside));
    if (file && !file.startsWith(dir)) file = null;
    try {
      if (!file) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(await readFile(join(dir, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * Serve a fresh copy of dist/ at `base`; `publishNewVersion()` changes its sw.js so the next
 * update check finds a new version (the waiting worker and the "有新版本" prompt follow).
 */
export async function serveDistCopy(dist: string, base: string) {
  const copy = mkdtempSync(join(tmpdir(), 'eck-site-'));
  cpSync(dist, copy, { recursive: true });
  const server = await serveFolder(copy, base);
  return {
    url: server.url,
    publishNewVersion: () => appendFileSync(join(copy, 'sw.js'), `\n// ${Date.now()}\n`),
    close: async () => {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}
