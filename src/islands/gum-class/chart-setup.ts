/**
 * chart.js with only the parts the class view uses, loaded by dynamic import when a chart
 * scrolls into view. Large type and no animation, for projectors.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
);
Chart.defaults.font.size = 20;
Chart.defaults.font.family =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
Chart.defaults.color = '#111';
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

export { Chart };
