// The site sweep (site-sweep.ts) over the lesson pages of the lessons with an investigation.
import { sweepSlice } from './site-sweep';

sweepSlice('investigations');
