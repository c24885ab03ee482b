// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { offline } from './src/integrations/offline.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { slidesHastPlugin } from './src/lib/slides-hast-plugin.ts';
import {
  buildTarget,
  cssPlugins,
  lowerChunks,
  noEmptyPreloads,
  noModulePreload,
} from './src/integrations/browser-baseline.ts';

/**
 * ECK_BASE lets the same build be deployed under a sub-path
 * (e.g. ECK_BASE=/eco-kit/ for https://school.example/eco-kit/).
 */
const base = process.env.ECK_BASE || '/';

export default defineConfig({
  base,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // offline() runs after the build: web app manifest and service worker over dist/.
  integrations: [mdx(), preact(), offline()],
  // Lessons have no code blocks; Shiki's inline styles would also clash with the CSP.
  markdown: {
    syntaxHighlight: false,
    // Every `##` section of a lesson becomes a <section data-slide> for the present view.
    processor: satteri({ hastPlugins: [slidesHastPlugin] }),
  },
  vite: {
    plugins: [lowerChunks(), noModulePreload(), noEmptyPreloads()],
    // Cascade layers flattened, logical properties, :is(), dvh … lowered for the browserslist.
    css: { postcss: { plugins: cssPlugins() } },
    build: {
      // From package.json's browserslist (Chromium 86, Safari 14, …); also the CSS target.
      target: buildTarget(),
      // Layers are flattened before minifying (cssPlugins). esbuild stays: lightningcss dropped
      // the trailing, still empty layers from a `@layer …;` order statement, so should one
      // reach the minifier, a later sheet could reorder eck.print.
      cssMinify: 'esbuild',
      rolldownOptions: {
        // Lowered per chunk after tree-shaking instead (lowerChunks, see plugins).
        transform: { target: 'esnext' },
        output: {
          // Preact, its hooks and nanostores are needed by every island together: one chunk
          // instead of five small ones saves each island page about 0.7 kB gzip of overhead.
          manualChunks(id) {
            if (/node_modules\/(preact|nanostores|@nanostores\/preact)\//.test(id))
              return 'preact-stores';
            return undefined;
          },
        },
      },
    },
  },
  // No telemetry, no prefetching of other pages: the kit makes no request it does not need.
  prefetch: false,
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
});
