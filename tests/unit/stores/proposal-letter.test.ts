import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { defaultProposalLetter, ProposalLetterSchema } from '../../../src/schemas/proposal-letter';
import {
  createProposalLetterStore,
  letterStoreFor,
  salvageProposalLetter,
} from '../../../src/stores/proposal-letter';
import { backupKeyFor, proposalLetterKey } from '../../../src/lib/storage/storage-keys';
import { FakeStorage } from './fake-storage';

const KEY = 'eck:proposal-letter:v1';
const NOW = '2026-11-30T08:00:00.000Z';
const draft = { ...defaultProposalLetter, body: '我们班发现了很多残胶。', signer: '四年三班' };

function make(storage = new FakeStorage()) {
  const store = createProposalLetterStore(
    () => storage,
    () => NOW,
  );
  store.load();
  return { store, storage };
}

describe('a stored letter', () => {
  test.each([
    ['valid', JSON.stringify(draft), draft, false],
    ['not JSON', '{"title":', defaultProposalLetter, true],
    ['an array', '["not", "a letter"]', defaultProposalLetter, true],
    ['a broken date', JSON.stringify({ ...draft, date: 20261130 }), draft, true],
    [
      'a body too long (cut, not lost)',
      JSON.stringify({ ...draft, body: '字'.repeat(4010) }),
      { ...draft, body: '字'.repeat(4000) },
      true,
    ],
    ['an unknown key', JSON.stringify({ ...draft, font: 'x' }), draft, true],
  ])('%s', (_n, raw, want, damaged) => {
    const storage = new FakeStorage();
    storage.data.set(KEY, raw);
    const { store } = make(storage);
    expect(store.$proposalLetter.get()).toEqual(want);
    if (damaged) {
      expect(store.$proposalNotice.get()).toMatchObject({
        kind: 'recovered',
        backupKey: backupKeyFor(KEY, raw),
      });
      expect(storage.data.get(backupKeyFor(KEY, raw))).toBe(raw);
    } else {
      expect(store.$proposalNotice.get()).toBeNull();
    }
  });

  test('property: any stored value never throws and gives a valid letter keeping valid parts', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 4000 }),
        fc.anything(),
        fc.constantFrom('title', 'greeting', 'signer', 'date'),
        (body, junk, broken) => {
          const out = salvageProposalLetter({ ...draft, body, [broken]: junk });
          expect(ProposalLetterSchema.safeParse(out.value).success).toBe(true);
          expect(out.value.body).toBe(body);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('editing', () => {
  test('fields are cut to their limit and saved at once; reset brings the template back', () => {
    const { store, storage } = make();
    store.setLetterField('title', '倡'.repeat(50));
    expect(store.$proposalLetter.get().title).toHaveLength(30);
    expect(JSON.parse(storage.data.get(KEY) ?? '{}').title).toHaveLength(30);
    store.resetProposalLetter();
    expect(store.$proposalLetter.get()).toEqual(defaultProposalLetter);
  });

  test('a damaged letter that cannot be backed up is not overwritten by typing', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ ...draft, date: 1 });
    storage.data.set(KEY, raw);
    storage.fill();
    const { store } = make(storage);
    expect(store.$proposalLetter.get().body).toBe(draft.body);
    store.setLetterField('signer', '五年一班');
    expect(storage.data.get(KEY)).toBe(raw);
    expect(store.$proposalSave.get().kind).toBe('held');
  });
});

describe('another lesson’s letter', () => {
  const template = { ...defaultProposalLetter, title: '建议书', body: '【调查结果】\n我们建议：' };
  const key = proposalLetterKey('campus-litter');

  test('is kept under its own key, from its own template, beside the gum letter', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, JSON.stringify(draft));
    const litter = createProposalLetterStore(
      () => storage,
      () => NOW,
      { key, template },
    );
    litter.load();
    expect(litter.key).toBe('eck:proposal-letter:campus-litter:v1');
    expect(litter.$proposalLetter.get()).toEqual(template);
    litter.setLetterField('signer', '五年一班');
    expect(JSON.parse(storage.data.get(key) ?? '{}').signer).toBe('五年一班');
    expect(JSON.parse(storage.data.get(KEY) ?? '{}')).toEqual(draft);
    litter.resetProposalLetter();
    expect(litter.$proposalLetter.get()).toEqual(template);
  });

  test('a damaged value is salvaged onto its own template', () => {
    const storage = new FakeStorage();
    storage.data.set(key, JSON.stringify({ title: 3, body: '我们的话' }));
    const litter = createProposalLetterStore(
      () => storage,
      () => NOW,
      { key, template },
    );
    litter.load();
    expect(litter.$proposalLetter.get()).toEqual({ ...template, body: '我们的话' });
    expect(litter.$proposalNotice.get()).toMatchObject({ kind: 'recovered' });
  });

  test('letterStoreFor gives one store per key', () => {
    expect(letterStoreFor({ key, template })).toBe(letterStoreFor({ key, template }));
    expect(letterStoreFor()).not.toBe(letterStoreFor({ key, template }));
    expect(letterStoreFor().key).toBe(KEY);
  });
});
