/** The figures each figure-showing component puts on a page (server-side: reads the data files). */
import { calculatorFactIds } from '../carbon-data';
import { gridFactorIds } from './grid';

export const componentFacts: Record<string, readonly string[]> = {
  CarbonCalculatorPanel: calculatorFactIds,
  CarbonCheckPanel: [...calculatorFactIds, 'five-actions-sum', 'national-daily'],
  GridFactors: gridFactorIds,
};
