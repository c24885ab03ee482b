import type { ChartConfiguration } from 'chart.js';

/**
 * Okabe–Ito colours: told apart with colour-blindness, and dark enough on white (≥ 3 : 1) to
 * stay visible on a washed-out projector. The swatches in class.css are the same colours.
 */
export const seriesColours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;

/** The CSS swatch key of a series (`eck-swatch--series-<i>`), as ChartFigure's legend takes it. */
export const seriesKey = (i: number) => `series-${i % seriesColours.length}`;

/**
 * A bar chart with a bar per label for each series (side by side when there are several), its
 * value axis from 0 titled with the unit. No chart.js legend: ChartFigure's HTML one is used.
 */
export function barChartConfig(
  labels: readonly string[],
  series: readonly { label: string; data: readonly (number | null)[] }[],
  unit: string,
): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: [...labels],
      datasets: series.map((s, i) => ({
        label: s.label,
        data: [...s.data],
        backgroundColor: seriesColours[i % seriesColours.length],
      })),
    },
    options: {
      plugins: { legend: { display: false } },
      scales: {
        x: { ticks: { autoSkip: false } },
        y: {
          beginAtZero: true,
          ticks: { precision: 0 },
          title: { display: true, text: `单位：${unit}` },
        },
      },
    },
  };
}
