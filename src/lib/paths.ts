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

/** URL of a lesson's plan (教案) as a Word file; the path stays ASCII for old servers. */
export function lessonPlanDocxPath(base: string, slug: string): string {
  return withBase(base, `lessons/${slug}/jiaoan.docx`);
}

/** Name the plan is saved under: `口香糖残胶去哪儿了-教案.docx`. */
export function lessonPlanFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]/g, '')}-教案.docx`;
}

/** URL of a lesson's printable pupil task sheet (学习任务单). */
export function taskSheetPath(base: string, slug: string): string {
  return withBase(base, `print/${slug}/task-sheet/`);
}
