// The checks over every slide of the campus-litter present view (present-view.ts).
import { checkSlides } from './present-view';

checkSlides('campus-litter');
