// The builds the test tiers share, each made once by the build tier (tests/run-all.mjs).
/** The site as deployed at the root: dist/. */
export const rootBuild = { dir: 'dist', base: '/' };
/** The same site deployed under a sub-path (ECK_BASE), for the build tests of that case. */
export const baseBuild = { dir: 'dist-eco-kit', base: '/eco-kit/' };
