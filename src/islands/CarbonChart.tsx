import { useEffect, useRef, useState } from 'preact/hooks';
import type { BarChart } from './carbon-chart';
import { whenNearScreen } from './near-screen';

interface Props {
  labels: string[];
  values: number[];
  unit: string;
}

/**
 * A horizontal bar chart drawn by chart.js. chart.js is loaded with import() only once the
 * chart's box scrolls into view, so the page ships it only to those who see it. The numbers are
 * also in the table beside it, so the canvas itself is decorative for screen readers.
 */
export function CarbonChart({ labels, values, unit }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<BarChart | null>(null);
  const latest = useRef({ labels, values, unit });
  latest.current = { labels, values, unit };
  const [visible, setVisible] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    return whenNearScreen(el, () => setVisible(true));
  }, []);

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    import('./carbon-chart')
      .then(({ drawBarChart }) => {
        if (cancelled || !canvas.current || chart.current) return;
        const { labels: l, values: v, unit: u } = latest.current;
        chart.current = drawBarChart(canvas.current, l, v, u);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [visible]);

  useEffect(() => {
    chart.current?.update(labels, values, unit);
  }, [labels.join('|'), values.join('|'), unit]);

  useEffect(() => () => chart.current?.destroy(), []);

  return (
    <div
      class="eck-chart eck-print-hidden"
      ref={box}
      data-eck-chart={visible ? 'visible' : 'waiting'}
    >
      <canvas ref={canvas} aria-hidden="true" />
      {failed && <p class="eck-calc-hint">图表没能加载，请看下面的表格。</p>}
    </div>
  );
}
