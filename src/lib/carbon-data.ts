/**
 * The calculator's data files, validated when the site builds: a wrong row stops the build with
 * the file, the row and the field. Server-side only (it pulls in Zod); islands get the parsed
 * data as props.
 */
import actionsJson from '../../content/data/carbon-actions.json';
import populationJson from '../../content/data/population.json';
import { CarbonActionListSchema, type CarbonAction } from '../schemas/carbon-action';
import { PopulationSchema, type Population } from '../schemas/population';

interface Parser<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Parse data with a schema or throw one readable error naming the file and every bad field. */
export function parseDataFile<T>(schema: Parser<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const lines = r.error.issues.map(
    (i) => `  ${i.path.map(String).join('.') || '(整个文件)'}: ${i.message}`,
  );
  throw new Error(`${file} 有错误：\n${lines.join('\n')}`);
}

export const carbonActions: CarbonAction[] = parseDataFile(
  CarbonActionListSchema,
  actionsJson,
  'content/data/carbon-actions.json',
);

export const population: Population = parseDataFile(
  PopulationSchema,
  populationJson,
  'content/data/population.json',
);
