import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { buildWebManifest } from '../lib/web-manifest';

/** File names the integration writes into dist/. */
export const serviceWorkerFile = 'sw.js';
export const manifestFile = 'manifest.webmanifest';
/** The page shown for a page that was never cached while offline (src/pages/offline.astro). */
export const offlinePage = 'offline/index.html';

/** Everything a page can need, precached so the whole kit works offline after one visit. */
const precachePatterns = [
  '**/*.{html,js,mjs,css,svg,png,jpg,jpeg,webp,avif,gif,ico,webmanifest,json,csv,txt,pdf,docx}',
];

/**
 * Writes the web app manifest and a Workbox service worker over the built site.
 * Precache URLs are relative to sw.js, so a build under ECK_BASE works as it is.
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'eck-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await writeFile(
          `${out}/${manifestFile}`,
          `${JSON.stringify(buildWebManifest(base), null, 2)}\n`,
        );
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: precachePatterns,
          globIgnores: [serviceWorkerFile, 'workbox-*.js'],
          swDest: `${out}/${serviceWorkerFile}`,
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          // A new version waits until the user taps "更新" (src/components/OfflineSupport.astro).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // Hashed file names under _astro/ already change with their content.
          dontCacheBustURLsMatching: /_astro\//,
          // Pages may carry query strings (?class=…); they are the same page offline.
          ignoreURLParametersMatching: [/.*/],
          runtimeCaching: [
            {
              // A page that was never precached: the network, else the friendly offline page.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: offlinePage } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(
          `${serviceWorkerFile}: ${count} files precached (${(size / 1024).toFixed(0)} kB)`,
        );
      },
    },
  };
}
