// The site sweep (site-sweep.ts) over the waste-sorting printables.
import { sweepSlice } from './site-sweep';

sweepSlice('print-waste');
