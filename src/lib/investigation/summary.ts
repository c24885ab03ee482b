/**
 * The class view's tables from the definition: records of a kind summed per combination of
 * choice values (zone × round), and before vs after (the second round minus the first). A
 * `recordOf` choice groups by the chosen record's title, so two groups' zones with the same
 * name are one row. Pure.
 */
import type {
  ChoiceFieldDef,
  Comparison,
  InvestigationDefinition,
  RecordKind,
  Summary,
} from '../../schemas/investigation/definition';
import type { InvestigationClassData } from '../../schemas/investigation/records';
import type { CsvTable } from '../csv/to-csv';
import { choiceLabel, kindOf, labelWithUnit, numberOf, roundTo, sumValues } from './values';

export type Cell = string | number | null;

/**
 * Headers and rows; `fields` are the column headers (as in a CSV). On screen a table may show
 * its headers in two rows instead: `bands` above (a label over `span` columns; a band of one
 * column is that column's own header over both rows) and `short` under the wider bands, one per
 * column they span, in order (a comparison's “可回收物（件）” over 第一次 · 第二次 · 变化:
 * 16 columns of ten-character headers were one character wide on a tablet).
 */
export interface SummaryTable extends CsvTable {
  bands?: { label: string; span: number }[];
  short?: string[];
}

function sumLabel(kind: RecordKind, id: string): string {
  const x = kind.fields.find((f) => f.id === id) ?? kind.derived?.find((d) => d.id === id);
  return x ? labelWithUnit(x as { label: string; unit?: string }) : id;
}

function groupField(kind: RecordKind, id: string): ChoiceFieldDef {
  return kind.fields.find((f) => f.id === id) as ChoiceFieldDef;
}

/** Vocabulary order for a choice (rows come in the order pupils see), else by name. */
function rank(def: InvestigationDefinition, f: ChoiceFieldDef, label: string): string {
  const options = f.vocabulary ? def.vocabularies[f.vocabulary]?.options : undefined;
  const i = options ? options.findIndex((o) => o.label === label) : -1;
  return i >= 0 ? String(i).padStart(3, '0') : `~${label}`;
}

/** A summary's ratio column: `of` ÷ `per` over the records that have both. */
type Ratio = NonNullable<Summary['ratios']>[number];

/** One row's numbers: the sums, then per ratio [of, per] over the records with both, the count. */
interface RowTotals {
  labels: string[];
  totals: (number | null)[];
  parts: [number, number][];
  count: number;
}

/** Sums per key, rows sorted; also used by the comparison. */
function sums(
  def: InvestigationDefinition,
  kind: RecordKind,
  data: InvestigationClassData,
  groupBy: readonly string[],
  sum: readonly string[],
  filter: (values: Record<string, unknown>) => boolean = () => true,
  ratios: readonly Ratio[] = [],
): Map<string, RowTotals> {
  const rows = new Map<
    string,
    { labels: string[]; totals: (number | null)[][]; parts: [number, number][]; count: number }
  >();
  for (const g of data.groups) {
    for (const r of g.records[kind.id] ?? []) {
      if (!filter(r.values)) continue;
      const labels = groupBy.map((id) =>
        choiceLabel(def, groupField(kind, id), r.values[id] ?? null, g.records).trim(),
      );
      const key = JSON.stringify(labels);
      const row = rows.get(key) ?? {
        labels,
        totals: sum.map(() => []),
        parts: ratios.map((): [number, number] => [0, 0]),
        count: 0,
      };
      sum.forEach((s, i) => row.totals[i]?.push(numberOf(kind, r, s)));
      ratios.forEach((q, i) => {
        const of = numberOf(kind, r, q.of);
        const per = numberOf(kind, r, q.per);
        const p = row.parts[i];
        if (p && of !== null && per !== null) {
          p[0] += of;
          p[1] += per;
        }
      });
      row.count += 1;
      rows.set(key, row);
    }
  }
  const keyed = [...rows.values()].map((r) => ({
    labels: r.labels,
    sortKey: r.labels
      .map((l, i) => rank(def, groupField(kind, groupBy[i] ?? ''), l))
      .join('\u0000'),
    totals: r.totals.map((t) => sumValues(t)),
    parts: r.parts,
    count: r.count,
  }));
  keyed.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return new Map(keyed.map((r) => [JSON.stringify(r.labels), r]));
}

/** A ratio's value from its summed parts; null when nothing had both or `per` sums to 0. */
function ratioOf(q: Ratio, [of, per]: readonly [number, number]): number | null {
  if (per <= 0) return null;
  const v = (of / per) * (q.scale ?? 1);
  return q.round === undefined ? v : roundTo(v, q.round);
}

/** One summary table of the class view, with a 合计 row: sums, ratios and count per row. */
export function summaryTable(
  def: InvestigationDefinition,
  s: Summary,
  data: InvestigationClassData,
): SummaryTable {
  const kind = kindOf(def, s.kind);
  const ratios = s.ratios ?? [];
  const rows = [...sums(def, kind, data, s.groupBy, s.sum, undefined, ratios).values()];
  const fields = [
    ...s.groupBy.map((id) => groupField(kind, id).label),
    ...s.sum.map((id) => sumLabel(kind, id)),
    ...ratios.map(labelWithUnit),
    ...(s.count ? [labelWithUnit(s.count)] : []),
  ];
  const line = (r: Omit<RowTotals, 'labels'>): Cell[] => [
    ...r.totals,
    ...ratios.map((q, i) => ratioOf(q, r.parts[i] ?? [0, 0])),
    ...(s.count ? [r.count] : []),
  ];
  const body: Cell[][] = rows.map((r) => [...r.labels, ...line(r)]);
  if (rows.length > 1) {
    const total = line({
      totals: s.sum.map((_, i) => sumValues(rows.map((r) => r.totals[i] ?? null))),
      parts: ratios.map((_, i): [number, number] =>
        rows.reduce<[number, number]>(
          (a, r) => [a[0] + (r.parts[i]?.[0] ?? 0), a[1] + (r.parts[i]?.[1] ?? 0)],
          [0, 0],
        ),
      ),
      count: rows.reduce((n, r) => n + r.count, 0),
    });
    body.push(['合计', ...s.groupBy.slice(1).map(() => ''), ...total]);
  }
  return { fields, rows: body };
}

/** A difference as pupils write it: +3, −2, 0; empty when either side is missing. */
export function signed(n: number | null): string {
  if (n === null) return '';
  const r = Math.round(n * 1e6) / 1e6;
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
}

/**
 * Before vs after: per row and summed field, the `after` round's sum minus the `before`
 * round's. Rows with only one round show that round's sums and an empty difference.
 */
export function comparisonTable(
  def: InvestigationDefinition,
  c: Comparison,
  data: InvestigationClassData,
): SummaryTable {
  const kind = kindOf(def, c.kind);
  const byField = groupField(kind, c.by);
  const optionLabel = (v: string) => choiceLabel(def, byField, v, {});
  const side = (v: string) =>
    sums(def, kind, data, c.groupBy, c.sum, (values) => values[c.by] === v);
  const before = side(c.before);
  const after = side(c.after);
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const short = [optionLabel(c.before), optionLabel(c.after), '变化'];
  const groupLabels = c.groupBy.map((id) => groupField(kind, id).label);
  const sumLabels = c.sum.map((id) => sumLabel(kind, id));
  const fields = [...groupLabels, ...sumLabels.flatMap((l) => short.map((x) => `${l} ${x}`))];
  const bands = [
    ...groupLabels.map((label) => ({ label, span: 1 })),
    ...sumLabels.map((label) => ({ label, span: short.length })),
  ];
  const rows: Cell[][] = keys.map((key) => {
    const b = before.get(key);
    const a = after.get(key);
    const labels = (b ?? a)?.labels ?? [];
    return [
      ...labels,
      ...c.sum.flatMap((_, i) => {
        const x = b?.totals[i] ?? null;
        const y = a?.totals[i] ?? null;
        return [x, y, x !== null && y !== null ? signed(y - x) : ''];
      }),
    ];
  });
  return { fields, rows, bands, short: sumLabels.flatMap(() => short) };
}
