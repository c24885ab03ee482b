/**
 * chart.js with only the parts the class views use, loaded by dynamic import when a chart
 * scrolls into view. Large type and no animation, for projectors.
 *
 * No Legend or Tooltip plugin: the legend is HTML beside each chart (ChartFigure) and the
 * exact numbers are in the tables. chart.js is one shared chunk for the whole site, so every
 * part registered here is also downloaded by the carbon calculator (budget 75 kB in all).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
);
Chart.defaults.font.size = 20;
Chart.defaults.font.family =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
Chart.defaults.color = '#111';
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

export { Chart };
