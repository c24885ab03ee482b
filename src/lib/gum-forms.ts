/**
 * Checking what pupils typed into the record page's forms. Each function takes the raw field
 * texts and returns either the values to store or a Chinese message per field. Pure.
 */
import { parseNumber, type NumberRule } from './parse-number';
import { areaFromSides, checkDate } from './gum-calc';
import { numberLimits, numberMinimums, textLimits } from '../schemas/gum-common';
import { blankTextMessage, isBlankText, stripUnsafeChars } from './text/text-safety';
import { placeTypes } from '../schemas/gum-vocab';
import { splitNicknames } from './investigation/check-group';
import type { Group } from '../schemas/gum-group';
import type { Survey } from '../schemas/gum-survey';
import type { Measurement } from '../schemas/gum-measurement';
import { parseGrade } from './grades/maths-skills';
import type { NumberKind } from './grades/gum-levels';

/** A record's own fields, without id and times. */
export type Fields<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'>;
export type GroupInput = Fields<Group>;
export type SurveyInput = Fields<Survey>;
export type MeasurementInput = Fields<Measurement>;

export type FormResult<T, K extends string> =
  { ok: true; value: T } | { ok: false; errors: Partial<Record<K, string>> };

/** Number rules of the record page's fields. */
export const numberRules = {
  count: { label: '残胶数量', unit: '块', integer: true, max: numberLimits.count },
  area: {
    label: '面积',
    unit: '平方米',
    min: numberMinimums.areaSquareMetres,
    max: numberLimits.areaSquareMetres,
  },
  length: { label: '长', unit: '米', min: numberMinimums.sideMetres, max: numberLimits.sideMetres },
  width: { label: '宽', unit: '米', min: numberMinimums.sideMetres, max: numberLimits.sideMetres },
  size: {
    label: '大小',
    unit: '厘米',
    min: numberMinimums.sampleSizeCm,
    max: numberLimits.sampleSizeCm,
    required: false,
  },
} as const satisfies Record<string, NumberRule>;

/**
 * Trimmed text without control or bidi characters (pasted text brings them; they are dropped,
 * not refused, since a pupil cannot see them to delete them), or a message if it is longer than
 * `max`, or has nothing visible when required.
 */
export function checkText(
  input: string,
  { label, max, required = false }: { label: string; max: number; required?: boolean },
): { ok: true; value: string } | { ok: false; error: string } {
  const value = stripUnsafeChars(input).trim();
  if (required && value === '') return { ok: false, error: `请填写${label}。` };
  if (required && isBlankText(value)) {
    return { ok: false, error: `${label}${blankTextMessage}，请写上看得见的字。` };
  }
  if (value.length > max) {
    return { ok: false, error: `${label}最多 ${max} 个字，现在有 ${value.length} 个。` };
  }
  return { ok: true, value };
}

export const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** Collects values and errors field by field. */
export class Checker<K extends string> {
  errors: Partial<Record<K, string>> = {};
  text(key: K, input: string, rule: Parameters<typeof checkText>[1]): string {
    const r = checkText(input, rule);
    if (!r.ok) this.errors[key] = r.error;
    return r.ok ? r.value : '';
  }
  number(key: K, input: string, rule: NumberRule): number | null {
    const r = parseNumber(input, rule);
    if (!r.ok) this.errors[key] = r.error;
    return r.ok ? r.value : null;
  }
  choice<T extends string>(key: K, list: readonly T[], v: string, message: string): T {
    if (!isOneOf(list, v)) this.errors[key] = message;
    return v as T;
  }
  date(key: K, input: string, ctx: Parameters<typeof checkDate>[1]): string {
    const e = checkDate(input, ctx);
    if (e) this.errors[key] = e;
    return input.trim();
  }
  result<T>(value: T): FormResult<T, K> {
    return Object.keys(this.errors).length
      ? { ok: false, errors: this.errors }
      : { ok: true, value };
  }
}

export { splitNicknames };

export interface GroupFields {
  name: string;
  nicknames: string;
  /** '1'…'6', or '' when not chosen (the group keeps the full form, as for grade 6). */
  grade: string;
}
export function checkGroupForm(f: GroupFields): FormResult<GroupInput, keyof GroupFields> {
  const c = new Checker<keyof GroupFields>();
  const name = c.text('name', f.name, {
    label: '小组名称',
    max: textLimits.groupName,
    required: true,
  });
  const nicknames = splitNicknames(f.nicknames);
  if (nicknames.length > textLimits.nicknames) {
    c.errors.nicknames = `最多写 ${textLimits.nicknames} 个昵称。`;
  } else {
    const long = nicknames.find((n) => n.length > textLimits.nickname);
    if (long) c.errors.nicknames = `每个昵称最多 ${textLimits.nickname} 个字：“${long}”太长了。`;
  }
  const grade = parseGrade(f.grade);
  if (f.grade !== '' && grade === null) c.errors.grade = '请选择一到六年级中的一个。';
  return c.result(grade === null ? { name, nicknames } : { name, nicknames, grade });
}

export const areaModes = ['area', 'sides', 'none'] as const;
export type AreaMode = (typeof areaModes)[number];

/** Number rules of the area fields: whole 平方米 and 米 (grades 3–5) or decimals. */
export function areaRules(kind: NumberKind) {
  const whole = kind === 'whole';
  return {
    area: { ...numberRules.area, integer: whole },
    length: { ...numberRules.length, integer: whole },
    width: { ...numberRules.width, integer: whole },
  };
}

export interface SurveyFields {
  date: string;
  placeType: string;
  placeOther: string;
  placeName: string;
  /** 'area': the area typed directly; 'sides': length × width; 'none': only counted. */
  areaMode: AreaMode;
  area: string;
  length: string;
  width: string;
  count: string;
  note: string;
}
/** `areaKind` 'whole' accepts only whole 平方米 and 米 (grades 3–5). */
export function checkSurveyForm(
  f: SurveyFields,
  today: string,
  areaKind: NumberKind = 'decimal',
): FormResult<SurveyInput, keyof SurveyFields> {
  const rules = areaRules(areaKind);
  const c = new Checker<keyof SurveyFields>();
  const date = c.date('date', f.date, { today, label: '日期' });
  const placeType = c.choice('placeType', placeTypes, f.placeType, '请选择地点类型。');
  const placeOther =
    placeType === 'other'
      ? c.text('placeOther', f.placeOther, {
          label: '地点类型名称',
          max: textLimits.placeOther,
          required: true,
        })
      : '';
  const placeName = c.text('placeName', f.placeName, {
    label: '地点名称',
    max: textLimits.placeName,
  });
  let areaSquareMetres: number | null = null;
  let lengthMetres: number | null = null;
  let widthMetres: number | null = null;
  if (f.areaMode === 'sides') {
    lengthMetres = c.number('length', f.length, rules.length);
    widthMetres = c.number('width', f.width, rules.width);
    if (lengthMetres !== null && widthMetres !== null) {
      areaSquareMetres = areaFromSides(lengthMetres, widthMetres);
      if (areaSquareMetres < numberMinimums.areaSquareMetres)
        c.errors.width = '长 × 宽太小了，面积不到 0.01 平方米。';
      else if (areaSquareMetres > numberLimits.areaSquareMetres) {
        c.errors.width = `长 × 宽 = ${areaSquareMetres} 平方米，不能超过 100,000 平方米。`;
      }
    }
  } else if (f.areaMode === 'area') {
    areaSquareMetres = c.number('area', f.area, rules.area);
  } else if (f.areaMode !== 'none') {
    c.errors.areaMode = '请选择面积怎么填。';
  }
  const count = c.number('count', f.count, numberRules.count);
  const note = c.text('note', f.note, { label: '备注', max: textLimits.note });
  return c.result({
    date,
    placeType,
    placeOther,
    placeName,
    areaSquareMetres,
    lengthMetres,
    widthMetres,
    count: count ?? 0,
    note,
  });
}
