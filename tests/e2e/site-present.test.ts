// The site sweep (site-sweep.ts) over the present views.
import { sweepSlice } from './site-sweep';

sweepSlice('present');
