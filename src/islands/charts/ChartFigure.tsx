import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ChartConfiguration } from 'chart.js';
import { whenNearScreen } from '../near-screen';

/**
 * A chart drawn only once it is (nearly) visible, with chart.js loaded at that moment, and
 * its table alternative, which is also what prints.
 */
export function ChartFigure({
  id,
  title,
  config,
  legend = [],
  children,
}: {
  id: string;
  title: string;
  config: ChartConfiguration;
  /** Keys of the series (CSS swatch class `eck-swatch--<key>`) with their labels. */
  legend?: readonly { key: string; label: string }[];
  children: ComponentChildren;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    const draw = async () => {
      try {
        const { Chart } = await import('./chart-setup');
        // One chart per task: several charts coming into view together do not add up.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!cancelled) {
          chart = new Chart(el, config);
          el.dataset['drawn'] = 'true';
        }
      } catch {
        setFailed(true);
      }
    };
    const stop = whenNearScreen(el, () => void draw(), '200px');
    return () => {
      cancelled = true;
      stop();
      chart?.destroy();
    };
  }, [config]);

  return (
    <figure class="eck-chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="eck-chart-title">
        {title}
      </figcaption>
      {legend.length > 0 && (
        <ul class="eck-chart-legend" aria-label="图例">
          {legend.map((l) => (
            <li key={l.key}>
              <span class={`eck-swatch eck-swatch--${l.key}`} aria-hidden="true" />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <div class="eck-chart-box">
        <canvas ref={canvas} role="img" aria-label={`${title}（图表，数字见下表）`} />
      </div>
      {failed && <p class="eck-field-hint">图表没能画出来，请看下面的表格。</p>}
      <div class="eck-table-scroll">{children}</div>
    </figure>
  );
}
