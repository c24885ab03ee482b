/**
 * Checking a record form against its definition: every field as typed (text), every message in
 * Chinese naming the field and the reason, shown beside the field. Numbers go through
 * `parseNumber` (full-width digits, 。/， decimal marks, spaces), text through the text-safety
 * rules (control and bidi characters dropped, nothing-but-invisible refused). Pure.
 */
import { parseNumber } from '../parse-number';
import { blankTextMessage, isBlankText, stripUnsafeChars } from '../text/text-safety';
import type {
  DateFieldDef,
  FieldDef,
  NumberFieldDef,
  RecordKind,
} from '../../schemas/investigation/definition';
import type { FieldValue, StoredRecord } from '../../schemas/investigation/records';
import { derivedValue, otherText, roundTo } from './values';

/** What the form holds: one text per field, as typed (a multiChoice's option values joined with ,). */
export type FormFields = Record<string, string>;

export type FormCheck =
  { ok: true; value: Record<string, FieldValue> } | { ok: false; errors: Record<string, string> };

/** What the checks need beyond the definition. */
export interface CheckContext {
  /** Today on this device, `YYYY-MM-DD`: later dates are refused. */
  today: string;
  /** The values a choice or multiChoice field may take (a vocabulary's, or this group's records' ids). */
  choices: (field: FieldDef) => readonly string[];
  /**
   * A date field's `notBefore`: the label and day of the other kind's date it may not be before
   * (this group's first such record), undefined when there is none yet (nothing refused then).
   */
  earliest?: (field: DateFieldDef) => readonly [label: string, day: string] | undefined;
}

/** The rule `parseNumber` checks a number field with. */
export function numberRule(f: NumberFieldDef) {
  return {
    label: f.label,
    ...(f.unit ? { unit: f.unit } : {}),
    min: f.min,
    max: f.max,
    integer: f.integer === true,
    required: f.required !== false,
    ...(f.maxDecimals !== undefined ? { maxDecimals: f.maxDecimals } : {}),
  };
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` is a real calendar day. */
function isCalendarDay(s: string): boolean {
  if (!datePattern.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** One field: its stored value, or the message shown beside it. */
export function checkField(
  f: FieldDef,
  typed: string,
  ctx: CheckContext,
): { ok: true; value: FieldValue } | { ok: false; error: string } {
  const required = f.required !== false;
  // An empty field: refused with this message when required, stored as null when not.
  const empty = (error: string) =>
    required ? { ok: false as const, error } : { ok: true as const, value: null };
  switch (f.type) {
    case 'number': {
      const r = parseNumber(typed, numberRule(f));
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'text': {
      const text = stripUnsafeChars(typed).trim();
      if (isBlankText(text))
        return empty(text === '' ? `请填写${f.label}。` : `${f.label}${blankTextMessage}。`);
      const n = [...text].length;
      if (n > f.maxLength) {
        return { ok: false, error: `${f.label}太长了（${f.maxLength} 字以内），现在有 ${n} 字。` };
      }
      return { ok: true, value: text };
    }
    case 'choice': {
      if (typed === '') return empty(`请选择${f.label}。`);
      return ctx.choices(f).includes(typed)
        ? { ok: true, value: typed }
        : { ok: false, error: `${f.label}不是可以选的值，请重新选择。` };
    }
    case 'multiChoice': {
      const picked = typed.split(',').filter((v) => v !== '');
      // The known values picked, in vocabulary order: fewer than picked when one repeats or is unknown.
      const value = ctx.choices(f).filter((v) => picked.includes(v));
      if (value.length < picked.length)
        return { ok: false, error: `${f.label}有重复或不可以选的值。` };
      if (value.length === 0) return empty(`请至少选一个${f.label}。`);
      return { ok: true, value };
    }
    case 'date': {
      const d = typed.trim();
      if (d === '') return empty(`请填写${f.label}。`);
      if (!isCalendarDay(d))
        return { ok: false, error: `${f.label}格式不对，请用日期选择器选一天。` };
      if (d > ctx.today)
        return { ok: false, error: `${f.label}不能在将来（今天是 ${ctx.today}）。` };
      const e = ctx.earliest?.(f);
      if (e && d < e[1]) return { ok: false, error: `${f.label}不能早于${e[0]}（${e[1]}）。` };
      return { ok: true, value: d };
    }
  }
}

/** The whole form: the values to store, or a message per field. */
export function checkRecordForm(
  kind: RecordKind,
  fields: FormFields,
  ctx: CheckContext,
): FormCheck {
  const value: Record<string, FieldValue> = {};
  const errors: Record<string, string> = {};
  for (const f of kind.fields) {
    const r = checkField(f, fields[f.id] ?? '', ctx);
    if (r.ok) value[f.id] = r.value;
    else errors[f.id] = r.error;
  }
  // 其他: its own words are needed with that option and dropped with any other.
  for (const f of kind.fields) {
    if (f.type !== 'choice' || !f.other || errors[f.id] || errors[f.other.field]) continue;
    const words = kind.fields.find((x) => x.id === f.other?.field);
    const { chosen, text } = otherText(f, value);
    if (chosen && text === '') errors[f.other.field] = `请填写${words?.label ?? ''}。`;
    if (!chosen) value[f.other.field] = null;
  }
  for (const f of kind.fields) {
    if (f.type !== 'number' || !f.filledFrom || value[f.id] !== null) continue;
    const [label, v] = filling(kind, f, value);
    const u = f.unit ? ` ${f.unit}` : '';
    if (v !== null && (v < f.min || v > f.max))
      errors[f.id] =
        `${f.label}按${label}算是 ${v}${u}，不能${v < f.min ? `小于 ${f.min}` : `大于 ${f.max}`}${u}。`;
    else value[f.id] = v;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/** What a number field left empty is saved as (`filledFrom`, e.g. 面积 = 长 × 宽): [label, value]. */
function filling(
  kind: RecordKind,
  f: NumberFieldDef,
  values: Readonly<Record<string, FieldValue>>,
): [string, number | null] {
  const d = kind.derived?.find((x) => x.id === f.filledFrom);
  const v = d ? derivedValue(d, values) : null;
  return [
    d?.label ?? '',
    v !== null && f.maxDecimals !== undefined ? roundTo(v, f.maxDecimals) : v,
  ];
}

/** The empty form of a kind. */
export function blankForm(kind: RecordKind, preset: FormFields = {}): FormFields {
  return Object.fromEntries(kind.fields.map((f) => [f.id, preset[f.id] ?? '']));
}

/**
 * A stored record as the form shows it, to edit it. A value filled from a derived one
 * (`filledFrom`) that still equals it shows empty, so changed sides give a new area.
 */
export function formOfRecord(kind: RecordKind, record: StoredRecord): FormFields {
  return Object.fromEntries(
    kind.fields.map((f) => {
      const v = record.values[f.id];
      if (
        f.type === 'number' &&
        f.filledFrom &&
        v !== null &&
        v === filling(kind, f, record.values)[1]
      )
        return [f.id, ''];
      // String() joins a multiChoice's values with , as the form holds them.
      return [f.id, v === null || v === undefined ? '' : String(v)];
    }),
  );
}
