/**
 * The class view's charts, as the definition declares them: each a bar chart drawn when it
 * nears the screen, with a table of the same numbers beside it (what screen readers read and
 * what prints). Loaded with its chart code only when the section nears the screen.
 */
import { useMemo } from 'preact/hooks';
import type { Chart, InvestigationDefinition } from '../../schemas/investigation/definition';
import type { InvestigationClassData } from '../../schemas/investigation/records';
import { chartData, formatChartValue } from '../../lib/investigation/charts';
import { ChartFigure } from '../charts/ChartFigure';
import { barChartConfig, seriesKey } from '../charts/bar-config';

function InvestigationChart({
  def,
  chart,
  data,
}: {
  def: InvestigationDefinition;
  chart: Chart;
  data: InvestigationClassData;
}) {
  const shown = useMemo(() => chartData(def, chart, data), [def, chart, data]);
  const config = useMemo(
    () => barChartConfig(shown.labels, shown.series, chart.unit),
    [shown, chart],
  );
  const id = `eck-chart-${chart.id}`;
  return (
    <ChartFigure
      id={id}
      title={chart.title}
      config={config}
      legend={
        shown.series.length > 1
          ? shown.series.map((s, i) => ({ key: seriesKey(i), label: s.label }))
          : []
      }
    >
      <table class="eck-class-table" data-chart={chart.id}>
        <caption>{chart.title}（图中的数字）</caption>
        <thead>
          <tr>
            <th scope="col">{shown.rowLabel}</th>
            {shown.series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}（{chart.unit}）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.labels.map((label, i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              {shown.series.map((s) => (
                <td class="eck-num" key={s.label}>
                  {formatChartValue(s.data[i] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}

/** Every chart of the definition, under one heading. */
export function InvestigationCharts({
  definition: def,
  data,
  titleId,
}: {
  definition: InvestigationDefinition;
  data: InvestigationClassData;
  /** The heading's id, the one LoadNearScreen showed until this loaded. */
  titleId: string;
}) {
  return (
    <section class="eck-record-section eck-class-charts" aria-labelledby={titleId}>
      <h2 id={titleId}>全班结果的图</h2>
      <p class="eck-field-hint">每张图下面的表格里是图中的数字。</p>
      {(def.charts ?? []).map((c) => (
        <InvestigationChart key={c.id} def={def} chart={c} data={data} />
      ))}
    </section>
  );
}
