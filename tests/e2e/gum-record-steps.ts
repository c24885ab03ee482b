/**
 * What a pupil does on the gum experiment's record page (the investigation engine's record
 * island with the gum-residue definition): open it, name the group, add a record of each kind,
 * read what is listed and stored. Shared by the browser tests that drive that page.
 */
import type { Locator, Page } from 'playwright-core';
import { islandHydrated } from './browser';
import { investigationRecordKey } from '../../src/lib/storage/storage-keys';

export const gumRecordPath = 'lessons/gum-residue/record/';

/** Where the engine keeps the gum record page's data. */
export const gumEngineKey = investigationRecordKey('gum-residue');

/** Wait for the island to hydrate and read storage (the save line leaves "loading"). */
export async function gumRecordReady(page: Page): Promise<void> {
  await islandHydrated(page, 'LegacyInvestigationRecord');
  await page.locator('.eck-save-state', { hasText: /已保存|未保存/ }).waitFor();
}

/** The section of a record kind, by its heading (实验准备, 残胶清点, 残胶测量, 预测, 观察记录). */
export function kindSection(page: Page, title: string): Locator {
  return page.locator('section', { has: page.getByRole('heading', { name: title, exact: true }) });
}

/** The listed records of a kind (`已记录的残胶清点` …); not an observation's entries inside. */
export function listed(page: Page, title: string): Locator {
  return page.getByRole('list', { name: `已记录的${title}` }).locator(':scope > li');
}

/** Name the group (and its grade, nicknames) and start recording. */
export async function startGumGroup(
  page: Page,
  name = '第3组',
  { grade, nicknames }: { grade?: string; nicknames?: string } = {},
): Promise<void> {
  await page.getByLabel('小组名称').fill(name);
  if (grade) await page.getByLabel(grade, { exact: true }).check();
  if (nicknames) await page.getByLabel(/组员昵称/).fill(nicknames);
  await page.getByRole('button', { name: '开始记录' }).tap();
  await page.getByText('已保存小组名称。').waitFor();
}

export interface GumSurvey {
  date: string;
  place: string;
  other?: string;
  name?: string;
  area?: string;
  sides?: [string, string];
  count: string;
  note?: string;
}

/** Fill the survey form and tap its button (the caller checks what came of it). */
export async function fillGumSurvey(page: Page, s: GumSurvey): Promise<void> {
  const form = kindSection(page, '残胶清点');
  await form.getByLabel('日期', { exact: true }).fill(s.date);
  await form.getByLabel('地点类型', { exact: true }).selectOption(s.place);
  if (s.other) await form.getByLabel(/^地点类型名称/).fill(s.other);
  if (s.name !== undefined) await form.getByLabel(/^地点名称/).fill(s.name);
  if (s.sides) {
    await form.getByLabel(/^长（米）/).fill(s.sides[0]);
    await form.getByLabel(/^宽（米）/).fill(s.sides[1]);
  }
  if (s.area !== undefined) await form.getByLabel(/^面积（平方米）/).fill(s.area);
  await form.getByLabel('残胶数量（块）').fill(s.count);
  if (s.note) await form.getByLabel(/^备注/).fill(s.note);
  // Leave the last field first: its check on blur can move the button under a finger's tap.
  await form.getByLabel('残胶数量（块）').blur();
  await form.getByRole('button', { name: '添加一条清点记录' }).tap();
}

/** Add a survey and wait until it is listed. */
export async function addGumSurvey(page: Page, s: GumSurvey): Promise<void> {
  const before = await listed(page, '残胶清点').count();
  await fillGumSurvey(page, s);
  await kindSection(page, '残胶清点').getByText('已添加一条清点记录。').waitFor();
  await listed(page, '残胶清点').nth(before).waitFor();
}

/** Add a measurement (surface, difficulty and one size field by its label) and wait for it. */
export async function addGumMeasurement(
  page: Page,
  m: { surface: string; difficulty: string; size?: [label: RegExp, value: string] },
): Promise<void> {
  const form = kindSection(page, '残胶测量');
  await form.getByLabel('表面', { exact: true }).selectOption(m.surface);
  await form.getByLabel('清除难度').selectOption(m.difficulty);
  if (m.size) await form.getByLabel(m.size[0]).fill(m.size[1]);
  await form.getByRole('button', { name: '添加一条测量记录' }).tap();
  await form.getByText('已添加一条测量记录。').waitFor();
}

/** Save the experiment's setup: its start date, the media and the samples (labels). */
export async function addGumSetup(
  page: Page,
  s: { startDate: string; media: string[]; items: string[] },
): Promise<void> {
  const form = kindSection(page, '实验准备');
  await form.getByLabel('放入样品的日期').fill(s.startDate);
  for (const m of s.media)
    await form.getByRole('group', { name: '放在哪些地方' }).getByLabel(m, { exact: true }).check();
  for (const i of s.items)
    await form.getByRole('group', { name: '比较哪些样品' }).getByLabel(i, { exact: true }).check();
  await form.getByRole('button', { name: '添加实验准备' }).tap();
  await form.getByText('已添加实验准备。').waitFor();
}

/**
 * Add an observation: its date and, per cell of the grid (`'废纸 · 自来水'`), a state (the
 * option's value) and optionally a size; cells not named stay 不填.
 */
export async function addGumObservation(
  page: Page,
  date: string,
  cells: Record<string, { state: string; size?: string }>,
): Promise<void> {
  const form = kindSection(page, '观察记录');
  await form.getByLabel('观察日期').fill(date);
  for (const [cell, v] of Object.entries(cells)) {
    await form.getByLabel(`${cell} 状态`).selectOption(v.state);
    if (v.size) await form.getByLabel(`${cell} 大小（厘米）`).fill(v.size);
  }
  await form.getByRole('button', { name: '添加一次观察记录' }).tap();
  await form.getByText('已添加一次观察记录。').waitFor();
}

/** The engine's stored value of the gum record page, parsed (null when nothing is stored). */
export async function storedGumRecord(page: Page): Promise<{
  group: { id: string; name: string; grade?: number; nicknames?: string[] } | null;
  records: Record<string, { id: string; values: Record<string, unknown> }[]>;
} | null> {
  const text = await page.evaluate((k) => localStorage.getItem(k), gumEngineKey);
  return text === null ? null : JSON.parse(text);
}

/**
 * Wait until the record page shows `name` as its group (the engine has no 小组：… heading: the
 * name stays in its field), e.g. after a value of the old record page was stored and migrated.
 */
export async function gumGroupShown(page: Page, name: string): Promise<void> {
  await gumRecordReady(page);
  await page.waitForFunction(
    (n) => (document.getElementById('eck-group-name') as HTMLInputElement | null)?.value === n,
    name,
  );
}
