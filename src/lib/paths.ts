/**
 * Join the site's base path (import.meta.env.BASE_URL, "/" or "/sub/path" with or
 * without a trailing slash) and a site-relative path, so links work under a sub-path.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** URL of a lesson page. */
export function lessonPath(base: string, slug: string): string {
  return withBase(base, `lessons/${slug}/`);
}

/** URL of a lesson's present view (slides for the projector). */
export function presentPath(base: string, slug: string): string {
  return withBase(base, `lessons/${slug}/present/`);
}
