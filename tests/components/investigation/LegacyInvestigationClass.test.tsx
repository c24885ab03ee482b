// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import LegacyInvestigationClass, {
  legacyInvestigationClassStore,
} from '../../../src/islands/investigation/LegacyInvestigationClass';
import { gumResidueDefinition as gum } from '../../../src/lib/investigation/definitions';
import { GUM_CLASS_KEY, investigationClassKey } from '../../../src/lib/storage/storage-keys';

const raw = readFileSync(
  resolve(__dirname, '../../unit/fixtures/gum-legacy/stored-class-v1.json'),
  'utf8',
);

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('LegacyInvestigationClass (the gum class view on the engine)', () => {
  test('the old class data on this device shows after the update, under the engine’s key too', async () => {
    localStorage.setItem(GUM_CLASS_KEY, raw);
    render(<LegacyInvestigationClass definition={gum} />);
    await screen.findByRole('heading', { name: '已导入的小组（2）' });
    // The teacher is told, and can dismiss it.
    screen.getByText('已把旧版本保存的全班数据转换成新格式。');
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    await waitFor(() =>
      expect(screen.queryByText('已把旧版本保存的全班数据转换成新格式。')).toBeNull(),
    );
    expect(screen.getByText('第3组')).toBeTruthy();
    expect(screen.getByText('绿叶队')).toBeTruthy();
    expect(
      JSON.parse(localStorage.getItem(investigationClassKey(gum.id)) ?? '{}').groups,
    ).toHaveLength(2);
    // The old value is left where it was.
    expect(localStorage.getItem(GUM_CLASS_KEY)).toBe(raw);
  });

  test('old data partly unreadable: the teacher is told how many places and what to do', async () => {
    const old = JSON.parse(raw) as { groups: unknown[] };
    old.groups.push({ group: 'x' });
    localStorage.setItem(GUM_CLASS_KEY, JSON.stringify(old));
    render(<LegacyInvestigationClass definition={gum} />);
    await screen.findByText(
      '已把旧版本保存的全班数据转换成新格式。有 1 处读不出来，没有转换，请把这些小组的文件再导入一次。',
    );
    await screen.findByRole('heading', { name: '已导入的小组（2）' });
  });

  test('one store per definition for the page, reading the old share links too', () => {
    const s = legacyInvestigationClassStore(gum);
    expect(legacyInvestigationClassStore(gum)).toBe(s);
    expect(s.codecs.map((c) => c.prefix)).toContain('eck-gum');
  });
});
