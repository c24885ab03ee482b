// The site sweep (site-sweep.ts) over the lessons' record, class and sorting-game pages.
import { sweepSlice } from './site-sweep';

sweepSlice('tools');
