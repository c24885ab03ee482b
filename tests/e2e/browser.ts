import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, type TestContext } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Browsers launched by this test file; tests/e2e/setup.ts closes their contexts after each test. */
export const launchedBrowsers = new Set<Browser>();

/**
 * Launch Debian's Chromium with the flags this closed network needs (and any `extraArgs`). Every context a test opens
 * in it is closed after that test (tests/e2e/setup.ts), passed or failed, so one failure cannot
 * leak pages, service workers or storage into the next test.
 */
export async function launchBrowser(
  extraArgs: readonly string[] = [],
  { serviceWorkers = false } = {},
): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  launchedBrowsers.add(browser);
  browser.on('disconnected', () => launchedBrowsers.delete(browser));
  if (!serviceWorkers) withoutServiceWorkers(browser);
  return browser;
}

/**
 * Contexts of `browser` block service workers unless a test asks for them with
 * `serviceWorkers: 'allow'` (the update prompt, a photo kept offline, the site sweep's projector
 * load, which checks that precaching asks nothing of another host), or its file launched the
 * browser with `{ serviceWorkers: true }` (offline.test.ts). Every page registers the
 * worker, which precaches the whole site (118 files, 2 MB) into each new context: on two cores
 * that was about a fifth of the browser tests' time, spent on a copy no other test reads.
 * Blocking changes nothing a page shows (it goes on as a website, as on a plain-http
 * intranet server). `browser.newPage()` opens its context through `newContext`.
 */
export function withoutServiceWorkers(browser: Browser): void {
  const open = browser.newContext.bind(browser);
  browser.newContext = (options?: BrowserContextOptions) =>
    open({ serviceWorkers: 'block', ...options });
}

/**
 * Launch this test file's browser before its tests and close it after them. Returns the
 * browser, for the file's tests (call it inside a test or hook).
 */
export function useBrowser(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** Contexts that their own test closes (testContext); the afterEach hook leaves them alone. */
const closedByTheirTest = new WeakSet<BrowserContext>();

/**
 * Close every context still open in the browsers this file launched (an afterEach hook), but
 * those of testContext: in a file whose tests run concurrently, the hook after one test must not
 * close another's.
 */
export async function closeOpenContexts(): Promise<void> {
  for (const browser of launchedBrowsers) {
    const open = browser.contexts().filter((c) => !closedByTheirTest.has(c));
    await Promise.all(open.map((c) => c.close().catch(() => undefined)));
  }
}

/**
 * A context that belongs to test `t` and is closed when it finishes, passed or failed. For tests
 * that run concurrently (`describe.concurrent`), where the afterEach hook cannot tell whose
 * context is whose.
 */
export async function testContext(
  t: TestContext,
  browser: Browser,
  options?: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  closedByTheirTest.add(context);
  t.onTestFinished(() => context.close().catch(() => undefined));
  return context;
}

/** Everything a page did that a test may want to assert on. */
export interface PageLog {
  /** Every request, the service worker's too (for "no request leaves the site"). */
  requests: string[];
  /** Requests made by pages themselves, not by the service worker precaching the site. */
  pageRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Record requests, console errors and uncaught errors of every page in a context. */
export function watchContext(context: BrowserContext): PageLog {
  const log: PageLog = { requests: [], pageRequests: [], consoleErrors: [], pageErrors: [] };
  context.on('request', (r) => {
    log.requests.push(r.url());
    if (!r.serviceWorker()) log.pageRequests.push(r.url());
  });
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

/**
 * Run axe-core in the page (through the debugger protocol, so the page's CSP still holds).
 * `exclude`: selectors of parts to leave out, e.g. the slides of a deck not on screen, which
 * axe would only walk past (each is checked when it is the one shown).
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  // Once per document: a deck's slides are checked one after another in the same page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async (excluded) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: object, options: object) => Promise<AxeResults> };
      }
    ).axe;
    return axe.run({ exclude: excluded }, { resultTypes: ['violations'] });
  }, exclude);
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
  /** A 4K panel at 250 % scaling. */
  panel: { width: 1536, height: 864 },
  tablet: { width: 800, height: 1280 },
} as const;

/**
 * Record Content-Security-Policy violations in every page of a context: the page's own
 * `securitypolicyviolation` events and Chromium's console reports. Call before opening pages.
 */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__eckCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __eckCspViolation: (t: string) => void })
        .__eckCspViolation;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}`);
    });
  });
  context.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return violations;
}

/** What a keyboard walk through a page found. */
export interface KeyboardReport {
  /** Controls that take focus by Tab, in document order. */
  controls: string[];
  /** Controls that Tab never reached. */
  unreachable: string[];
  /** Controls that were focused with no visible outline or box-shadow. */
  invisibleFocus: string[];
}

/**
 * Press Tab through the whole page: every visible interactive control must be reached, and
 * each must show a focus ring (outline or box-shadow) while focused.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardReport> {
  const controls = await page.evaluate(() => {
    const selector = [
      'a[href]',
      'area[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      'summary',
      'iframe',
      '[contenteditable="true"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const els = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        el.checkVisibility({ visibilityProperty: true }) &&
        !el.closest('[inert]'),
    );
    // Tab enters a radio group once (arrow keys move inside it): one stop per group.
    const stops: HTMLElement[][] = [];
    const groups = new Map<string, HTMLElement[]>();
    for (const el of els) {
      const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name;
      const key = radio ? `${el.form ? 'form' : 'doc'}:${el.name}` : '';
      const group = key ? groups.get(key) : undefined;
      if (group) group.push(el);
      else {
        const stop = [el];
        stops.push(stop);
        if (key) groups.set(key, stop);
      }
    }
    return stops.map((members, i) => {
      for (const member of members) member.dataset.eckKb = String(i);
      const [el] = members as [HTMLElement];
      const name = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${name}”`;
    });
  });
  // Each focus move is logged in the page as it happens (the control's index and whether it
  // shows a ring then), so the walk presses Tab a batch at a time and reads the log once per
  // batch instead of asking the page after every press: one round trip per press, not two.
  await page.evaluate(() => {
    const log: ({ index: number; ring: boolean } | null)[] = [];
    (window as unknown as { __eckKbLog: typeof log }).__eckKbLog = log;
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      if (el.dataset?.eckKb === undefined) return void log.push(null);
      const s = getComputedStyle(el);
      const ring =
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      log.push({ index: Number(el.dataset.eckKb), ring });
    });
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const reached = new Set<number>();
  const invisible = new Set<number>();
  // Enough presses to pass every control, plus a few for radio groups and the like.
  const presses = controls.length + 5;
  const batch = 10;
  let read = 0;
  let done = false;
  for (let pressed = 0; pressed < presses && !done;) {
    for (const end = Math.min(presses, pressed + batch); pressed < end; pressed++) {
      await page.keyboard.press('Tab');
    }
    const log = await page.evaluate(
      (from) =>
        (
          window as unknown as { __eckKbLog: ({ index: number; ring: boolean } | null)[] }
        ).__eckKbLog.slice(from),
      read,
    );
    read += log.length;
    for (const seen of log) {
      if (!seen) continue;
      // Back at a control already seen once all were reached: the walk has gone round.
      if (reached.has(seen.index) && reached.size === controls.length) {
        done = true;
        break;
      }
      reached.add(seen.index);
      if (!seen.ring) invisible.add(seen.index);
    }
  }
  return {
    controls,
    unreachable: controls.filter((_, i) => !reached.has(i)),
    invisibleFocus: controls.filter((_, i) => invisible.has(i)),
  };
}

/**
 * The offline shell (service-worker registration, inlined by Astro or its own file), the update
 * prompt it loads when a new version waits, and sw.js.
 */
const shellScript = /\/(OfflineSupport\.astro_[^/]+|eck-update-prompt|sw)\.js$/;

/** JavaScript a page loaded of its own: every script request but the offline shell. */
export function pageScripts(log: PageLog): string[] {
  return log.pageRequests.filter(
    (u) => u.endsWith('.js') && !shellScript.test(new URL(u).pathname),
  );
}

/**
 * Scroll to a section that loads its code when it nears the screen (LoadNearScreen) and wait
 * until it has: `titleId` is the id of its heading.
 */
export async function openNearScreenSection(page: Page, titleId: string): Promise<void> {
  const loaded = page.locator(`section[aria-labelledby="${titleId}"]:not([aria-busy])`);
  await page.locator(`[id="${titleId}"]`).waitFor();
  await page.waitForFunction(scrollUntilLoaded, titleId, { polling: 100 });
  await loaded.scrollIntoViewIfNeeded();
}

/**
 * In the page: true once the section titled `titleId` has loaded; until then scrolls its
 * heading into view again at each poll. One scroll is not enough: sections above it that load
 * as they pass the screen grow and can push it out of reach again (seen on Chromium 86). Plain
 * DOM calls: the placeholder may be swapped for the loaded section at any moment, which a
 * locator's scroll (it waits for a stable element) would report as detached.
 */
export function scrollUntilLoaded(titleId: string): boolean {
  if (document.querySelector(`section[aria-labelledby="${titleId}"]:not([aria-busy])`)) return true;
  document.getElementById(titleId)?.scrollIntoView();
  return false;
}

/**
 * Scroll an island into view and wait until it has hydrated (Astro drops its ssr attribute).
 * A tap before that lands on server-rendered HTML with no handler and is lost.
 */
export async function islandHydrated(page: Page, component: string): Promise<void> {
  // Plain DOM calls: Playwright's locator actions need checkVisibility (Chromium 105+), which
  // the Chromium 86 of the compatibility tests does not have. Scrolled again on every poll:
  // sections above may still change height (content-visibility, images) and move it away.
  await page.waitForFunction((s) => {
    const island = document.querySelector(s);
    if (!island) return false;
    if (!island.hasAttribute('ssr')) return true;
    // astro-island is display: contents (no box to scroll to): its first element has one.
    (island.firstElementChild ?? island).scrollIntoView({ block: 'nearest' });
    return false;
  }, `astro-island[component-url*="${component}"]`);
}
