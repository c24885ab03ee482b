/**
 * A class's letter draft on this device (the gum lesson's 倡议书, an investigation's 建议书),
 * through the guarded layer of `persisted.ts` with its durable IndexedDB copy; in the browser a page's store reads storage when
 * first asked for.
 */
import {
  defaultProposalLetter,
  letterLimits,
  ProposalLetterSchema,
  type ProposalLetter,
} from '../schemas/proposal-letter';
import { cutText, salvageFields } from '../lib/storage/salvage-fields';
import type { Salvaged } from '../lib/safe-json';
import { PROPOSAL_LETTER_KEY } from '../lib/storage/storage-keys';
import { browserDurableCopy, browserStorage, createPersisted, startInBrowser } from './persisted';
import type { DurableEngine, StorageEngine } from './persisted';

export { PROPOSAL_LETTER_KEY };

/** Keep every valid part of a stored letter (a text only too long is cut); never throws. */
export function salvageProposalLetter(
  input: unknown,
  template: ProposalLetter = defaultProposalLetter,
): Salvaged<ProposalLetter> {
  return salvageFields(ProposalLetterSchema, template, input, {
    title: cutText(letterLimits.title),
    greeting: cutText(letterLimits.greeting),
    body: cutText(letterLimits.body),
    signer: cutText(letterLimits.signer),
    date: cutText(letterLimits.date),
  });
}

/** Which letter: its storage key and its template (the gum lesson's by default). */
export interface LetterOptions {
  key: string;
  template: ProposalLetter;
}

const gumLetter: LetterOptions = { key: PROPOSAL_LETTER_KEY, template: defaultProposalLetter };

/**
 * Build the letter store and its actions on a storage engine and a durable copy (the page uses
 * localStorage and IndexedDB).
 */
export function createProposalLetterStore(
  engine: () => StorageEngine | null,
  now?: () => string,
  { key, template }: LetterOptions = gumLetter,
  durable?: () => Promise<DurableEngine | null>,
) {
  const doc = createPersisted<ProposalLetter>({
    key,
    empty: () => ({ ...template }),
    salvage: (input) => salvageProposalLetter(input, template),
    engine,
    ...(now && { now }),
    ...(durable && { durable }),
  });
  return {
    /** The class's letter draft. */
    $proposalLetter: doc.$value,
    $proposalSave: doc.$save,
    $proposalNotice: doc.$notice,
    load: doc.load,
    listen: doc.listen,
    dismissProposalNotice: doc.dismissNotice,
    /** Save over a damaged stored letter that could not be backed up (the user chose to). */
    releaseProposalDamaged: doc.release,
    /** Change one field of the letter (cut to its limit). */
    setLetterField(field: keyof ProposalLetter, value: string): void {
      doc.set({ ...doc.$value.get(), [field]: value.slice(0, letterLimits[field]) });
    },
    /** Back to the template. */
    resetProposalLetter(): void {
      doc.set({ ...template });
    },
    /** The key the letter is kept under (names the raw-data download). */
    key,
    template,
  };
}

export type ProposalLetterStore = ReturnType<typeof createProposalLetterStore>;

const letterStores = new Map<string, ProposalLetterStore>();

/**
 * The page's store of a letter (the gum lesson's by default), on localStorage with a durable
 * copy, made and loaded
 * in the browser on first use: one per key for the page's life.
 */
export function letterStoreFor(options: LetterOptions = gumLetter): ProposalLetterStore {
  let s = letterStores.get(options.key);
  if (!s) {
    s = createProposalLetterStore(browserStorage, undefined, options, browserDurableCopy);
    startInBrowser(s);
    letterStores.set(options.key, s);
  }
  return s;
}
