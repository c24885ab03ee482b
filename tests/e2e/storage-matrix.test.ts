// The storage robustness matrix: every page that keeps data on the tablet, through every way
// that data can be put at risk. Each case checks that nothing already saved is lost and that
// the user sees what happened. A page is a row of `subjects`; a case a page cannot meet (the
// pledge settings have no older version) is left out of its row with the reason beside it.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, viewports } from './browser';
import { daysBefore } from './clock';
import { dropDurableCopy, durableText, failDurableWritesNow, killPage } from './storage';
import { serveDistCopy } from './static-server';
import { PLEDGE_SETTINGS_KEY } from '../../src/stores/pledge-settings';
import { draftRestoredMessage } from '../../src/islands/use-form-draft';
import {
  GUM_CLASS_KEY,
  GUM_RECORD_V1_KEY,
  investigationRecordKey,
} from '../../src/lib/storage/storage-keys';
import {
  fillGumSurvey,
  gumEngineKey,
  gumRecordPath,
  gumRecordReady,
  kindSection,
  listed,
  startGumGroup,
} from './gum-record-steps';
import { makeGroupExport } from '../support/gum-data';
import { classGroupFromExport } from '../../src/lib/gum-merge';
import { GUM_ENGINE_CLASS_KEY, engineGumExport, gumClassPath } from './gum-class-steps';

const baseURL = inject('baseURL');
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Subject {
  name: string;
  /** Path below the site's base. */
  path: string;
  /** The storage key holding what is saved. */
  key: string;
  /** Wait until the island has read storage and can be used. */
  ready(page: Page): Promise<void>;
  /** First steps before anything can be saved (the record page asks for a group). */
  start(page: Page): Promise<void>;
  /** Make one change that is saved at once, recognisable by `label`. */
  save(page: Page, label: string): Promise<void>;
  /** What the page shows as saved, one string per thing. */
  shown(page: Page): Promise<string[]>;
  /** Input the user is still typing (not sent); null where a page has no typed input. */
  draft: {
    fill(page: Page, text: string): Promise<void>;
    value(page: Page): Promise<string>;
    /** What the page says when it brings unsent input back (null: it was saved anyway). */
    restored: string | null;
  } | null;
  /** What the user is told when the device's storage is full. */
  fullMessage: RegExp;
  /** Damage the stored value; `kept`/`lost` are labels of saved things that must or cannot load. */
  corrupt: {
    damage(page: Page): Promise<{ raw: string; kept: string | null; lost: string | null }>;
    message: RegExp;
  };
  /** Data of the previous version and the label it shows as; null when there is none. */
  migration: { key: string; value: () => unknown; label: string; message: RegExp } | null;
}

/**
 * Today on this machine, which the browser shares. A run across midnight types yesterday's date,
 * which every form accepts, and no test compares it with the page's today.
 */
const today = () => daysBefore(0, new Date());

/** The gum experiment's record page: the engine's record island with the gum definition. */
const record: Subject = {
  name: 'record page',
  path: gumRecordPath,
  key: gumEngineKey,
  ready: gumRecordReady,
  async start(page) {
    await startGumGroup(page, '第3组');
  },
  async save(page, label) {
    await fillGumSurvey(page, {
      date: today(),
      place: 'classroom',
      name: label,
      area: '50',
      count: '4',
    });
    await listed(page, '残胶清点').filter({ hasText: label }).first().waitFor();
  },
  // A survey's title is its date: the place's name is in the rest of its line.
  shown: (page) => listed(page, '残胶清点').allTextContents(),
  draft: {
    async fill(page, text) {
      await kindSection(page, '残胶清点')
        .getByLabel(/^地点名称/)
        .fill(text);
      await kindSection(page, '残胶清点').getByLabel('残胶数量（块）').fill('７');
    },
    value: (page) =>
      kindSection(page, '残胶清点')
        .getByLabel(/^地点名称/)
        .inputValue(),
    restored: draftRestoredMessage,
  },
  fullMessage: /存储空间满了/,
  corrupt: {
    async damage(page) {
      const raw = await page.evaluate((k) => {
        const v = JSON.parse(localStorage.getItem(k) ?? '{}');
        v.records.survey[1].values.count = -7; // fails the schema
        const text = JSON.stringify(v);
        localStorage.setItem(k, text);
        return text;
      }, gumEngineKey);
      return { raw, kept: '甲', lost: '乙' };
    },
    message: /读不出来/,
  },
  // What the record page of the code before the engine stored (its version 1) migrates.
  migration: {
    key: GUM_RECORD_V1_KEY,
    value: () => ({
      version: 1,
      groupName: '老数据组',
      surveys: [
        { date: today(), placeType: 'roadside', placeName: '人民路', area: 120, count: 15 },
      ],
    }),
    label: '人民路',
    message: /已把旧版本保存的记录转换成新格式/,
  },
};

const pledge: Subject = {
  name: 'pledge settings',
  path: 'print/pledge/',
  key: PLEDGE_SETTINGS_KEY,
  async ready(page) {
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  },
  async start() {
    // Nothing to set up: the settings start from the lesson's defaults.
  },
  async save(page, label) {
    await page.getByLabel('班级').fill(label);
  },
  shown: async (page) => [await page.getByLabel('班级').inputValue()],
  // Every keystroke is saved, so a half-typed field is already saved.
  draft: {
    fill: (page, text) => page.getByLabel('学校').fill(text),
    value: (page) => page.getByLabel('学校').inputValue(),
    restored: null,
  },
  fullMessage: /存储空间已满/,
  corrupt: {
    async damage(page) {
      const raw = await page.evaluate((k) => {
        const v = JSON.parse(localStorage.getItem(k) ?? '{}');
        v.blankCount = -7; // fails the schema; the class name next to it is valid
        const text = JSON.stringify(v);
        localStorage.setItem(k, text);
        return text;
      }, PLEDGE_SETTINGS_KEY);
      // Each setting is salvaged on its own: nothing valid is lost.
      return { raw, kept: '乙', lost: null };
    },
    message: /能读的内容都已载入/,
  },
  // The settings have had one version only.
  migration: null,
};

/** A group file as a tablet exports it (the engine's), named `label`, with an id of its own per label. */
function groupFile(label: string): { name: string; mimeType: string; buffer: Buffer } {
  const n = 100 + ([...label].reduce((h, c) => (h * 31 + (c.codePointAt(0) ?? 0)) % 800, 7) % 800);
  const file = makeGroupExport(n, { surveys: 1, measurements: 0, observations: 0 });
  file.group.name = label;
  return {
    name: `${label}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(engineGumExport(file))),
  };
}

/** The gum class view on the engine, keeping its data under the engine's key. */
const classView: Subject = {
  name: 'class view',
  path: gumClassPath,
  key: GUM_ENGINE_CLASS_KEY,
  async ready(page) {
    await page.locator('.eck-save-state', { hasText: /已保存|未保存|没能保存/ }).waitFor();
  },
  async start() {
    // Nothing to set up: the teacher imports files straight away.
  },
  async save(page, label) {
    await page.locator('#eck-import-files').setInputFiles(groupFile(label));
    await page.locator('.eck-record-text strong', { hasText: label }).first().waitFor();
  },
  shown: (page) =>
    page
      .locator('section[aria-labelledby="eck-groups-title"] .eck-record-text strong')
      .allTextContents(),
  // Nothing is typed on the class view: every import is saved the moment it is made.
  draft: null,
  fullMessage: /存储空间满了/,
  corrupt: {
    async damage(page) {
      const raw = await page.evaluate((k) => {
        const v = JSON.parse(localStorage.getItem(k) ?? '{}');
        const second = v.groups.find((g: { group: { name: string } }) => g.group.name === '乙');
        second.records.survey[0].values.count = -7; // fails the schema
        const text = JSON.stringify(v);
        localStorage.setItem(k, text);
        return text;
      }, GUM_ENGINE_CLASS_KEY);
      return { raw, kept: '甲', lost: '乙' };
    },
    message: /读不出来/,
  },
  // The class data the view kept before it moved onto the engine (the old format's groups).
  migration: {
    key: GUM_CLASS_KEY,
    value: () => ({
      schemaVersion: 1,
      groups: [
        classGroupFromExport({
          ...makeGroupExport(7, { surveys: 1, measurements: 0, observations: 0 }),
          group: { ...makeGroupExport(7).group, name: '老数据组' },
        }),
      ],
    }),
    label: '老数据组',
    message: /已把旧版本保存的全班数据转换成新格式/,
  },
};

/** An investigation's record page (the engine's), here the campus litter survey's zones. */
const litterRecord: Subject = {
  name: 'campus litter record page',
  path: 'lessons/campus-litter/record/',
  key: investigationRecordKey('campus-litter'),
  async ready(page) {
    await page.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
  },
  async start(page) {
    await page.getByLabel('小组名称').fill('第3组');
    await page.getByRole('button', { name: '开始记录' }).click();
    await page.getByRole('heading', { name: '我们的区域' }).waitFor();
  },
  async save(page, label) {
    await page.getByLabel('区域名称').fill(label);
    await page.getByRole('button', { name: '添加一个区域' }).click();
    await page.locator('.eck-record-list li', { hasText: label }).first().waitFor();
  },
  shown: (page) => page.locator('[aria-label="已记录的我们的区域"] li strong').allTextContents(),
  draft: {
    fill: (page, text) => page.getByLabel('区域名称').fill(text),
    value: (page) => page.getByLabel('区域名称').inputValue(),
    restored: draftRestoredMessage,
  },
  fullMessage: /存储空间满了/,
  corrupt: {
    async damage(page) {
      const raw = await page.evaluate((k) => {
        const v = JSON.parse(localStorage.getItem(k) ?? '{}');
        v.records.zone[1].values.name = 7; // fails the schema
        const text = JSON.stringify(v);
        localStorage.setItem(k, text);
        return text;
      }, investigationRecordKey('campus-litter'));
      return { raw, kept: '甲', lost: '乙' };
    },
    message: /读不出来/,
  },
  // The first version of the engine's records.
  migration: null,
};

const subjects = [record, pledge, classView, litterRecord];

// On the real clock (see class.test.ts); the update test installs a fake one for itself.
function tablet(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: viewports.tablet, hasTouch: true, ...options });
}

async function open(context: BrowserContext, s: Subject, root = baseURL): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${root}${s.path}`);
  await s.ready(page);
  return page;
}

async function reload(page: Page, s: Subject) {
  await page.reload();
  await s.ready(page);
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Poll what the page shows until it contains `label`. */
async function expectShown(page: Page, s: Subject, label: string) {
  await expect.poll(async () => (await s.shown(page)).join('|')).toContain(label);
}

/** Fill the storage of the page's origin to the last byte (a full tablet). */
async function fillStorage(page: Page) {
  const pieces = await page.evaluate(() => {
    let n = 0;
    let chunk = 'x'.repeat(256 * 1024);
    while (chunk.length > 0 && n < 100_000) {
      try {
        localStorage.setItem(`junk:${n}`, chunk);
        n += 1;
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    return n;
  });
  expect(pieces).toBeGreaterThan(0);
}

/** A tablet with the subject started and 甲 saved: the page and what its key then holds. */
async function savedOnce(s: Subject) {
  const context = await tablet();
  const page = await open(context, s);
  await s.start(page);
  await s.save(page, '甲');
  return { context, page, before: await stored(page, s.key) };
}

describe.each(subjects)('$name', (s) => {
  test('reload mid-entry: what was saved survives, the half-filled form comes back', async () => {
    const context = await tablet();
    const page = await open(context, s);
    await s.start(page);
    await s.save(page, '甲');
    await s.draft?.fill(page, '乙半');
    await reload(page, s);
    await expectShown(page, s, '甲');
    if (s.draft) {
      const { draft } = s;
      await expect.poll(() => draft.value(page)).toBe('乙半');
      if (draft.restored) await page.getByText(draft.restored).waitFor();
    }
    await context.close();
  });

  test('a killed page (no unload events) right after a change: the change was saved', async () => {
    const { context, page, before } = await savedOnce(s);
    await killPage(page);
    const again = await open(context, s);
    await expectShown(again, s, '甲');
    await expect(stored(again, s.key)).resolves.toBe(before);
    await context.close();
  });

  test('two tabs: a change in one shows in the other, both ways', async () => {
    const context = await tablet();
    const a = await open(context, s);
    await s.start(a);
    const b = await open(context, s);
    await s.save(a, '甲');
    await expectShown(b, s, '甲');
    await s.save(b, '乙');
    await expectShown(a, s, '乙');
    await reload(a, s);
    await expectShown(a, s, '乙');
    await context.close();
  });

  test('localStorage full: IndexedDB keeps the change alone, and a reload shows it', async () => {
    const { context, page, before } = await savedOnce(s);
    await fillStorage(page);
    // Longer than what is stored, so localStorage has no room for it.
    await s.save(page, '乙：存储满了以后');
    await expectShown(page, s, '乙：存储满了以后');
    await expect.poll(() => durableText(page, s.key)).toContain('乙：存储满了以后');
    expect(await page.getByRole('alert').filter({ hasText: s.fullMessage }).count()).toBe(0);
    expect(await stored(page, s.key)).toBe(before);
    await reload(page, s);
    await expectShown(page, s, '乙：存储满了以后');
    await context.close();
  });

  test('storage full (localStorage and IndexedDB): the user is told, the change stays on the page, nothing saved is lost', async () => {
    const { context, page, before } = await savedOnce(s);
    await fillStorage(page);
    await failDurableWritesNow(page);
    // Longer than what is stored, so the write needs space.
    await s.save(page, '乙：存储满了以后');
    await page.getByRole('alert').filter({ hasText: s.fullMessage }).waitFor();
    await expectShown(page, s, '乙：存储满了以后');
    expect(await stored(page, s.key)).toBe(before);
    await reload(page, s);
    await expectShown(page, s, '甲');
    expect((await s.shown(page)).join('|')).not.toContain('乙');
    await context.close();
  });

  test('a corrupt stored value: what is valid loads, the raw value is backed up, the user is told', async () => {
    const context = await tablet();
    const page = await open(context, s);
    await s.start(page);
    await s.save(page, '甲');
    await s.save(page, '乙');
    const { raw, kept, lost } = await s.corrupt.damage(page);
    // The durable copy gone too: with it, the store would load it instead (durability.test.ts).
    await dropDurableCopy(page, s.key);
    await reload(page, s);
    await page.getByText(s.corrupt.message).first().waitFor();
    if (kept) await expectShown(page, s, kept);
    if (lost) expect((await s.shown(page)).join('|')).not.toContain(lost);
    const backups = await page.evaluate(
      (k) =>
        Object.keys(localStorage)
          .filter((x) => x.startsWith(`${k}:backup:`))
          .map((x) => localStorage.getItem(x)),
      s.key,
    );
    expect(backups).toEqual([raw]);
    await context.close();
  });

  test('a service-worker update while a form is being filled loses nothing', async () => {
    // A copy of dist/ served fresh on every request, so the test can publish a new version.
    const server = await serveDistCopy(dist, new URL(baseURL).pathname);
    const context = await tablet({ serviceWorkers: 'allow' });
    // The page's clock is the test's: its hourly update checks run on demand.
    await context.clock.install();
    try {
      const page = await open(context, s, server.url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await s.start(page);
      await s.save(page, '甲');
      await page.evaluate(() => {
        (window as unknown as { eckMarker: number }).eckMarker = 1;
      });
      await s.draft?.fill(page, '乙半');

      server.publishNewVersion();
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = page.locator('[data-eck-update]');
      await prompt.waitFor({ state: 'visible' });
      await expect(prompt.textContent()).resolves.toContain('有新版本');
      // Nothing reloads by itself: two hours on the tablet's clock (two hourly update checks)
      // and the new version still waits, the half-typed form untouched.
      await page.clock.runFor(2 * 60 * 60 * 1000);
      await expect(
        page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state,
        ),
      ).resolves.toBe('installed');
      await expect(
        page.evaluate(() => (window as unknown as { eckMarker?: number }).eckMarker),
      ).resolves.toBe(1);
      if (s.draft) await expect(s.draft.value(page)).resolves.toBe('乙半');

      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: '更新' }).click(),
      ]);
      await s.ready(page);
      await expect(
        page.evaluate(() => (window as unknown as { eckMarker?: number }).eckMarker),
      ).resolves.toBeUndefined();
      await expectShown(page, s, '甲');
      if (s.draft) {
        const { draft } = s;
        await expect.poll(() => draft.value(page)).toBe('乙半');
        if (draft.restored) await page.getByText(draft.restored).waitFor();
      }
      await expect(prompt.isVisible()).resolves.toBe(false);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe.each(subjects.filter((s) => s.migration))('$name', (s) => {
  test('data of the previous version is migrated, the old key kept, the user told', async () => {
    const m = s.migration;
    if (!m) throw new Error('filtered above');
    const context = await tablet();
    const page = await open(context, s);
    const old = JSON.stringify(m.value());
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [m.key, old] as const);
    await reload(page, s);
    await expectShown(page, s, m.label);
    await page.getByText(m.message).waitFor();
    await expect(stored(page, m.key)).resolves.toBe(old);
    await reload(page, s);
    await expectShown(page, s, m.label);
    await context.close();
  });
});
