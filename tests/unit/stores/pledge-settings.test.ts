import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { defaultPledgeSettings, PledgeSettingsSchema } from '../../../src/schemas/pledge-settings';
import {
  createPledgeSettingsStore,
  PLEDGE_SETTINGS_KEY,
  salvagePledgeSettings,
} from '../../../src/stores/pledge-settings';
import { backupKeyFor } from '../../../src/lib/storage/storage-keys';
import { FakeStorage } from './fake-storage';

const KEY = 'eck:pledge-settings:v1';
const NOW = '2026-11-30T08:00:00.000Z';
const roster = '张三、李四\n王五';

function make(storage: FakeStorage | null = new FakeStorage()) {
  const store = createPledgeSettingsStore(
    () => storage,
    () => NOW,
  );
  store.load();
  const stored = () => JSON.parse(storage?.data.get(KEY) ?? 'null') as unknown;
  return { store, storage, stored };
}

describe('reading what is stored', () => {
  test('valid settings are used as they are', () => {
    const saved = { ...defaultPledgeSettings, school: '阳光小学', items: ['节约一滴水'] };
    const s = new FakeStorage();
    s.data.set(KEY, JSON.stringify(saved));
    const { store } = make(s);
    expect(PLEDGE_SETTINGS_KEY).toBe(KEY);
    expect(store.$pledgeSettings.get()).toEqual(saved);
    expect(store.$pledgeNotice.get()).toBeNull();
    expect(store.$pledgeSave.get()).toEqual({ kind: 'saved', at: null });
  });

  const withRoster = { ...defaultPledgeSettings, school: '阳光小学', namesText: roster };
  test.each([
    ['not JSON', '{oops', defaultPledgeSettings],
    ['null', 'null', defaultPledgeSettings],
    [
      'a wrong field type',
      JSON.stringify({ ...withRoster, blankCount: 'x' }),
      { ...withRoster, blankCount: 45 },
    ],
    ['an unknown field', JSON.stringify({ ...withRoster, extra: true }), withRoster],
    [
      'too many items',
      JSON.stringify({ ...withRoster, items: Array(9).fill('x') }),
      { ...withRoster, items: Array(8).fill('x') },
    ],
    [
      'a bad item among good ones',
      JSON.stringify({ ...withRoster, items: ['随手关灯', 7, '节约用纸'] }),
      { ...withRoster, items: ['随手关灯', '节约用纸'] },
    ],
    [
      'a negative count and an unknown layout',
      JSON.stringify({ ...withRoster, blankCount: -1, layout: 'poster' }),
      withRoster,
    ],
    [
      'a roster too long (cut, not lost)',
      JSON.stringify({ ...withRoster, namesText: '名'.repeat(20_005) }),
      { ...withRoster, namesText: '名'.repeat(20_000) },
    ],
    [
      'a __proto__ key',
      `{"__proto__":{"polluted":1},"school":"阳光小学","namesText":${JSON.stringify(roster)}}`,
      withRoster,
    ],
  ])('%s: every valid field is kept, the raw value backed up, a notice', (_n, raw, want) => {
    const s = new FakeStorage();
    s.data.set(KEY, raw);
    const { store, stored } = make(s);
    expect(store.$pledgeSettings.get()).toEqual(want);
    const backupKey = backupKeyFor(KEY, raw);
    expect(store.$pledgeNotice.get()).toMatchObject({ kind: 'recovered', backupKey, raw: null });
    expect(s.data.get(backupKey)).toBe(raw);
    expect(stored()).toEqual(want);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    store.dismissPledgeNotice();
    expect(store.$pledgeNotice.get()).toBeNull();
  });

  test('the next visit finds nothing damaged and writes no second backup', () => {
    const s = new FakeStorage();
    s.data.set(KEY, '{"school":"阳光小学","blankCount":-1}');
    make(s);
    const again = make(s).store;
    expect(again.$pledgeNotice.get()).toBeNull();
    expect([...s.data.keys()].filter((k) => k.includes(':backup:'))).toHaveLength(1);
  });
});

describe('a damaged value when the backup cannot be written', () => {
  const raw = JSON.stringify({ ...defaultPledgeSettings, namesText: roster, blankCount: -1 });
  function full() {
    const s = new FakeStorage();
    s.data.set(KEY, raw);
    s.fill();
    return make(s);
  }

  test('the roster is loaded, the original is neither overwritten nor called saved', () => {
    const { store, storage } = full();
    expect(store.$pledgeSettings.get().namesText).toBe(roster);
    expect(store.$pledgeNotice.get()).toMatchObject({ kind: 'recovered', backupKey: null, raw });
    expect(store.$pledgeSave.get().kind).toBe('held');
    store.setPledgeText('school', '新学校');
    expect(store.$pledgeSettings.get().school).toBe('新学校');
    expect(storage?.data.get(KEY)).toBe(raw);
    expect(store.$pledgeSave.get().kind).toBe('held');
  });

  test('after the user chooses, the current settings are saved over it', () => {
    const { store, storage, stored } = full();
    store.setPledgeText('school', '新');
    if (storage) storage.quota += 10;
    store.releasePledgeDamaged();
    expect(stored()).toMatchObject({ school: '新', namesText: roster });
    expect(store.$pledgeSave.get()).toEqual({ kind: 'saved', at: NOW });
  });
});

describe('salvagePledgeSettings', () => {
  test('property: any damage keeps every valid field and never throws', () => {
    const validValue = fc.record({
      school: fc.string({ maxLength: 40 }),
      className: fc.string({ maxLength: 20 }),
      title: fc.string({ maxLength: 40 }),
      items: fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 8 }),
      date: fc.string({ maxLength: 20 }),
      signers: fc.constantFrom('names', 'blank'),
      namesText: fc.string({ maxLength: 200 }),
      blankCount: fc.integer({ min: 0, max: 300 }),
      layout: fc.constantFrom('sheet', 'cards'),
    });
    const fields = Object.keys(defaultPledgeSettings);
    fc.assert(
      fc.property(
        validValue,
        fc.subarray(fields),
        fc.array(fc.anything()),
        fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
        (valid, broken, junk, extra) => {
          // Break some fields with arbitrary values, add unknown keys.
          const damaged: Record<string, unknown> = { ...extra, ...valid };
          broken.forEach((k, i) => {
            damaged[k] = junk[i % Math.max(junk.length, 1)];
          });
          // As stored: through JSON (which drops undefined values and their keys).
          const stored = JSON.parse(JSON.stringify(damaged)) as Record<string, unknown>;
          const out = salvagePledgeSettings(stored);
          expect(PledgeSettingsSchema.safeParse(out.value).success).toBe(true);
          for (const k of fields) {
            if (!broken.includes(k) && k !== 'items') {
              expect(out.value[k as keyof typeof out.value]).toEqual(
                valid[k as keyof typeof valid],
              );
            }
          }
          if (!broken.includes('items')) expect(out.value.items).toEqual(valid.items);
          // Unknown keys are left out and counted, so the raw value gets its backup.
          if (Object.keys(stored).some((k) => !fields.includes(k))) {
            expect(out.dropped).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('property: any JSON text or value never throws and gives valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        const out = salvagePledgeSettings(input);
        expect(PledgeSettingsSchema.safeParse(out.value).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('actions save valid settings', () => {
  test('text fields are cut to their limit', () => {
    const { store, stored } = make();
    store.setPledgeText('className', '四年三班'.repeat(10));
    expect(store.$pledgeSettings.get().className).toHaveLength(20);
    expect(PledgeSettingsSchema.parse(stored()).className).toHaveLength(20);
  });

  test('items: edit, add up to 8, move, remove down to 1', () => {
    const { store: s, stored } = make();
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
    expect(PledgeSettingsSchema.safeParse(stored()).success).toBe(true);
  });

  test('reset goes back to the lesson’s defaults', () => {
    const { store } = make();
    store.setPledgeText('school', '阳光小学');
    store.setPledgeOption('layout', 'cards');
    store.resetPledgeSettings();
    expect(store.$pledgeSettings.get()).toEqual(defaultPledgeSettings);
  });
});

describe('failed writes keep the value in memory and say why', () => {
  test.each([
    ['quota', (s: FakeStorage): void => s.fill()],
    [
      'unavailable',
      (s: FakeStorage): void => {
        s.blocked = true;
      },
    ],
  ] as const)('%s', (reason, breakIt) => {
    const { store, storage } = make();
    if (!storage) throw new Error('storage');
    store.setPledgeText('school', '阳光');
    breakIt(storage);
    store.setPledgeText('school', '阳光小学');
    expect(store.$pledgeSettings.get().school).toBe('阳光小学');
    expect(store.$pledgeSave.get()).toEqual({ kind: 'failed', reason, at: NOW });
    storage.blocked = false;
    storage.quota = Number.POSITIVE_INFINITY;
    store.setPledgeText('school', '阳光小学二');
    expect(store.$pledgeSave.get()).toEqual({ kind: 'saved', at: NOW });
    expect(storage.data.get(KEY)).toContain('阳光小学二');
  });

  test('no storage at all: failure shown, settings usable', () => {
    const { store } = make(null);
    expect(store.$pledgeSave.get()).toMatchObject({ kind: 'failed', reason: 'unavailable' });
    store.setPledgeText('namesText', roster);
    expect(store.$pledgeSettings.get().namesText).toBe(roster);
  });
});

test('another tab’s settings arrive (the roster a name picker reads)', () => {
  const s = new FakeStorage();
  const { store } = make(s);
  const next = { ...defaultPledgeSettings, namesText: roster };
  const target = new EventTarget();
  const stop = store.listen(target as unknown as Window);
  target.dispatchEvent(
    Object.assign(new Event('storage'), { key: KEY, newValue: JSON.stringify(next) }),
  );
  expect(store.$pledgeSettings.get().namesText).toBe(roster);
  stop();
});
