/**
 * The calculator's bar chart. Loaded with import() when the chart becomes visible, and only the
 * chart.js parts a bar chart needs are registered (not the whole-library auto bundle, no tooltip or legend: the
 * numbers are in the table next to it).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface BarChart {
  update(labels: string[], values: number[], unit: string): void;
  destroy(): void;
}

/** Draw horizontal bars on the canvas, in the page's font and colours. */
export function drawBarChart(
  canvas: HTMLCanvasElement,
  labels: string[],
  values: number[],
  unit: string,
): BarChart {
  const css = getComputedStyle(canvas);
  const ink = css.getPropertyValue('--eck-ink').trim() || '#111';
  const accent = css.getPropertyValue('--eck-accent').trim() || '#0b5a2a';
  const size = Math.max(14, Math.round(parseFloat(css.fontSize) * 0.8) || 16);
  const font = { family: css.fontFamily, size };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ data: values, backgroundColor: accent }] },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: ink,
      scales: {
        x: {
          beginAtZero: true,
          ticks: { color: ink, font },
          title: { display: true, text: unit, color: ink, font },
        },
        y: { ticks: { color: ink, font } },
      },
    },
  });
  return {
    update(l, v, u) {
      chart.data.labels = l;
      const ds = chart.data.datasets[0];
      if (ds) ds.data = v;
      const x = chart.options.scales?.['x'];
      if (x && 'title' in x && x.title) x.title.text = u;
      chart.update();
    },
    destroy() {
      chart.destroy();
    },
  };
}
