/**
 * The facts registry: every figure the kit teaches, from content/data/facts.json, validated
 * when the site builds (a wrong row stops the build naming the row and field). Server-side only
 * (it pulls in Zod); islands get figures as props.
 */
import factsJson from '../../../content/data/facts.json';
import { FactListSchema, type Fact } from '../../schemas/fact';
import { parseDataFile } from '../data-file';
import { findFact } from './format';

export const facts: Fact[] = parseDataFile(FactListSchema, factsJson, 'content/data/facts.json');

/** The figure with that id; an unknown id stops the build. */
export function getFact(id: string): Fact {
  return findFact(facts, id);
}
