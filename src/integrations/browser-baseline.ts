/**
 * The browsers the kit supports, from the one `browserslist` in package.json: the JS build
 * target, the CSS transform (postcss-preset-env) and the compat lint (eslint-plugin-compat)
 * all read it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import postcss, { type AcceptedPlugin, type Plugin } from 'postcss';
import postcssPresetEnv from 'postcss-preset-env';
import selectorParser from 'postcss-selector-parser';
import { transformWithOxc, type Plugin as VitePlugin } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The project's browserslist queries (package.json `browserslist`). */
export function browserQueries(): string[] {
  const queries = browserslist.loadConfig({ path: root });
  if (!queries?.length) throw new Error('package.json has no browserslist');
  return queries;
}

/** esbuild/Oxc targets (e.g. `chrome86`, `safari14`) for vite's `build.target`. */
export function buildTarget(queries = browserQueries()): string[] {
  return browserslistToEsbuild(queries);
}

/**
 * Lowers each browser chunk's syntax to the build target after bundling. Lowered before
 * bundling (vite's default), a class's static fields become `defineProperty(Class, …)`
 * statements that tree-shaking must keep, so every chart.js controller the kit never uses
 * stayed in the chart chunk (+10 kB gzip). Public fields become plain assignments (no helper
 * import, which a finished chunk could not resolve); a chunk that would still need a helper
 * stops the build.
 */
export function lowerChunks(target = buildTarget()): VitePlugin {
  return {
    name: 'eck-lower-chunks',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    async renderChunk(code, chunk) {
      const result = await transformWithOxc(code, chunk.fileName, {
        target,
        assumptions: { setPublicClassFields: true },
        sourcemap: false,
      });
      if (result.code.includes('@oxc-project/runtime')) {
        this.error(`${chunk.fileName}: lowering to ${target.join(', ')} needs a runtime helper`);
      }
      return { code: result.code, map: null };
    },
  };
}

/**
 * No module preloading in the browser build. Vite wraps every dynamic import in a preload
 * helper with the list of the lazy chunk's own imports, to fetch them side by side: 0.14–0.65
 * kB gzip on every island page, paid before interaction, for a gain only on the first visit
 * (the service worker precaches every chunk, see offline.ts) and only when a lazy piece opens.
 * No lazy chunk brings CSS (the helper would also inject it): tests/build/lazy-chunks.test.ts
 * checks both. Astro builds the client environment with a config of its own, so `build.
 * modulePreload` in astro.config's `vite` does not reach it; this hook does.
 */
export function noModulePreload(): VitePlugin {
  return {
    name: 'eck-no-module-preload',
    apply: 'build',
    configEnvironment: (name) =>
      name === 'client' ? { build: { modulePreload: false } } : undefined,
  };
}

/**
 * Vite keeps its preload helper around every dynamic import even without module preloading
 * (vitejs/vite#13952, #18551), where the list of what to preload is always empty: 0.9 kB gzip
 * on every island page that loads anything lazily, before interaction, for a function that
 * then only calls the import (and turns its failure into a `vite:preloadError` event nothing
 * listens to). This replaces the helper's chunk by that call. A preload list would need the
 * real helper: Vite writes such lists with `__vite__mapDeps`, and the build stops if one
 * appears (tests/build/lazy-chunks.test.ts checks the same on dist/).
 */
export function noEmptyPreloads(): VitePlugin {
  return {
    name: 'eck-no-empty-preloads',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const helper = chunks.find(
          (c) => c.moduleIds.length === 1 && /vite\/preload-helper/.test(c.moduleIds[0] ?? ''),
        );
        if (!helper) return;
        const listing = chunks.find((c) => c.code.includes('__vite__mapDeps'));
        if (listing) this.error(`${listing.fileName} has a preload list: it needs Vite's helper`);
        helper.code = `const f=(i)=>i();export{${helper.exports.map((e) => `f as ${e}`).join(',')}};`;
      },
    },
  };
}

/** The layer names of src/styles/layers.css's `@layer a, b, …;`: the one cascade order. */
export function readLayerOrder(
  file = fileURLToPath(new URL('../styles/layers.css', import.meta.url)),
): string[] {
  const statement = /@layer\s+([^;{]+);/.exec(readFileSync(file, 'utf8'));
  if (!statement?.[1]) throw new Error(`${file} declares no layer order`);
  return statement[1].split(',').map((name) => name.trim());
}

const hasIdSelector = (selector: string): boolean => {
  let found = false;
  selectorParser((nodes) => {
    nodes.walkIds(() => {
      found = true;
    });
  }).processSync(selector);
  return found;
};

/** What @csstools/postcss-cascade-layers adds to selectors: this file was flattened already. */
const flattenedMark = ':not(#\\#)';

/**
 * Cascade layers need Chromium 99; postcss-preset-env flattens them into selector specificity
 * (@csstools/postcss-cascade-layers), which must see the whole cascade at once, while vite
 * hands postcss one file at a time. This plugin gives every file the same view: it prepends
 * the project's one layer order to each file, so a file's layers and its unlayered rules (an
 * Astro component's <style>) get the same specificity steps everywhere. It refuses what would
 * make the steps differ between files: a layer outside that order, an id selector (the steps
 * grow with the largest id count in a file).
 */
export function layerOrderPlugin(order: string[]): Plugin {
  const known = new Set(order);
  return {
    postcssPlugin: 'eck-layer-order',
    Once(css, { result }) {
      // Astro runs a component's <style> through postcss, then vite runs it again.
      if (css.toString().includes(flattenedMark)) return;
      const at = (node: postcss.Node) =>
        `${result.opts.from ?? 'CSS'}:${node.source?.start?.line ?? '?'}`;
      css.walkAtRules('layer', (rule) => {
        for (const name of rule.params.split(',').map((n) => n.trim())) {
          if (!known.has(name)) {
            throw rule.error(
              `${at(rule)}: layer "${name}" is not in src/styles/layers.css (${order.join(', ')})`,
            );
          }
        }
      });
      css.walkRules((rule) => {
        const inKeyframes = rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name);
        if (!inKeyframes && hasIdSelector(rule.selector)) {
          throw rule.error(
            `${at(rule)}: id selector "${rule.selector}": use a class (an id changes the flattened layers' specificity steps)`,
          );
        }
      });
      css.prepend(postcss.atRule({ name: 'layer', params: order.join(', ') }));
    },
  };
}

/** PostCSS plugins that turn the kit's CSS into CSS every supported browser applies. */
export function cssPlugins(queries = browserQueries()): AcceptedPlugin[] {
  return [
    layerOrderPlugin(readLayerOrder()),
    postcssPresetEnv({
      browsers: queries,
      features: {
        // Its polyfill needs a script in the page; each :has() here is an enhancement whose
        // fallback keeps the page usable.
        'has-pseudo-class': false,
      },
    }),
  ];
}
