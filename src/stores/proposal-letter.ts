import {
  defaultProposalLetter,
  letterLimits,
  ProposalLetterSchema,
  type ProposalLetter,
} from '../schemas/proposal-letter';
import { guardedPersistent } from './guarded-persistent';

/** localStorage key of the proposal letter draft. */
export const PROPOSAL_LETTER_KEY = 'eck:proposal-letter:v1';

const store = guardedPersistent(PROPOSAL_LETTER_KEY, ProposalLetterSchema, defaultProposalLetter);

/** The class's letter draft. */
export const $proposalLetter = store.$value;
export const $proposalLoadNotice = store.$loadNotice;
export const $proposalSaveError = store.$saveError;
export const dismissProposalNotice = store.dismissNotice;

/** Change one field of the letter (cut to its limit). */
export function setLetterField(field: keyof ProposalLetter, value: string): void {
  store.set({ ...$proposalLetter.get(), [field]: value.slice(0, letterLimits[field]) });
}

/** Back to the template. */
export function resetProposalLetter(): void {
  store.set(defaultProposalLetter);
}
