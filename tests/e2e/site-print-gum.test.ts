// The site sweep (site-sweep.ts) over the gum-residue printables.
import { sweepSlice } from './site-sweep';

sweepSlice('print-gum');
