/**
 * The class's proposal letter draft on this device, through the guarded layer of
 * `persisted.ts`; in the browser the page's store reads storage when first imported.
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
import { browserStorage, createPersisted, startInBrowser, type StorageEngine } from './persisted';

export { PROPOSAL_LETTER_KEY };

/** Keep every valid part of a stored letter (a text only too long is cut); never throws. */
export function salvageProposalLetter(input: unknown): Salvaged<ProposalLetter> {
  return salvageFields(ProposalLetterSchema, defaultProposalLetter, input, {
    title: cutText(letterLimits.title),
    greeting: cutText(letterLimits.greeting),
    body: cutText(letterLimits.body),
    signer: cutText(letterLimits.signer),
    date: cutText(letterLimits.date),
  });
}

/** Build the letter store and its actions on a storage engine (the page uses localStorage). */
export function createProposalLetterStore(engine: () => StorageEngine | null, now?: () => string) {
  const doc = createPersisted<ProposalLetter>({
    key: PROPOSAL_LETTER_KEY,
    empty: () => ({ ...defaultProposalLetter }),
    salvage: salvageProposalLetter,
    engine,
    ...(now && { now }),
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
      doc.set({ ...defaultProposalLetter });
    },
  };
}

export type ProposalLetterStore = ReturnType<typeof createProposalLetterStore>;

/** The page's store, on localStorage, loaded at once in the browser. */
export const proposalStore = createProposalLetterStore(browserStorage);
startInBrowser(proposalStore);

export const {
  $proposalLetter,
  $proposalSave,
  $proposalNotice,
  dismissProposalNotice,
  releaseProposalDamaged,
  setLetterField,
  resetProposalLetter,
} = proposalStore;
