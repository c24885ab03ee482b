import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkField, checkRecordForm } from '../../../../src/lib/investigation/check-form';
import type { DateFieldDef, RecordKind } from '../../../../src/schemas/investigation/definition';

// An observation date that may not be before the setup record's 放入样品的日期.
const date: DateFieldDef = {
  id: 'date',
  type: 'date',
  label: '观察日期',
  notBefore: { kind: 'setup', field: 'startDate' },
};
const plain: DateFieldDef = { id: 'date', type: 'date', label: '观察日期' };
const today = '2026-11-30';
const ctxWith = (day?: string) => ({
  today,
  choices: () => [],
  earliest: (f: DateFieldDef) =>
    f.notBefore && day !== undefined ? (['放入样品的日期', day] as const) : undefined,
});

describe('checkField: a date notBefore the setup record’s day', () => {
  test.each<[string, string, string | undefined, string | null]>([
    ['before', '2026-11-02', '2026-11-03', '观察日期不能早于放入样品的日期（2026-11-03）。'],
    [
      'a month before',
      '2026-10-31',
      '2026-11-03',
      '观察日期不能早于放入样品的日期（2026-11-03）。',
    ],
    ['the same day', '2026-11-03', '2026-11-03', null],
    ['after', '2026-11-04', '2026-11-03', null],
    ['no setup record yet', '2020-01-01', undefined, null],
  ])('%s', (_, typed, day, error) => {
    expect(checkField(date, typed, ctxWith(day))).toEqual(
      error === null ? { ok: true, value: typed } : { ok: false, error },
    );
  });

  test('the other checks come first: empty, not a day, in the future', () => {
    const ctx = ctxWith('2026-11-03');
    expect(checkField(date, '', ctx)).toEqual({ ok: false, error: '请填写观察日期。' });
    expect(checkField(date, '2026-02-30', ctx)).toEqual({
      ok: false,
      error: '观察日期格式不对，请用日期选择器选一天。',
    });
    expect(checkField(date, '2026-12-01', ctx)).toEqual({
      ok: false,
      error: '观察日期不能在将来（今天是 2026-11-30）。',
    });
  });

  test('without an earliest lookup, or a field without notBefore, any past day passes', () => {
    expect(checkField(date, '2020-01-01', { today, choices: () => [] })).toEqual({
      ok: true,
      value: '2020-01-01',
    });
    expect(checkField(plain, '2020-01-01', ctxWith('2026-11-03'))).toEqual({
      ok: true,
      value: '2020-01-01',
    });
  });

  test('checkRecordForm puts the message beside the date field', () => {
    const kind = {
      id: 'observation',
      label: '观察记录',
      itemLabel: '观察记录',
      titleField: 'date',
      maxRecords: 10,
      fields: [date],
    } as RecordKind;
    expect(checkRecordForm(kind, { date: '2026-11-01' }, ctxWith('2026-11-03'))).toEqual({
      ok: false,
      errors: { date: '观察日期不能早于放入样品的日期（2026-11-03）。' },
    });
  });

  const day = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2026-11-30T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  test('any two past days: refused exactly when the date is before the setup day', () => {
    fc.assert(
      fc.property(day, day, (typed, start) => {
        expect(checkField(date, typed, ctxWith(start)).ok).toBe(typed >= start);
      }),
    );
  });
});
