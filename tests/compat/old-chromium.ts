import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Old Chromium builds that ship inside npm packages (devDependencies, so `npm ci` fetches
 * them like any package): `bin/chromium.br` is the brotli-compressed executable. The
 * packages' aws/swiftshader archives are not needed: Debian's chromium provides the libraries.
 */
export const oldChromiums = {
  86: { pkg: 'chrome-aws-lambda', version: '86.0.4240' },
  109: { pkg: '@sparticuz/chromium', version: '109.0.5412' },
} as const;
export type OldChromium = keyof typeof oldChromiums;

/** The executable, decompressed once into node_modules/.cache/eck-chromium/<version>/. */
export function oldChromiumPath(which: OldChromium): string {
  const { pkg, version } = oldChromiums[which];
  const exe = join(root, 'node_modules/.cache/eck-chromium', version, 'chromium');
  if (existsSync(exe)) return exe;
  const packed = join(dirname(require.resolve(`${pkg}/package.json`)), 'bin/chromium.br');
  mkdirSync(dirname(exe), { recursive: true });
  // Written under another name first: a run stopped half-way leaves no broken executable.
  writeFileSync(`${exe}.part`, brotliDecompressSync(readFileSync(packed)));
  chmodSync(`${exe}.part`, 0o755);
  renameSync(`${exe}.part`, exe);
  return exe;
}

/** Hosts the suite opens the site under: school.lan is not a secure context, like an intranet. */
export const intranetHost = 'school.lan';

/** Launch an old Chromium (or Debian's, for `'current'`) headless, school.lan mapped here. */
export function launchChromium(which: OldChromium | 'current'): Promise<Browser> {
  return chromium.launch({
    executablePath:
      which === 'current'
        ? process.env.CHROMIUM_PATH || '/usr/bin/chromium'
        : oldChromiumPath(which),
    args: [
      '--no-sandbox',
      '--no-zygote',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      `--host-resolver-rules=MAP ${intranetHost} 127.0.0.1`,
    ],
  });
}
