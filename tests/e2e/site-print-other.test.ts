// The site sweep (site-sweep.ts) over the other printables (campus litter, low-carbon living, the pledge).
import { sweepSlice } from './site-sweep';

sweepSlice('print-other');
