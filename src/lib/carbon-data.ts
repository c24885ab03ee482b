/**
 * The calculator's data, validated when the site builds: the actions (content/data/
 * carbon-actions.json) joined with their figures in the facts registry (content/data/
 * facts.json). A wrong row stops the build with the file, the row and the field. Server-side
 * only (it pulls in Zod); islands get the parsed data as props.
 */
import actionsJson from '../../content/data/carbon-actions.json';
import { CarbonActionListSchema, type CarbonAction } from '../schemas/carbon-action';
import { PopulationSchema, type Population } from '../schemas/population';
import { parseDataFile } from './data-file';
import { facts, getFact } from './facts/registry';
import { calculatorPopulation, joinCarbonActions, schoolYearDays } from './facts/carbon';

export { parseDataFile } from './data-file';

export const carbonActions: CarbonAction[] = joinCarbonActions(
  parseDataFile(CarbonActionListSchema, actionsJson, 'content/data/carbon-actions.json'),
  facts,
);

export const population: Population = parseDataFile(
  PopulationSchema,
  calculatorPopulation(getFact('population')),
  'content/data/facts.json (population)',
);

/** Days of a school year in the calculator's "1 学年" period. */
export const schoolYear: number = schoolYearDays(getFact('school-year-days'));

/** Ids of every figure the calculator and the check exercise show (for a page's sources list). */
export const calculatorFactIds: string[] = [
  ...carbonActions.map((a) => a.fact),
  'population',
  'school-year-days',
  'school-weeks',
];
