import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Start `astro preview` over dist/ on a free port; url includes the configured base. */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  const base = (process.env.ECK_BASE || '/').replace(/\/?$/, '/');
  return { url: `http://127.0.0.1:${port}${base}`, close: () => server.stop() };
}
