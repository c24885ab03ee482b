/**
 * The components a lesson's MDX may use without importing them, in one place for the lesson
 * page and the present view (they differ only in how a join code and a figure are shown).
 */
import TeacherNote from '../TeacherNote.astro';
import JoinLink from '../JoinLink.astro';
import JoinQr from '../JoinQr.astro';
import Slide from './Slide.astro';
import PhotoSlot from './PhotoSlot.astro';
import Illustration from './Illustration.astro';
import GradeBands from './GradeBands.astro';
import Fact from '../facts/Fact.astro';
import SlideFact from '../facts/SlideFact.astro';
import GridFactors from '../facts/GridFactors.astro';

const shared = { TeacherNote, Slide, PhotoSlot, Illustration, GradeBands, GridFactors };

/** On the lesson page a join block is a plain link and a figure links to the sources list. */
export const lessonPageComponents = { ...shared, JoinQr: JoinLink, Fact };

/** In the present view a join block is a large QR code and a figure is plain text. */
export const presentComponents = { ...shared, JoinQr, Fact: SlideFact };
