import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compare, selectorSpecificity, type Specificity } from '@csstools/selector-specificity';
import postcss, { type AcceptedPlugin } from 'postcss';
import postcssPresetEnv from 'postcss-preset-env';
import selectorParser from 'postcss-selector-parser';
import { describe, expect, test } from 'vitest';
import {
  browserQueries,
  cssPlugins,
  layerOrderPlugin,
  lowerChunks,
  noModulePreload,
  readLayerOrder,
} from '../../../src/integrations/browser-baseline';

const order = readLayerOrder();

/** Each sheet on its own, as vite hands them to postcss; the selectors' specificity by rule. */
function flatten(sheets: Record<string, string>, plugins: () => AcceptedPlugin[] = cssPlugins) {
  const specificity = new Map<string, Specificity>();
  const output: Record<string, string> = {};
  for (const [name, css] of Object.entries(sheets)) {
    const root = postcss(plugins()).process(css, { from: name }).root;
    output[name] = root.toString();
    root.walkRules((rule) => {
      const key = rule.nodes.map((d) => d.toString()).join(';');
      specificity.set(key, selectorSpecificity(selectorParser().astSync(rule.selector)));
    });
  }
  return { specificity, output };
}

/** Sheets as the kit has them: layers in separate files, a component's <style> unlayered. */
const sheets = {
  'base.css':
    '@layer eck.base { .eck-x { color: red } } @layer eck.utilities { .u { color: green } }',
  'record.css': '@layer eck.components { main div.eck-x.big { color: blue } }',
  'Card.astro.css': '.eck-x { color: black }',
};
const [base, components, utilities, unlayered] = [
  'color: red',
  'color: blue',
  'color: green',
  'color: black',
];

describe('cascade layers flattened one file at a time', () => {
  test('the layer order holds across files: later layers and unlayered rules win', () => {
    const { specificity, output } = flatten(sheets);
    const s = (decl: string) => specificity.get(decl) as Specificity;
    expect(compare(s(base), s(components))).toBeLessThan(0);
    // utilities beat components although `.u` is the less specific selector.
    expect(compare(s(components), s(utilities))).toBeLessThan(0);
    expect(compare(s(utilities), s(unlayered))).toBeLessThan(0);
    for (const css of Object.values(output)) expect(css).not.toContain('@layer');
  });

  test('the check can fail: without the shared order an unlayered rule loses', () => {
    const { specificity } = flatten(sheets, () => [postcssPresetEnv({ browsers: ['chrome 86'] })]);
    const s = (decl: string) => specificity.get(decl) as Specificity;
    expect(compare(s(unlayered), s(utilities))).toBeLessThan(0);
  });

  test('a sheet flattened once is left alone the second time (Astro, then vite)', () => {
    const once = flatten({ 'a.css': sheets['Card.astro.css'] }).output['a.css'] as string;
    expect(flatten({ 'a.css': once }).output['a.css']).toBe(once);
  });

  test.each([
    ['a layer not in layers.css', '@layer eck.extra { .a { color: red } }', /layer "eck\.extra"/],
    ['an id selector', '@layer eck.base { #main .a { color: red } }', /id selector "#main \.a"/],
  ])('%s stops the build, naming the file', (_, css, message) => {
    expect(() => postcss([layerOrderPlugin(order)]).process(css, { from: 'x.css' }).css).toThrow(
      message,
    );
    expect(() => postcss([layerOrderPlugin(order)]).process(css, { from: 'x.css' }).css).toThrow(
      /x\.css:1/,
    );
  });

  test('ids inside attribute values and keyframe names are not id selectors', () => {
    const css = '@layer eck.base { a[href="#main"] { color: red } } @keyframes a { 0% { top: 0 } }';
    expect(
      () => postcss([layerOrderPlugin(order)]).process(css, { from: 'x.css' }).css,
    ).not.toThrow();
  });

  test('every sheet in src/styles goes through, with no @layer, :is() or logical shorthand left', () => {
    const dir = join(import.meta.dirname, '../../../src/styles');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
      const from = join(dir, file);
      const css = postcss(cssPlugins()).process(readFileSync(from, 'utf8'), { from }).css;
      expect(css, file).not.toMatch(/@layer|:is\(|margin-inline:|inset-block-start:|\binset:/);
    }
  });
});

test('the CSS transform reads the same browserslist as the build target', () => {
  expect(browserQueries()).toContain('chrome >= 86');
  expect(order[0]).toBe('eck.reset');
  expect(order.at(-1)).toBe('eck.print');
});

describe('chunks lowered to the build target after bundling', () => {
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const lower = async (code: string, target = ['chrome86', 'safari14']) => {
    const hook = lowerChunks(target).renderChunk as (
      this: typeof context,
      code: string,
      chunk: { fileName: string },
    ) => Promise<{ code: string }>;
    return (await hook.call(context, code, { fileName: '_astro/x.js' })).code;
  };

  test('static class fields become assignments, with no helper to import', async () => {
    const code = await lower('export class Bar { static id = "bar"; x = 1; }');
    expect(code).not.toMatch(/static|import/);
    expect(code).toMatch(/Bar\.id = "bar"/);
    expect(code).toMatch(/this\.x = 1/);
  });

  test('syntax the target has is left alone', async () => {
    const code = 'export const a = async (b) => b ?? `${[...b]}`;\n';
    expect(await lower(code)).toBe(code);
  });

  test('syntax that would need a runtime helper stops the build, naming the chunk', async () => {
    await expect(lower('export class A { #x = 1; get x() { return this.#x; } }')).rejects.toThrow(
      /_astro\/x\.js: lowering to chrome86, safari14 needs a runtime helper/,
    );
  });
});

describe('noModulePreload', () => {
  const hook = noModulePreload().configEnvironment as (name: string) => unknown;
  test.each([
    ['client', { build: { modulePreload: false } }],
    ['ssr', undefined],
    ['prerender', undefined],
  ])('the %s environment gets %j', (name, expected) => {
    expect(hook(name)).toEqual(expected);
  });
  test('only in builds', () => {
    expect(noModulePreload().apply).toBe('build');
  });
});
