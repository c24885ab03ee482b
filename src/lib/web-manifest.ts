import { withBase } from './paths';

/** The site's name as the home screen and the browser show it. */
export const siteName = '环保课堂工具箱';
/** Theme colour of the site header, the address bar and the splash screen. */
export const themeColor = '#0b5a2a';

/** One icon of a web app manifest. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: 'any' | 'maskable';
}

/** The fields of a web app manifest the kit sets. */
export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  id: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  icons: ManifestIcon[];
}

/**
 * The web app manifest for a site served under `base` ("/" or "/sub/path/"), so that
 * "add to home screen" opens the kit full-screen at its home page.
 */
export function buildWebManifest(base: string): WebManifest {
  const root = withBase(base, '');
  const icon = (file: string, sizes: string, purpose: 'any' | 'maskable'): ManifestIcon => ({
    src: withBase(base, file),
    sizes,
    type: 'image/png',
    purpose,
  });
  return {
    name: siteName,
    short_name: '环保课堂',
    description: '给小学班会和综合实践课用的环保课程与工具，装到主屏幕后没有网络也能用。',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: root,
    scope: root,
    id: root,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: themeColor,
    icons: [
      icon('icon-192.png', '192x192', 'any'),
      icon('icon-512.png', '512x512', 'any'),
      icon('icon-maskable-512.png', '512x512', 'maskable'),
    ],
  };
}
