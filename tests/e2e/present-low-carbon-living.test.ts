// The checks over every slide of the low-carbon-living present view (present-view.ts).
import { checkSlides } from './present-view';

checkSlides('low-carbon-living');
