/**
 * The components a lesson's MDX may use without importing them, in one place for the lesson
 * page and the present view (they differ only in how a join code is shown).
 */
import TeacherNote from '../TeacherNote.astro';
import JoinLink from '../JoinLink.astro';
import JoinQr from '../JoinQr.astro';
import Slide from './Slide.astro';
import PhotoSlot from './PhotoSlot.astro';
import Illustration from './Illustration.astro';

const shared = { TeacherNote, Slide, PhotoSlot, Illustration };

/** On the lesson page a join block is a plain link. */
export const lessonPageComponents = { ...shared, JoinQr: JoinLink };

/** In the present view a join block is a large QR code. */
export const presentComponents = { ...shared, JoinQr };
