import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { baseBuild, rootBuild } from '../scripts/builds.mjs';
import { repoRoot } from './project';

/** The build tests read the shared builds; without them they would fail with ENOENT. */
export default function setup() {
  for (const { dir } of [rootBuild, baseBuild]) {
    if (!existsSync(join(repoRoot, dir, 'index.html'))) {
      throw new Error(
        `${dir}/ is missing: run the build tier (npm run test:build), which builds it first.`,
      );
    }
  }
}
