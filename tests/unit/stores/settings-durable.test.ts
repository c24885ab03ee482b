import { describe, expect, test } from 'vitest';
import { defaultPledgeSettings } from '../../../src/schemas/pledge-settings';
import { defaultProposalLetter } from '../../../src/schemas/proposal-letter';
import { createPledgeSettingsStore } from '../../../src/stores/pledge-settings';
import { createProposalLetterStore } from '../../../src/stores/proposal-letter';
import type { LoadNotice, SaveState } from '../../../src/stores/persisted';
import { PLEDGE_SETTINGS_KEY, PROPOSAL_LETTER_KEY } from '../../../src/lib/storage/storage-keys';
import type { ReadableAtom } from 'nanostores';
import { FakeStorage } from './fake-storage';
import { MemoryDurable, settle } from './fake-durable';

const NOW = '2026-11-30T08:00:00.000Z';

/** What the test needs of a settings store: its value, save state, notice and one edit. */
interface Doc {
  $value: ReadableAtom<object>;
  $save: ReadableAtom<SaveState>;
  $notice: ReadableAtom<LoadNotice | null>;
  /** Type `text` into the field the row names. */
  edit(text: string): void;
}

const rows: {
  name: string;
  key: string;
  field: string;
  valid: object;
  make(s: FakeStorage, d: MemoryDurable): Doc;
}[] = [
  {
    name: 'pledge settings (the pasted roster)',
    key: PLEDGE_SETTINGS_KEY,
    field: 'namesText',
    valid: defaultPledgeSettings,
    make(s, d) {
      const st = createPledgeSettingsStore(
        () => s,
        () => NOW,
        d.engine,
      );
      st.load();
      return {
        $value: st.$pledgeSettings,
        $save: st.$pledgeSave,
        $notice: st.$pledgeNotice,
        edit: (t) => st.setPledgeText('namesText', t),
      };
    },
  },
  {
    name: 'the proposal letter draft',
    key: PROPOSAL_LETTER_KEY,
    field: 'body',
    valid: defaultProposalLetter,
    make(s, d) {
      const st = createProposalLetterStore(
        () => s,
        () => NOW,
        undefined,
        d.engine,
      );
      st.load();
      return {
        $value: st.$proposalLetter,
        $save: st.$proposalSave,
        $notice: st.$proposalNotice,
        edit: (t) => st.setLetterField('body', t),
      };
    },
  },
];

describe.each(rows)('$name keeps a durable copy', ({ key, field, valid, make }) => {
  test('an edit is “saving” until the durable copy is written, then “saved”', async () => {
    const s = new FakeStorage();
    const d = new MemoryDurable();
    const doc = make(s, d);
    await settle();
    doc.edit('张三、李四');
    expect(doc.$save.get().kind).toBe('saving');
    await settle();
    expect(doc.$save.get()).toEqual({ kind: 'saved', at: NOW });
    expect(JSON.parse(d.data.get(key)?.text ?? '{}')[field]).toBe('张三、李四');
  });

  test('localStorage lost the edit (the browser killed right after): the durable copy loads', async () => {
    const d = new MemoryDurable();
    d.data.set(key, { text: JSON.stringify({ ...valid, [field]: '王五' }), at: NOW });
    const doc = make(new FakeStorage(), d);
    await settle();
    expect((doc.$value.get() as Record<string, unknown>)[field]).toBe('王五');
  });

  test('a damaged stored value is backed up once and said, its valid parts kept, not reset', async () => {
    const s = new FakeStorage();
    const raw = JSON.stringify({ ...valid, [field]: '赵六', extra: 1, title: 7 });
    s.data.set(key, raw);
    const doc = make(s, new MemoryDurable());
    await settle();
    expect((doc.$value.get() as Record<string, unknown>)[field]).toBe('赵六');
    expect(doc.$notice.get()).toMatchObject({ kind: 'recovered' });
    const backups = () => [...s.data].filter(([k]) => k.includes(':backup:'));
    expect(backups().map(([, v]) => v)).toEqual([raw]);
    // The next visit finds the repaired value: no second backup, nothing to tell.
    const again = make(s, new MemoryDurable());
    await settle();
    expect(again.$notice.get()).toBeNull();
    expect(backups()).toHaveLength(1);
  });
});
