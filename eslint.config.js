// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import compat from 'eslint-plugin-compat';

/**
 * Methods newer than the baseline that eslint-plugin-compat cannot see (it has no types, so
 * it never knows `x.at()` is an array's): where each first shipped, from MDN.
 */
const newerMethods = {
  at: 'Chromium 92, Safari 15.4',
  findLast: 'Chromium 97, Safari 15.4',
  findLastIndex: 'Chromium 97, Safari 15.4',
  toSorted: 'Chromium 110, Safari 16',
  toReversed: 'Chromium 110, Safari 16',
  toSpliced: 'Chromium 110, Safari 16',
  checkVisibility: 'Chromium 105, Safari 17.4',
  showPicker: 'Chromium 99, Safari 16',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-eco-kit/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused arguments are sometimes required by a callback's signature; mark them with _.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Code that runs in the browser is checked against package.json's browserslist: an API
    // that Chromium 86 or Safari 14 lacks is an error naming the line, unless it is
    // feature-detected (`if ('x' in y)`) or listed in settings.polyfills.
    files: ['src/**/*.{ts,tsx,astro}', 'src/**/*.astro/*.{js,ts}'],
    ignores: ['src/integrations/**', 'src/content.config.ts'],
    ...compat.configs['flat/recommended'],
    rules: {
      'compat/compat': 'error',
      'no-restricted-syntax': [
        'error',
        ...Object.entries(newerMethods).map(([name, since]) => ({
          selector: `CallExpression[callee.property.name='${name}']`,
          message: `.${name}() needs ${since}; the kit supports Chromium 86 and Safari 14 (package.json browserslist).`,
        })),
      ],
    },
    settings: {
      // ES built-ins too (Array.prototype.at, Object.hasOwn, structuredClone …), not only Web APIs.
      lintAllEsApis: true,
    },
  },
);
