import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { def } from '../../../support/litter-data';
import {
  blankForm,
  checkField,
  checkRecordForm,
  formOfRecord,
  numberRule,
  type CheckContext,
} from '../../../../src/lib/investigation/check-form';
import { kindOf } from '../../../../src/lib/investigation/values';
import { hasUnsafeChars } from '../../../../src/lib/text/text-safety';
import type { FieldDef, NumberFieldDef } from '../../../../src/schemas/investigation/definition';
import { fieldValueSchema } from '../../../../src/schemas/investigation/records';
import { treeDef } from '../../../support/tree-data';
import { gumResidueDefinition as gumDef } from '../../../../src/lib/investigation/definitions';

const survey = kindOf(def, 'survey');
const zone = kindOf(def, 'zone');
const zoneId = '00000001-0000-4000-8000-000000000001';
const ctx: CheckContext = {
  today: '2026-11-30',
  choices: (f) =>
    f.type === 'choice' && f.vocabulary
      ? (def.vocabularies[f.vocabulary]?.options.map((o) => o.value) ?? [])
      : [zoneId],
};
const field = (kind: typeof survey, id: string) => kind.fields.find((f) => f.id === id) as FieldDef;

describe('checkField: the stored value or a message naming the field and the reason', () => {
  test.each<[string, string, string, string | number | null]>([
    ['recyclable', '１２', 'ok', 12],
    ['recyclable', ' 1 2 ', 'ok', 12],
    ['recyclable', '', 'error', '请填写可回收物。'],
    ['recyclable', '-3', 'error', '可回收物不能是负数。'],
    ['recyclable', '2.5', 'error', '可回收物要填整数，不能有小数。'],
    ['recyclable', '2。5', 'error', '可回收物要填整数，不能有小数。'],
    ['recyclable', '20000', 'error', '可回收物不能超过 10,000 件。'],
    ['recyclable', '🍌', 'error', '可回收物要填整数，例如 12。'],
    ['recyclable', '1e400', 'error', '可回收物要填整数，例如 12。'],
    ['recyclable-g', '', 'ok', null],
    ['recyclable-g', '０', 'error', '可回收物重量不能小于 1 克。'],
    ['recyclable-g', '３５０', 'ok', 350],
  ])('%s “%s”', (id, typed, kind, expected) => {
    const r = checkField(field(survey, id), typed, ctx);
    expect(r).toEqual(
      kind === 'ok' ? { ok: true, value: expected } : { ok: false, error: expected },
    );
  });

  test.each<[string, string, string, string | number | null]>([
    ['area', '１２，５', 'ok', 12.5],
    ['area', '12.55', 'error', '面积最多保留 1 位小数。'],
    ['area', '0.5', 'error', '面积不能小于 1 平方米。'],
    ['name', '  操场东边 ', 'ok', '操场东边'],
    ['name', '操场\u202E边', 'ok', '操场边'],
    ['name', '\u200B\u200B', 'error', '区域名称只有空格或看不见的字符。'],
    ['name', '', 'error', '请填写区域名称。'],
    ['name', '<script>alert(1)</script>', 'error', '区域名称太长了（20 字以内），现在有 25 字。'],
    [
      'name',
      '一二三四五六七八九十一二三四五六七八九🍂',
      'ok',
      '一二三四五六七八九十一二三四五六七八九🍂',
    ],
  ])('zone %s “%s”', (id, typed, kind, expected) => {
    const r = checkField(field(zone, id), typed, ctx);
    expect(r).toEqual(
      kind === 'ok' ? { ok: true, value: expected } : { ok: false, error: expected },
    );
  });

  test.each<[string, string, string]>([
    ['date', '2026-12-01', '调查日期不能在将来（今天是 2026-11-30）。'],
    ['date', '2026-02-30', '调查日期格式不对，请用日期选择器选一天。'],
    ['date', '', '请填写调查日期。'],
    ['round', '', '请选择第几次调查。'],
    ['round', 'third', '第几次调查不是可以选的值，请重新选择。'],
    ['zone', 'not-a-zone', '区域不是可以选的值，请重新选择。'],
  ])('%s “%s”', (id, typed, error) => {
    expect(checkField(field(survey, id), typed, ctx)).toEqual({ ok: false, error });
  });
});

describe('checkRecordForm', () => {
  const good = {
    ...blankForm(survey),
    zone: zoneId,
    round: 'first',
    date: '2026-11-16',
    recyclable: '１２',
    hazardous: '0',
    kitchen: '３',
    other: '7',
  };

  test('a full form gives every value, empty optional ones as null', () => {
    const r = checkRecordForm(survey, good, ctx);
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({ recyclable: 12, kitchen: 3, 'kitchen-g': null, note: null }),
    });
  });

  test('every bad field gets its own message; good ones none', () => {
    const r = checkRecordForm(survey, { ...good, recyclable: 'x', date: '2099-01-01' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['date', 'recyclable']);
  });

  test('a stored record comes back into the form as it was', () => {
    const r = checkRecordForm(survey, good, ctx);
    if (!r.ok) throw new Error('expected ok');
    const record = { id: zoneId, createdAt: '', updatedAt: '', values: r.value };
    expect(checkRecordForm(survey, formOfRecord(survey, record), ctx)).toEqual(r);
  });

  test('property: a count is accepted exactly when it is a whole number 0–10000, typed in any width', () => {
    const toFull = (s: string) =>
      s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 20_000 }), fc.boolean(), (n, full) => {
        const typed = full ? toFull(String(n)) : String(n);
        const r = checkField(field(survey, 'other'), typed, ctx);
        expect(r.ok).toBe(n >= 0 && n <= 10_000);
        if (r.ok) expect(r.value).toBe(n);
      }),
    );
  });

  test('property: any text gives a stored value without control characters, or a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const r = checkField(field(survey, 'gathers'), s, ctx);
        if (r.ok && typeof r.value === 'string') {
          expect(hasUnsafeChars(r.value)).toBe(false);
          expect([...r.value].length).toBeLessThanOrEqual(60);
        } else if (!r.ok) {
          expect(r.error).toMatch(/^垃圾聚集的地方/);
        }
      }),
    );
  });
});

test('property: any text the form accepts, the stored record schema accepts (emoji counted alike)', () => {
  const f = field(survey, 'gathers');
  const stored = fieldValueSchema(def, f);
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: fc.constantFrom('中', '😀'), maxLength: 60 }),
      ),
      (s) => {
        const r = checkField(f, s, ctx);
        if (r.ok) expect(stored.safeParse(r.value).success).toBe(true);
      },
    ),
  );
});

describe('the engine’s checks on another definition', () => {
  const trees = kindOf(treeDef, 'tree');
  const yards = kindOf(treeDef, 'yard');
  const tctx: CheckContext = {
    today: '2026-11-30',
    choices: (f) =>
      f.type === 'choice' && f.vocabulary
        ? (treeDef.vocabularies[f.vocabulary]?.options.map((o) => o.value) ?? [])
        : [zoneId],
  };

  test('numberRule carries the definition’s limits, unit and decimals', () => {
    const f = (kind: typeof trees, id: string) => field(kind, id) as NumberFieldDef;
    expect(numberRule(f(trees, 'birds'))).toEqual({
      label: '鸟窝',
      min: 0,
      max: 50,
      integer: true,
      required: true,
    });
    expect(numberRule(f(trees, 'nests'))).toMatchObject({ integer: false, required: false });
    expect(numberRule(f(trees, 'height'))).toMatchObject({ unit: '米', min: 0.5, max: 60 });
    expect(numberRule(f(zone, 'area'))).toMatchObject({ maxDecimals: 1, required: false });
  });

  test.each<[string, string, string, unknown]>([
    ['yard', '', 'ok', null],
    ['yard', zoneId, 'ok', zoneId],
    ['species', '', 'error', '请选择树的种类。'],
    ['species', 'oak', 'error', '树的种类不是可以选的值，请重新选择。'],
    ['height', '0.4', 'error', '高度不能小于 0.5 米。'],
    ['height', '６０', 'ok', 60],
    ['nests', '', 'ok', null],
  ])('tree %s “%s”', (id, typed, kind, expected) => {
    expect(checkField(field(trees, id), typed, tctx)).toEqual(
      kind === 'ok' ? { ok: true, value: expected } : { ok: false, error: expected },
    );
  });

  test.each<[string, string, unknown]>([
    ['', 'ok', null],
    ['  ', 'ok', null],
    [' 2020-09-01 ', 'ok', '2020-09-01'],
    ['2020-9-1', 'error', '建成日期格式不对，请用日期选择器选一天。'],
  ])('an optional date “%s”', (typed, kind, expected) => {
    expect(checkField(field(yards, 'since'), typed, tctx)).toEqual(
      kind === 'ok' ? { ok: true, value: expected } : { ok: false, error: expected },
    );
  });

  test('an optional text of nothing visible is stored as empty, not refused', () => {
    expect(checkField(field(survey, 'note'), '\u200B \u202E', ctx)).toEqual({
      ok: true,
      value: null,
    });
  });

  test('blankForm and formOfRecord: every field, presets kept, empty values as empty text', () => {
    expect(blankForm(yards)).toEqual({ name: '', since: '' });
    expect(blankForm(yards, { since: '2026-11-30', other: 'x' })).toEqual({
      name: '',
      since: '2026-11-30',
    });
    const r = { id: zoneId, createdAt: '', updatedAt: '', values: { name: '东院', since: null } };
    expect(formOfRecord(yards, r)).toEqual({ name: '东院', since: '' });
    expect(formOfRecord(yards, { ...r, values: {} })).toEqual({ name: '', since: '' });
  });

  test('property: a date is kept exactly when it is a real day not after today', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const r = checkField(field(survey, 'date'), day, ctx);
          expect(r.ok).toBe(day <= ctx.today);
          if (!r.ok) expect(r.error).toBe('调查日期不能在将来（今天是 2026-11-30）。');
        },
      ),
    );
  });

  test('property: whatever is typed in any field, the result is a value or a message naming that field', () => {
    const all = [...def.kinds, ...treeDef.kinds].flatMap((k) => k.fields);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.string({ unit: 'binary', maxLength: 30 }),
        (f, typed) => {
          const r = checkField(
            f,
            typed,
            treeDef.kinds.some((k) => k.fields.includes(f)) ? tctx : ctx,
          );
          if (r.ok) {
            if (typeof r.value === 'string') expect(hasUnsafeChars(r.value)).toBe(false);
          } else {
            expect(r.error).toContain(f.label);
            expect(r.error).toMatch(/。$/);
          }
        },
      ),
    );
  });

  test('property: a required name with only invisible or control characters is refused, saying so', () => {
    const invisible = fc.constantFrom(
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u3000',
      ' ',
      '\u202E',
      '\u0007',
      '\u2066',
    );
    fc.assert(
      fc.property(fc.array(invisible, { minLength: 1, maxLength: 8 }), (chars) => {
        const r = checkField(field(zone, 'name'), chars.join(''), ctx);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(/^(请填写区域名称。|区域名称只有空格或看不见的字符。)$/);
      }),
    );
  });
});

describe('filledFrom: the gum survey’s 面积 saved as 长 × 宽 when left empty', () => {
  const gumSurvey = kindOf(gumDef, 'survey');
  const gumCtx: CheckContext = {
    today: '2026-11-30',
    choices: (f) =>
      f.type === 'choice' && f.vocabulary
        ? (gumDef.vocabularies[f.vocabulary]?.options.map((o) => o.value) ?? [])
        : [],
  };
  const form = (o: Record<string, string>) =>
    checkRecordForm(
      gumSurvey,
      blankForm(gumSurvey, { date: '2026-11-20', placeType: 'corridor', count: '7', ...o }),
      gumCtx,
    );
  const area = (o: Record<string, string>) => {
    const r = form(o);
    return r.ok ? r.value['areaSquareMetres'] : r.errors;
  };

  test.each<[string, Record<string, string>, unknown]>([
    ['sides only', { lengthMetres: '3', widthMetres: '2.5' }, 7.5],
    ['sides rounded to the area’s 2 decimals', { lengthMetres: '1.23', widthMetres: '1.11' }, 1.37],
    ['full-width sides', { lengthMetres: '４', widthMetres: '５' }, 20],
    [
      'an area typed wins over the sides',
      { areaSquareMetres: '9', lengthMetres: '3', widthMetres: '2' },
      9,
    ],
    ['one side only: no area', { lengthMetres: '3' }, null],
    ['nothing measured', {}, null],
    [
      'sides too small for the area’s minimum',
      { lengthMetres: '0.05', widthMetres: '0.05' },
      { areaSquareMetres: '面积按长 × 宽算是 0 平方米，不能小于 0.01 平方米。' },
    ],
    [
      'sides too large for the area’s maximum',
      { lengthMetres: '10000', widthMetres: '20' },
      { areaSquareMetres: '面积按长 × 宽算是 200000 平方米，不能大于 100000 平方米。' },
    ],
  ])('%s', (_, o, expected) => expect(area(o)).toEqual(expected));

  test('a bad side is refused beside that side, no area made up', () => {
    const r = form({ lengthMetres: '-3', widthMetres: '2' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors)).toEqual(['lengthMetres']);
    }
  });

  test('editing: an area filled from the sides shows empty (new sides give a new area); one typed stays', () => {
    const saved = form({ lengthMetres: '3', widthMetres: '2' });
    if (!saved.ok) throw new Error('not saved');
    const rec = { id: zoneId, createdAt: '', updatedAt: '', values: saved.value };
    expect(formOfRecord(gumSurvey, rec)['areaSquareMetres']).toBe('');
    const typed = { ...rec, values: { ...rec.values, areaSquareMetres: 5 } };
    expect(formOfRecord(gumSurvey, typed)['areaSquareMetres']).toBe('5');
    const edited = checkRecordForm(
      gumSurvey,
      { ...formOfRecord(gumSurvey, rec), lengthMetres: '4' },
      gumCtx,
    );
    expect(edited.ok && edited.value['areaSquareMetres']).toBe(8);
  });

  test('property: with both sides accepted and no area, the area is their product rounded, or a message beside 面积', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (a, b) => {
          const [l, w] = [a / 100, b / 100];
          const r = form({ lengthMetres: String(l), widthMetres: String(w) });
          const product = Math.round(l * w * 100) / 100;
          if (product >= 0.01 && product <= 100000) {
            expect(r.ok && r.value['areaSquareMetres']).toBeCloseTo(product, 6);
          } else {
            expect(r.ok).toBe(false);
            if (!r.ok) expect(r.errors['areaSquareMetres']).toMatch(/^面积按长 × 宽算是 /);
          }
        },
      ),
    );
  });
});
