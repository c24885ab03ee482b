/**
 * Reading records through their definition: labels of choices, derived values (sums), and a
 * record's one-line title. Pure.
 */
import type {
  DerivedDef,
  FieldDef,
  InvestigationDefinition,
  RecordKind,
} from '../../schemas/investigation/definition';
import type { FieldValue, StoredRecord } from '../../schemas/investigation/records';
import { roundTo } from '../numbers/round-to';

/** The kind with this id (the definition was checked at build, so it exists). */
export function kindOf(def: InvestigationDefinition, id: string): RecordKind {
  const k = def.kinds.find((x) => x.id === id);
  if (!k) throw new Error(`no record kind ${id}`);
  return k;
}

/** Sum of the non-empty values; null when all are empty. Rounded to hide binary noise. */
export function sumValues(values: readonly FieldValue[]): number | null {
  const nums = values.filter((v): v is number => typeof v === 'number');
  if (nums.length === 0) return null;
  return Math.round(nums.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

export { roundTo };

/** A derived value from a record's values (see `DerivedSchema`); null when an input is empty. */
export function derivedValue(
  d: DerivedDef,
  values: Readonly<Record<string, FieldValue | undefined>>,
): number | null {
  const n = (id: string) => {
    const v = values[id];
    return typeof v === 'number' ? v : null;
  };
  let out: number | null = null;
  if (d.sum) return sumValues(d.sum.map((s) => values[s] ?? null));
  if (d.product) {
    const xs = d.product.map(n);
    out = xs.every((x) => x !== null) ? xs.reduce<number>((a, b) => a * (b ?? 1), 1) : null;
  } else if (d.ratio) {
    const of = n(d.ratio.of);
    const per = n(d.ratio.per);
    out = of !== null && per !== null && per > 0 ? (of / per) * (d.ratio.scale ?? 1) : null;
  } else if (d.circleArea) {
    const diameter = n(d.circleArea);
    out = diameter === null ? null : Math.PI * (diameter / 2) * (diameter / 2);
  }
  return out !== null && d.round !== undefined ? roundTo(out, d.round) : out;
}

/** A number field's value or a derived value of a record. */
export function numberOf(kind: RecordKind, record: StoredRecord, id: string): number | null {
  const derived = kind.derived?.find((x) => x.id === id);
  if (derived) return derivedValue(derived, record.values);
  const v = record.values[id];
  return typeof v === 'number' ? v : null;
}

/**
 * What a choice field's value reads as: its vocabulary label, or the chosen record's title; a
 * multiChoice's labels joined with 、.
 */
export function choiceLabel(
  def: InvestigationDefinition,
  f: FieldDef,
  value: FieldValue,
  records: Record<string, StoredRecord[]>,
): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map((v) => choiceLabel(def, f, v, records)).join('、');
  // Only choice and multiChoice fields have one.
  const vocabulary = (f as { vocabulary?: string }).vocabulary;
  if (vocabulary)
    return (
      def.vocabularies[vocabulary]?.options.find((o) => o.value === value)?.label ?? String(value)
    );
  if (f.type !== 'choice') return String(value);
  const kind = f.recordOf ? def.kinds.find((k) => k.id === f.recordOf) : undefined;
  const target = (records[f.recordOf ?? ''] ?? []).find((r) => r.id === value);
  return kind && target ? String(target.values[kind.titleField] ?? '') : '（已删除）';
}

/** Whether a choice field's `other` option is chosen, and the text that goes with it. */
export function otherText(
  f: FieldDef,
  values: Readonly<Record<string, FieldValue | undefined>>,
): { chosen: boolean; text: string } {
  if (f.type !== 'choice' || !f.other) return { chosen: false, text: '' };
  const v = values[f.other.field];
  return {
    chosen: values[f.id] === f.other.option,
    text: typeof v === 'string' ? v : '',
  };
}

/**
 * A field's value as text for a list or a table cell; with the record's `values`, an `other`
 * choice reads as “其他：车棚”.
 */
export function displayValue(
  def: InvestigationDefinition,
  f: FieldDef,
  value: FieldValue,
  records: Record<string, StoredRecord[]>,
  values: Readonly<Record<string, FieldValue | undefined>> = {},
): string {
  if (value === null) return '';
  const label = choiceLabel(def, f, value, records);
  if (f.type !== 'choice') return label;
  const other = otherText(f, { ...values, [f.id]: value });
  return other.chosen && other.text !== '' ? `${label}：${other.text}` : label;
}

/** A label with its unit, e.g. "可回收物（件）". */
export function labelWithUnit(x: { label: string; unit?: string | undefined }): string {
  return x.unit ? `${x.label}（${x.unit}）` : x.label;
}

/** Whether a school year is within a definition's `grades` (`[from, to]`; every year without one). */
export function inGrades(grades: readonly number[] | undefined, grade: number): boolean {
  const [from = 1, to = 6] = grades ?? [];
  return grade >= from && grade <= to;
}
