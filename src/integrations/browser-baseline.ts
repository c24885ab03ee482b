/**
 * The browsers the kit supports, from the one `browserslist` in package.json: the JS build
 * target and the compat lint (eslint-plugin-compat) both read it.
 */
import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';

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
