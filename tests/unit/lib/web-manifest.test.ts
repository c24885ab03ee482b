import { describe, expect, test } from 'vitest';
import { buildWebManifest, siteName, themeColor } from '../../../src/lib/web-manifest';

describe.each([
  ['/', '/'],
  ['/eco-kit/', '/eco-kit/'],
  ['/eco-kit', '/eco-kit/'],
])('buildWebManifest(%j)', (base, root) => {
  const m = buildWebManifest(base);

  test(`starts, is scoped and identified at ${root}`, () => {
    expect([m.start_url, m.scope, m.id]).toEqual([root, root, root]);
  });

  test('icons live under the base, with a maskable one for Android home screens', () => {
    expect(m.icons.every((i) => i.src.startsWith(root) && i.type === 'image/png')).toBe(true);
    expect(m.icons.map((i) => [i.sizes, i.purpose])).toEqual([
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]);
  });
});

test('opens standalone, in Chinese, with the header colour', () => {
  expect(buildWebManifest('/')).toMatchObject({
    name: siteName,
    lang: 'zh-CN',
    display: 'standalone',
    theme_color: themeColor,
  });
  expect(siteName).toBe('环保课堂工具箱');
  expect(themeColor).toBe('#0b5a2a');
});
