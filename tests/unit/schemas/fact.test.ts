import { describe, expect, test } from 'vitest';
import { FactListSchema, FactSchema } from '../../../src/schemas/fact';
import factsJson from '../../../content/data/facts.json';

const good = {
  id: 'population',
  label: '全国人口',
  value: '140489',
  unit: '万人',
  describes: '2025 年末',
  year: 2025,
  kind: 'official',
  publisher: '国家统计局',
  document: '年末全国人口',
  published: '2026-01-19',
};

const firstPath = (schema: typeof FactSchema | typeof FactListSchema, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? '(valid)' : (r.error.issues[0]?.path.join('.') ?? '');
};

describe('content/data/facts.json', () => {
  test('passes the schema', () => {
    expect(FactListSchema.safeParse(factsJson).error?.issues).toBeUndefined();
  });
  test('every figure says what period it describes and who published it', () => {
    for (const f of FactListSchema.parse(factsJson)) {
      expect(f.describes.length, f.id).toBeGreaterThan(0);
      expect(f.publisher.length, f.id).toBeGreaterThan(0);
    }
  });
});

describe('FactSchema', () => {
  test.each([
    ['a minimal figure', good, '(valid)'],
    ['a month-only date', { ...good, published: '2026-01' }, '(valid)'],
    ['a rounded form', { ...good, rounded: { value: '14.05', unit: '亿人' } }, '(valid)'],
    ['value as a number', { ...good, value: 140489 }, 'value'],
    ['value with its unit', { ...good, value: '140489万' }, 'value'],
    ['value with a comma', { ...good, value: '140,489' }, 'value'],
    ['an id with capitals', { ...good, id: 'Population' }, 'id'],
    ['no period', { ...good, describes: ' ' }, 'describes'],
    ['an unknown kind', { ...good, kind: 'rumour' }, 'kind'],
    ['a date that is not one', { ...good, published: '2026-13-01' }, 'published'],
    ['a javascript: link', { ...good, url: 'javascript:alert(1)' }, 'url'],
    ['a report without address', { ...good, via: { title: '报道' } }, 'via.url'],
    ['an extra field', { ...good, colour: 'red' }, ''],
  ])('%s → issue at "%s"', (_name, input, path) => {
    expect(firstPath(FactSchema, input)).toBe(path);
  });
});

describe('FactListSchema', () => {
  test.each([
    ['duplicate ids', [good, good], '1.id'],
    ['an estimate without caveat', [{ ...good, kind: 'estimate' }], '0.caveat'],
    ['a calculation without inputs', [{ ...good, kind: 'calculation' }], '0.derivedFrom'],
    [
      'a calculation from an unknown figure',
      [{ ...good, kind: 'calculation', derivedFrom: ['nothing'] }],
      '0.derivedFrom',
    ],
    ['an empty registry', [], ''],
  ])('%s → issue at "%s"', (_name, input, path) => {
    expect(firstPath(FactListSchema, input)).toBe(path);
  });
});
