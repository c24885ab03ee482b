import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launch Debian's Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Everything a page did that a test may want to assert on. */
export interface PageLog {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Record requests, console errors and uncaught errors of every page in a context. */
export function watchContext(context: BrowserContext): PageLog {
  const log: PageLog = { requests: [], consoleErrors: [], pageErrors: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  context.on('page', (page) => watchPage(page, log));
  return log;
}

function watchPage(page: Page, log: PageLog) {
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
}

/** Requests that left the site's own origin (data: and blob: URLs never leave the device). */
export function foreignRequests(log: PageLog, baseURL: string): string[] {
  const own = new URL(baseURL).origin;
  return log.requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    return new URL(u).origin !== own;
  });
}

/** Run axe-core in the page (through the debugger protocol, so the page's CSP still holds). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe;
    return axe.run({ resultTypes: ['violations'] });
  });
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

interface AxeResults {
  violations: {
    id: string;
    impact: string;
    help: string;
    nodes: { target: string[] }[];
  }[];
}

/** Viewports the kit is used at. */
export const viewports = {
  projector: { width: 1920, height: 1080 },
  tablet: { width: 800, height: 1280 },
} as const;
