// The site sweep (site-sweep.ts) over the lesson pages of the lessons without an investigation.
import { sweepSlice } from './site-sweep';

sweepSlice('lessons');
