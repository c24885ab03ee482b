// The pages of the built site, read from dist/, so every check covers new pages by itself.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Every HTML page in dist/ as a path relative to the site's base: "" for the home page,
 * "lessons/x/" for dist/lessons/x/index.html, "404.html" for other files.
 */
export function distPages(dist = 'dist') {
  const root = resolve(dist);
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return walk(p);
      return p.endsWith('.html') ? [p] : [];
    });
  return walk(root)
    .map((f) =>
      relative(root, f)
        .replace(/\\/g, '/')
        .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}
