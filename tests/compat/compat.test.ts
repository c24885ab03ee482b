/**
 * The kit on the browsers Chinese classrooms have: real Chromium 86 (360/QQ-style kernels) and
 * 109 (Windows 7's last Chrome), compared with Debian's current Chromium, and opened through
 * a plain-http intranet host name (http://school.lan:PORT/, not a secure context: no service
 * worker, no async clipboard, no storage.persist).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distPages } from '../scripts/dist-pages.mjs';
import { islandHydrated, scrollUntilLoaded, watchContext, type PageLog } from '../e2e/browser';
import { pageToday } from '../e2e/clock';
import { A4_POINTS, readPdf } from '../e2e/pdf';
import { serveFolder } from '../e2e/static-server';
import { intranetHost, launchChromium, type OldChromium } from './old-chromium';

// A plain static server like a school's (astro preview refuses other host names).
const server = await serveFolder(
  `${process.cwd()}/dist`,
  (process.env.ECK_BASE || '/').replace(/\/?$/, '/'),
);
const baseURL = server.url;
/** The same server under a name that is not localhost: an insecure context. */
const intranetURL = baseURL.replace('127.0.0.1', intranetHost);
const versions: OldChromium[] = [86, 109];
const pages = distPages();
/** A 4K panel at 250 % scaling. */
const panel = { width: 1536, height: 864 };

const browsers = new Map<OldChromium | 'current', Browser>();
beforeAll(async () => {
  for (const v of [...versions, 'current'] as const) browsers.set(v, await launchChromium(v));
});
afterAll(async () => {
  for (const b of browsers.values()) await b.close();
  await server.close();
});
const browser = (v: OldChromium | 'current') => browsers.get(v) as Browser;

/** Uncaught errors and console errors of a context's pages. */
const problems = (log: PageLog) => [...log.pageErrors, ...log.consoleErrors];

/**
 * Loaded, islands hydrated (but those waiting to be scrolled to), nothing still reading what is
 * stored or loading its fields (the record page and class view while they read storage, the
 * group form while its details load: a screenshot or the first button taken before that
 * differed from one taken after, in either direction), fonts ready. Sections that load near
 * the screen are busy too, until scrolled to: they are not waited for.
 */
async function settle(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('astro-island[ssr]:not([client="visible"])').length === 0 &&
      !document.querySelector('[aria-busy="true"]:not(section)'),
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Computed styles of landmark elements: what an unstyled page (no CSS applied) loses. */
function landmarkStyles(page: Page) {
  return page.evaluate(() => {
    const props = [
      'display',
      'color',
      'background-color',
      'font-size',
      'font-weight',
      'width',
      'margin-left',
      'padding-top',
      'border-top-width',
    ];
    const selectors = ['body', '.eck-site-header', 'main', 'h1', '.eck-site-footer', 'button'];
    const out: Record<string, Record<string, string>> = {};
    for (const sel of selectors) {
      const el = document.querySelector(sel);
      if (!el) continue;
      const s = getComputedStyle(el);
      out[sel] = Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    }
    return out;
  });
}

/** Share of pixels that differ clearly (any channel by more than 64) between two PNGs. */
let comparer: Page | undefined;
async function pixelDifference(a: Buffer, b: Buffer): Promise<number> {
  comparer ??= await browser('current').newPage();
  return comparer.evaluate(
    async ([a64, b64]) => {
      const load = async (src: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${src}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height);
      };
      const [x, y] = await Promise.all([load(a64), load(b64)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differ = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let k = 0; k < 3; k += 1) {
          if (Math.abs((x.data[i + k] as number) - (y.data[i + k] as number)) > 64) {
            differ += 1;
            break;
          }
        }
      }
      return differ / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** What every page looks like in the current Chromium, for the old ones to match. */
const reference = new Map<string, { styles: unknown; shot: Buffer }>();
async function render(v: OldChromium | 'current', path: string, css = true) {
  // The service worker registers and precaches the whole site (2 MB) on the home page only:
  // on the others it would copy the same files into every new context again, which changes
  // nothing the page shows.
  const context = await browser(v).newContext({
    viewport: panel,
    serviceWorkers: path === '' ? 'allow' : 'block',
  });
  const log = watchContext(context);
  const page = await context.newPage();
  if (!css) await page.route('**/*.css', (r) => r.abort());
  await page.goto(`${baseURL}${path}`);
  await settle(page);
  if (!css)
    await page.evaluate(() => document.querySelectorAll('style').forEach((s) => s.remove()));
  const result = { styles: await landmarkStyles(page), shot: await page.screenshot(), log };
  await context.close();
  return result;
}

/**
 * Pixels allowed to differ from the current Chromium: glyph rasterisation of CJK text and
 * form controls change between versions (Chromium 86 differs by up to ~5.5 % on text-heavy
 * pages, 109 by less); a page without its CSS differs by far more (checked below).
 */
const tolerance = 0.07;

describe('every page is styled as in the current Chromium', () => {
  beforeAll(async () => {
    for (const path of pages) {
      const { styles, shot } = await render('current', path);
      reference.set(path, { styles, shot });
    }
  });

  test.each(versions)('Chromium %s: no page error, landmarks styled, pixels close', async (v) => {
    const failures: string[] = [];
    for (const path of pages) {
      const { styles, shot, log } = await render(v, path);
      const ref = reference.get(path);
      expect(problems(log), `/${path}`).toEqual([]);
      expect(styles, `/${path}`).toEqual(ref?.styles);
      const diff = await pixelDifference(shot, ref?.shot as Buffer);
      if (diff > tolerance)
        failures.push(`/${path}: ${(diff * 100).toFixed(1)} % of pixels differ`);
    }
    expect(failures).toEqual([]);
  });

  test('the checks can fail: a page without its CSS (Chromium 86 before the fix) is caught', async () => {
    const path = 'lessons/gum-residue/record/';
    const bare = await render('current', path, false);
    const ref = reference.get(path);
    expect(bare.styles).not.toEqual(ref?.styles);
    expect(await pixelDifference(bare.shot, ref?.shot as Buffer)).toBeGreaterThan(tolerance);
  });
});

/**
 * Playwright's visibility checks (role queries, waiting for "visible", actionability) call
 * Element.checkVisibility, which Chromium has only from 105, in a world a page script cannot
 * polyfill. So these journeys wait in the page (waitForFunction), find elements by CSS and
 * label and act with `force` (no actionability wait), on every version alike.
 */
const force = { force: true } as const;
const button = (within: Page | Locator, text: string) =>
  within.locator('button', { hasText: text });
/** Wait (in the page, no visibility check) until an element matching `selector` has `text`. */
async function waitText(page: Page, selector: string, text = '') {
  await page.waitForFunction(
    ([sel, t]) => [...document.querySelectorAll(sel)].some((e) => e.textContent?.includes(t)),
    [selector, text] as const,
  );
}

/** openNearScreenSection (e2e/browser.ts) without its wait for visibility. */
async function openSection(page: Page, titleId: string) {
  await waitText(page, `[id="${titleId}"]`);
  await page.waitForFunction(scrollUntilLoaded, titleId, { polling: 100 });
}

/** The pupil's files and links, made on each version, for the class view of the other. */
const made = new Map<OldChromium, { file: { name: string; text: string }; link: string }>();
const recordPath = 'lessons/gum-residue/record/';
const classPath = 'lessons/gum-residue/class/';

async function tablet(v: OldChromium): Promise<{ context: BrowserContext; log: PageLog }> {
  const context = await browser(v).newContext({
    viewport: { width: 800, height: 1280 },
    hasTouch: true,
    isMobile: true,
  });
  // What the copy fallback (copyText: a field appended to the body, execCommand) copied, and
  // the file 导出文件 saves (its blob and name; Chromium 86 reports no download events to
  // Playwright, and the CSP rightly refuses fetching blob: URLs).
  await context.addInitScript(() => {
    const blobs = new Map<string, Blob>();
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = this.download ? blobs.get(this.href) : undefined;
      if (blob) {
        const name = this.download;
        void blob
          .text()
          .then((text) => sessionStorage.setItem('eck-test:saved', JSON.stringify({ name, text })));
      }
      click.call(this);
    };
    const copy = document.execCommand.bind(document);
    document.execCommand = (command: string, ...rest: [boolean?, string?]) => {
      const field = document.body.lastElementChild;
      if (command === 'copy' && field instanceof HTMLTextAreaElement) {
        sessionStorage.setItem('eck-test:copied', field.value);
      }
      return copy(command, ...rest);
    };
  });
  return { context, log: watchContext(context) };
}

describe.each(versions)('a pupil on Chromium %s, school intranet over plain http', (v) => {
  test('records a survey typed with full-width digits, reloads, exports a file and a link', async () => {
    const { context, log } = await tablet(v);
    const page = await context.newPage();
    await page.goto(`${intranetURL}${recordPath}`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    // The tip says once that offline use is absent here, instead of promising it.
    const notes = () =>
      page
        .locator('[data-eck-offline]')
        .evaluateAll((els) =>
          els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.textContent?.trim()),
        );
    await expect.poll(notes).toEqual([expect.stringContaining('浏览器不让它离线使用')]);

    // The engine's record page: the group's name, then its nicknames (their field loads with
    // the group details' code), 开始记录.
    await page.getByLabel('小组名称').fill(`第${v}组`, force);
    await waitText(page, 'label', '组员昵称');
    await page.getByLabel(/组员昵称/).fill('小明、小红', force);
    await button(page, '开始记录').tap(force);
    await waitText(page, '.eck-form-message', '已保存小组名称。');
    const named = () =>
      page.waitForFunction(
        (n) => (document.getElementById('eck-group-name') as HTMLInputElement | null)?.value === n,
        `第${v}组`,
      );
    const form = page.locator('section', { has: page.locator('h2', { hasText: '残胶清点' }) });
    // The page's own today (its time zone, not UTC: a run in the evening west of Greenwich
    // would type tomorrow's date, which the form rightly refuses).
    await form.getByLabel('日期', { exact: true }).fill(await pageToday(page), force);
    await form.getByLabel('地点类型', { exact: true }).selectOption('station', force);
    await form.getByLabel(/^地点名称/).fill('火车站候车室', force);
    await form.getByLabel(/^面积（平方米）/).fill('２０', force);
    await form.getByLabel('残胶数量（块）').fill('５', force);
    await button(form, '添加一条清点记录').tap(force);
    const survey = () => waitText(page, '.eck-record-list', '火车站候车室');
    await survey();

    await page.reload();
    await named();
    await survey();

    await waitText(page, '[id="eck-export-title"]');
    await button(page, '导出文件').tap(force);
    await page.waitForFunction(() => sessionStorage.getItem('eck-test:saved') !== null);
    const saved = JSON.parse(
      (await page.evaluate(() => sessionStorage.getItem('eck-test:saved'))) ?? '{}',
    ) as { name: string; text: string };
    const text = saved.text;
    expect(saved.name).toMatch(new RegExp(`^第${v}组-口香糖残胶实验-.*\\.json$`));
    expect(JSON.parse(text)).toMatchObject({
      format: 'eck-investigation',
      investigation: 'gum-residue',
      group: { name: `第${v}组`, nicknames: ['小明', '小红'] },
      // The full-width digits were read as numbers: 5 residues on 20 m².
      records: { survey: [{ values: { areaSquareMetres: 20, count: 5 } }] },
    });

    await button(page, '生成分享链接和二维码').tap(force);
    await waitText(page, 'button', '复制链接');
    await button(page, '复制链接').tap(force);
    await page.waitForFunction(() =>
      /链接已复制|没能自动复制/.test(document.body.textContent ?? ''),
    );
    const link = await page.evaluate(
      () =>
        sessionStorage.getItem('eck-test:copied') ??
        document.querySelector<HTMLTextAreaElement>('.eck-share-link-full')?.value,
    );
    expect(link).toMatch(
      new RegExp(`^${intranetURL}${classPath}#eck-gum-residue1\\.[A-Za-z0-9_-]+$`),
    );
    made.set(v, { file: saved, link: link ?? '' });
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});

describe.each(versions)('the teacher on Chromium %s, school intranet over plain http', (v) => {
  const other = versions.find((x) => x !== v) as OldChromium;

  test('imports the files and links of both versions and draws the charts', async () => {
    // An interactive flat panel: touch, no mouse needed.
    const context = await browser(v).newContext({ viewport: panel, hasTouch: true });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${intranetURL}${classPath}`);
    await page.waitForFunction(() =>
      /已保存|未保存/.test(document.querySelector('.eck-save-state')?.textContent ?? ''),
    );
    for (const from of [v, other]) {
      const file = made.get(from)?.file;
      expect(file, `the file made on Chromium ${from}`).toBeDefined();
      await page.locator('#eck-import-files').setInputFiles([
        {
          name: file?.name ?? '',
          mimeType: 'application/json',
          buffer: Buffer.from(file?.text ?? ''),
        },
      ]);
      await waitText(page, '.eck-import-report', `第${from}组`);
    }
    // The other version's link, opened as the teacher's phone or PC would.
    await page.goto(made.get(other)?.link ?? '');
    await waitText(page, '#eck-link-title');
    await waitText(page, 'section', `“第${other}组”的数据`);
    await button(page, '加到全班数据').tap(force);
    await page.waitForFunction(() => !document.getElementById('eck-link-title'));
    // Both groups (the other version's file and link are the same group: merged once); the
    // charts load when they near the screen.
    await waitText(page, 'h2', '已导入的小组（2）');
    await openSection(page, 'eck-charts-title');

    const canvases = page.locator('.eck-chart-box canvas');
    const n = await canvases.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i += 1) {
      await page.evaluate(
        (k) => document.querySelectorAll('.eck-chart-box canvas')[k]?.scrollIntoView(),
        i,
      );
      await page.waitForFunction(
        (k) =>
          document.querySelectorAll('.eck-chart-box canvas')[k]?.getAttribute('data-drawn') ===
          'true',
        i,
      );
    }
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});

describe.each(versions)('tools on Chromium %s', (v) => {
  test('calculator steppers change the total (intranet)', async () => {
    const context = await browser(v).newContext({ viewport: panel, hasTouch: true });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${intranetURL}calculator/`);
    await settle(page);
    // client:visible: settle() does not wait for it, and a tap before hydration is lost.
    await islandHydrated(page, 'CarbonCalculator');
    const total = async () =>
      ((await page.locator('[data-eck-total]').textContent()) ?? '').replace(/\s+/g, '');
    expect(await total()).toBe('1.021千克');
    await page.locator('button[aria-label="走楼梯代替坐电梯增加"]').tap(force);
    // By hand: one more floor, 0.218 kg.
    await expect.poll(total).toBe('1.239千克');
    expect(problems(log)).toEqual([]);
    await context.close();
  });

  test('the present view moves on with PageDown (a clicker)', async () => {
    const context = await browser(v).newContext({ viewport: panel });
    const log = watchContext(context);
    const page = await context.newPage();
    await page.goto(`${intranetURL}lessons/gum-residue/present/`);
    await settle(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#2');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#1');
    expect(problems(log)).toEqual([]);
    await context.close();
  });

  test('the pledge sheet prints on A4', async () => {
    const context = await browser(v).newContext({ viewport: panel });
    const page = await context.newPage();
    await page.goto(`${intranetURL}print/pledge/`);
    await settle(page);
    const pdf = await readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
    expect(pdf.length).toBeGreaterThan(0);
    for (const p of pdf) {
      expect(p.width).toBeCloseTo(A4_POINTS.width, 0);
      expect(p.height).toBeCloseTo(A4_POINTS.height, 0);
    }
    // (pdfjs reads some CJK glyphs back as Kangxi radicals, e.g. ⽣ for 生.)
    expect(pdf.flatMap((p) => p.texts.map((t) => t.text)).join('')).toContain('倡议书');
    await context.close();
  });

  test('with service-worker registration refused, no page throws', async () => {
    // localhost is a secure context, so the worker would register; Playwright refuses it.
    const context = await browser(v).newContext({ viewport: panel, serviceWorkers: 'block' });
    const log = watchContext(context);
    const page = await context.newPage();
    for (const path of ['', recordPath, classPath, 'calculator/']) {
      await page.goto(`${baseURL}${path}`);
      await settle(page);
    }
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});
