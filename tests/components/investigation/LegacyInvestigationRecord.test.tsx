// @vitest-environment jsdom
/**
 * The record page of an investigation whose definition names older formats: the gum
 * experiment's stored data of the code before the engine migrates on the first load, the page
 * says so, and the old key stays where it was.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/preact';
import LegacyInvestigationRecord from '../../../src/islands/investigation/LegacyInvestigationRecord';
import { gumResidueDefinition as def } from '../../../src/lib/investigation/definitions';
import { GUM_RECORD_KEY, investigationRecordKey } from '../../../src/lib/storage/storage-keys';

// jsdom's import.meta.url is not a file URL: the fixture is found from the repository root.
const v2 = readFileSync('tests/unit/fixtures/gum-legacy/stored-record-v2.json', 'utf8');

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('LegacyInvestigationRecord (gum residue)', () => {
  test('a version-2 value of the old record page migrates on first load; the page says so', async () => {
    localStorage.setItem(GUM_RECORD_KEY, v2);
    render(<LegacyInvestigationRecord definition={def} />);
    expect(await screen.findByText('已把旧版本保存的记录转换成新格式。')).toBeTruthy();
    expect((screen.getByLabelText('小组名称') as HTMLInputElement).value).toBe('第3组');
    const stored = JSON.parse(localStorage.getItem(investigationRecordKey(def.id)) ?? '{}');
    expect(stored.group.name).toBe('第3组');
    expect(stored.records.survey.map((s: { id: string }) => s.id)).toContain(
      '00000003-0000-4000-8000-000000000002',
    );
    expect(localStorage.getItem(GUM_RECORD_KEY)).toBe(v2);
  });
});
