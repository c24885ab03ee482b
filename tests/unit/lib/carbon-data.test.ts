import { expect, test } from 'vitest';
import { carbonActions, parseDataFile, population } from '../../../src/lib/carbon-data';
import { CarbonActionListSchema } from '../../../src/schemas/carbon-action';

test('the data files load', () => {
  expect(carbonActions).toHaveLength(5);
  expect(population.people).toBe(1_405_000_000);
});

test('a bad file stops with the file, the row and the field', () => {
  const bad = [{ ...carbonActions[0], fact: 'Lots' }];
  expect(() =>
    parseDataFile(CarbonActionListSchema, bad, 'content/data/carbon-actions.json'),
  ).toThrow(/content\/data\/carbon-actions\.json 有错误：\n {2}0\.fact: /);
  expect(() => parseDataFile(CarbonActionListSchema, {}, 'x.json')).toThrow(/\(整个文件\)/);
});
