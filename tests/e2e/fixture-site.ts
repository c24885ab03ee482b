import { join } from 'node:path';
import { fixtureFile, makeProject } from '../build/project';
import { serveFolder } from './static-server';

/**
 * Build a copy of the site with the given fixtures (tests/fixtures/lessons) beside its lessons
 * and serve it, for browser tests of lesson forms the real lessons do not (or not yet) use.
 */
export async function serveFixtureSite(lessons: string[]) {
  const project = makeProject(Object.fromEntries(lessons.map((n) => [n, fixtureFile(n)])));
  const { status, output } = project.build();
  if (status !== 0) {
    project.remove();
    throw new Error(`fixture site did not build:\n${output}`);
  }
  const base = (process.env.ECK_BASE || '/').replace(/\/?$/, '/');
  const server = await serveFolder(join(project.dir, 'dist'), base);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      project.remove();
    },
  };
}
