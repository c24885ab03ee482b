import { describe, expect, test } from 'vitest';
import { createWastePrefs, WASTE_PREFS_KEY } from '../../../../src/stores/waste-sorting/prefs';
import { FakeStorage } from '../fake-storage';

const cities = [{ id: 'shanghai', name: '上海', labels: {}, note: '' }];

describe('the sorting settings store', () => {
  test('keeps settings and reads them back', () => {
    const storage = new FakeStorage();
    const a = createWastePrefs(cities, () => storage);
    a.load();
    expect(a.set({ city: 'shanghai', band: '1-2', mode: 'tablet', limit: 60, size: 20 })).toBe(
      true,
    );
    const b = createWastePrefs(cities, () => storage);
    b.load();
    expect(b.$value.get()).toEqual({
      city: 'shanghai',
      band: '1-2',
      mode: 'tablet',
      limit: 60,
      size: 20,
    });
  });

  test('a damaged value is backed up and the valid fields kept', () => {
    const storage = new FakeStorage();
    storage.data.set(WASTE_PREFS_KEY, JSON.stringify({ city: 'shanghai', band: 'x' }));
    const s = createWastePrefs(cities, () => storage);
    s.load();
    expect(s.$value.get().city).toBe('shanghai');
    expect(s.$value.get().band).toBe('3-4');
    expect(s.$notice.get()?.kind).toBe('recovered');
  });

  test('a full storage keeps the settings in memory and says so', () => {
    const storage = new FakeStorage();
    const s = createWastePrefs(cities, () => storage);
    s.load();
    storage.quota = 0;
    expect(s.set({ city: 'shanghai', band: '5-6', mode: 'panel', limit: 0, size: 12 })).toBe(false);
    expect(s.$value.get().band).toBe('5-6');
    expect(s.$save.get()).toMatchObject({ kind: 'failed', reason: 'quota' });
  });
});
