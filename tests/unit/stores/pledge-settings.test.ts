import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { defaultPledgeSettings, PledgeSettingsSchema } from '../../../src/schemas/pledge-settings';
import { storageMessages } from '../../../src/stores/guarded-persistent';

const KEY = 'eck:pledge-settings:v1';

/** The store module reads storage when it is created, so each test loads it afresh. */
async function loadStore() {
  vi.resetModules();
  return import('../../../src/stores/pledge-settings');
}

beforeEach(() => {
  useTestStorageEngine();
});
afterEach(() => {
  cleanTestStorage();
});

describe('reading what is stored', () => {
  test('valid settings are used', async () => {
    const saved = { ...defaultPledgeSettings, school: '阳光小学', items: ['节约一滴水'] };
    setTestStorageKey(KEY, JSON.stringify(saved));
    const s = await loadStore();
    expect(s.PLEDGE_SETTINGS_KEY).toBe(KEY);
    expect(s.$pledgeSettings.get()).toEqual(saved);
    expect(s.$pledgeLoadNotice.get()).toBeNull();
  });

  test.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ school: 3 })],
    ['unknown field', JSON.stringify({ ...defaultPledgeSettings, extra: true })],
    ['too many items', JSON.stringify({ ...defaultPledgeSettings, items: Array(9).fill('x') })],
    ['negative count', JSON.stringify({ ...defaultPledgeSettings, blankCount: -1 })],
    ['null', 'null'],
  ])('%s: defaults with a notice', async (_case, raw) => {
    setTestStorageKey(KEY, raw);
    const s = await loadStore();
    expect(s.$pledgeSettings.get()).toEqual(defaultPledgeSettings);
    expect(s.$pledgeLoadNotice.get()).toBe(storageMessages.corrupt);
    s.dismissPledgeNotice();
    expect(s.$pledgeLoadNotice.get()).toBeNull();
  });
});

describe('a damaged stored value', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('is copied raw to a backup key once, before anything overwrites it', async () => {
    const backups = new Map<string, string>();
    // Stores loaded by earlier tests hear this write too; stub storage only after it.
    setTestStorageKey(KEY, '{"school":"阳光');
    vi.stubGlobal('localStorage', { setItem: (k: string, v: string) => backups.set(k, v) });
    const s = await loadStore();
    expect([...backups.keys()]).toEqual([expect.stringMatching(/^eck:pledge-settings:v1:backup:/)]);
    expect([...backups.values()]).toEqual(['{"school":"阳光']);
    s.setPledgeText('school', '新学校');
    expect(backups.size).toBe(1);
  });

  test('a backup that cannot be written still loads the defaults with the notice', async () => {
    vi.stubGlobal('localStorage', {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    setTestStorageKey(KEY, 'null');
    const s = await loadStore();
    expect(s.$pledgeSettings.get()).toEqual(defaultPledgeSettings);
    expect(s.$pledgeLoadNotice.get()).toBe(storageMessages.corrupt);
  });
});

describe('actions save valid settings', () => {
  test('text fields are cut to their limit', async () => {
    const s = await loadStore();
    s.setPledgeText('className', '四年三班'.repeat(10));
    expect(s.$pledgeSettings.get().className).toHaveLength(20);
    const stored = JSON.parse(getTestStorage()[KEY] ?? '');
    expect(PledgeSettingsSchema.parse(stored).className).toHaveLength(20);
  });

  test('items: edit, add up to 8, move, remove down to 1', async () => {
    const s = await loadStore();
    s.setPledgeItem(1, '随手关灯');
    expect(s.$pledgeSettings.get().items).toEqual([
      '节约一滴水',
      '随手关灯',
      '节约一张纸',
      '节约一粒米',
    ]);
    expect(s.movePledgeItem(1, -1)).toBe(0);
    expect(s.movePledgeItem(0, -1)).toBe(0);
    expect(s.movePledgeItem(3, 1)).toBe(3);
    expect(s.$pledgeSettings.get().items.slice(0, 2)).toEqual(['随手关灯', '节约一滴水']);
    for (let i = 0; i < 4; i++) expect(s.addPledgeItem()).toBe(4 + i);
    expect(s.addPledgeItem()).toBe(-1);
    expect(s.$pledgeSettings.get().items).toHaveLength(8);
    for (let i = 0; i < 10; i++) s.removePledgeItem(0);
    expect(s.$pledgeSettings.get().items).toHaveLength(1);
    expect(PledgeSettingsSchema.safeParse(JSON.parse(getTestStorage()[KEY] ?? '')).success).toBe(
      true,
    );
  });

  test('reset goes back to the lesson’s defaults', async () => {
    const s = await loadStore();
    s.setPledgeText('school', '阳光小学');
    s.setPledgeOption('layout', 'cards');
    s.resetPledgeSettings();
    expect(s.$pledgeSettings.get()).toEqual(defaultPledgeSettings);
  });
});

test('a failed write keeps the value in memory and says so', async () => {
  const s = await loadStore();
  // The test engine is a plain object: make writes to the key throw like a full quota.
  const storage = getTestStorage() as Record<string, string>;
  Object.defineProperty(storage, KEY, {
    configurable: true,
    get: () => undefined,
    set: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  });
  s.setPledgeText('school', '阳光小学');
  expect(s.$pledgeSettings.get().school).toBe('阳光小学');
  expect(s.$pledgeSaveError.get()).toBe(storageMessages.writeFailed);
  Reflect.deleteProperty(storage, KEY);
  s.setPledgeText('school', '阳光小学二');
  expect(s.$pledgeSaveError.get()).toBeNull();
});
