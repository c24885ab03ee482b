/**
 * The class view's charts from the definition: a chart's labels and series, read from the
 * summary or comparison table it names (summary.ts), and the table shown beside it, so the
 * chart and its table hold the same numbers. Pure; the island turns this into chart.js's config.
 */
import type { Chart, InvestigationDefinition } from '../../schemas/investigation/definition';
import { summaryColumns } from '../../schemas/investigation/summary-columns';
import type { InvestigationClassData } from '../../schemas/investigation/records';
import { comparisonTable, summaryTable, type Cell, type SummaryTable } from './summary';
import { choiceLabel, kindOf, sumValues } from './values';

/** One series of bars: its label (legend; the table header adds the unit) and a height per label. */
export interface ChartSeries {
  label: string;
  data: (number | null)[];
}

/** What a chart draws and its table shows: a bar (or a pair) per label. */
export interface ChartData {
  /** Header of the table's first column. */
  rowLabel: string;
  labels: string[];
  series: ChartSeries[];
}

/** A number as the summary tables show it: as summed, or — when nothing was recorded. */
export function formatChartValue(n: number | null): string {
  return n === null ? '—' : String(n);
}

const numberCell = (c: Cell | undefined): number | null => (typeof c === 'number' ? c : null);

/** A table row's label: its group values joined, e.g. "操场东边 · 第一次"; an empty one （未填）. */
const rowName = (row: readonly Cell[], groups: number) =>
  row
    .slice(0, groups)
    .map((c) => (c === null || c === '' ? '（未填）' : String(c)))
    .join(' · ');

/** A summed field's label without its unit (the unit is on the axis), e.g. "可回收物". */
function keyLabel(def: InvestigationDefinition, kindId: string, id: string): string {
  const k = kindOf(def, kindId);
  return (k.fields.find((f) => f.id === id) ?? k.derived?.find((x) => x.id === id))?.label ?? id;
}

/** A summary table's rows without its 合计 row (added when there is more than one row). */
function bodyRows(table: SummaryTable): Cell[][] {
  return table.rows.length > 1 ? table.rows.slice(0, -1) : table.rows;
}

/**
 * The labels and series of one chart (the definition was checked at build, so its summary or
 * comparison and sums exist).
 */
export function chartData(
  def: InvestigationDefinition,
  chart: Chart,
  data: InvestigationClassData,
): ChartData {
  // A chart has `value` or `values` (checked at build); `values` is read only without `value`.
  const values = chart.values ?? [];
  const summary = def.summaries.find((s) => s.id === chart.summary);
  if (summary) {
    const rows = bodyRows(summaryTable(def, summary, data));
    const col = (key: string) => summary.groupBy.length + summaryColumns(summary).indexOf(key);
    // A ratio's or the count's own label, else the summed field's.
    const label = (key: string) =>
      [...(summary.ratios ?? []), ...(summary.count ? [summary.count] : [])].find(
        (x) => x.id === key,
      )?.label ?? keyLabel(def, summary.kind, key);
    if (chart.value !== undefined) {
      const at = col(chart.value);
      return {
        rowLabel:
          chart.rowLabel ?? summary.groupBy.map((g) => keyLabel(def, summary.kind, g)).join(' · '),
        labels: rows.map((r) => rowName(r, summary.groupBy.length)),
        series: [
          {
            label: label(chart.value),
            data: rows.map((r) => numberCell(r[at])),
          },
        ],
      };
    }
    return {
      rowLabel: chart.rowLabel ?? '项目',
      labels: values.map(label),
      series: [
        {
          label: '全班合计',
          data: values.map((v) => sumValues(rows.map((r) => numberCell(r[col(v)])))),
        },
      ],
    };
  }
  const c = (def.comparisons ?? []).find((x) => x.id === chart.comparison);
  if (!c) throw new Error(`chart ${chart.id} names no summary or comparison`);
  const rows = comparisonTable(def, c, data).rows;
  const kind = kindOf(def, c.kind);
  const by = kind.fields.find((f) => f.id === c.by);
  const sides = [c.before, c.after].map((side, i) => ({
    label: by ? choiceLabel(def, by, side, {}) : side,
    // Each summed field has three columns: before, after, the change.
    col: (key: string) => c.groupBy.length + c.sum.indexOf(key) * 3 + i,
  }));
  if (chart.value !== undefined) {
    const key = chart.value;
    return {
      rowLabel: chart.rowLabel ?? c.groupBy.map((g) => keyLabel(def, c.kind, g)).join(' · '),
      labels: rows.map((r) => rowName(r, c.groupBy.length)),
      series: sides.map((s) => ({
        label: s.label,
        data: rows.map((r) => numberCell(r[s.col(key)])),
      })),
    };
  }
  return {
    rowLabel: chart.rowLabel ?? '项目',
    labels: values.map((v) => keyLabel(def, c.kind, v)),
    series: sides.map((s) => ({
      label: s.label,
      data: values.map((v) => sumValues(rows.map((r) => numberCell(r[s.col(v)])))),
    })),
  };
}
