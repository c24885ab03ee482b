// The checks over every slide of the gum-residue present view (present-view.ts).
import { checkSlides } from './present-view';

checkSlides('gum-residue');
