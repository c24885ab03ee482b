import { useMemo } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import type { ClassData } from '../../schemas/gum-class';
import {
  mediumLabels,
  placeTypeLabels,
  removalDifficulties,
  removalDifficultyLabels,
  sampleItemLabels,
  sampleStateLabels,
  sampleStates,
  surfaceLabels,
} from '../../schemas/gum-vocab';
import {
  classDecomposition,
  classGroupTotals,
  classPlaceDensities,
  classSurfaceSummary,
  stateLevelLabel,
} from '../../lib/gum-class-calc';
import { formatNumber } from '../../lib/gum-calc';
import { roundTo } from '../../lib/numbers/round-to';
import { ChartFigure } from '../charts/ChartFigure';

/** Okabe–Ito colours: told apart with colour-blindness and on a washed-out projector. */
const colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const difficultyColours = { easy: '#009E73', hard: '#E69F00', veryHard: '#D55E00' } as const;
const itemStyles = {
  gum: { color: '#D55E00', point: 'rect', dash: [] },
  paper: { color: '#0072B2', point: 'circle', dash: [10, 6] },
  plastic: { color: '#555555', point: 'triangle', dash: [3, 4] },
} as const;

const axisTitle = (text: string) => ({ display: true, text });

function barConfig(labels: string[], data: number[], yTitle: string): ChartConfiguration {
  return {
    type: 'bar',
    data: { labels, datasets: [{ label: yTitle, data, backgroundColor: colours[0] }] },
    options: {
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, title: axisTitle(yTitle) } },
    },
  };
}

function PlaceChart({ data }: { data: ClassData }) {
  const rows = useMemo(() => classPlaceDensities(data), [data]);
  // Places counted without an area (grades 1–2) are in the table but have no density bar.
  const dense = rows.filter((r) => r.perSquareMetre !== null);
  const config = useMemo(
    () =>
      barConfig(
        dense.map((r) => placeTypeLabels[r.placeType]),
        dense.map((r) => roundTo(r.perSquareMetre ?? 0, 3)),
        '每平方米残胶（块）',
      ),
    [rows],
  );
  if (rows.length === 0) return null;
  return (
    <ChartFigure id="eck-chart-places" title="不同地点每平方米有多少块残胶（全班）" config={config}>
      <table class="eck-class-table">
        <caption>不同地点的残胶密度（全班合计：残胶总数 ÷ 总面积）</caption>
        <thead>
          <tr>
            <th scope="col">地点类型</th>
            <th scope="col">清点次数</th>
            <th scope="col">残胶（块）</th>
            <th scope="col">面积（平方米）</th>
            <th scope="col">每平方米（块）</th>
            <th scope="col">每 100 平方米（块）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.placeType}>
              <th scope="row">{placeTypeLabels[r.placeType]}</th>
              <td class="eck-num">{r.surveys}</td>
              <td class="eck-num">{r.count}</td>
              <td class="eck-num">{formatNumber(r.areaSquareMetres)}</td>
              <td class="eck-num">
                {r.perSquareMetre === null ? '—' : formatNumber(r.perSquareMetre, 3)}
              </td>
              <td class="eck-num">
                {r.per100SquareMetres === null ? '—' : formatNumber(r.per100SquareMetres, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}

function GroupChart({ data }: { data: ClassData }) {
  const rows = useMemo(() => classGroupTotals(data), [data]);
  const config = useMemo(
    () =>
      barConfig(
        rows.map((r) => r.name),
        rows.map((r) => r.residues),
        '清点到的残胶（块）',
      ),
    [rows],
  );
  const total = rows.reduce(
    (t, r) => ({
      surveys: t.surveys + r.surveys,
      residues: t.residues + r.residues,
      area: t.area + r.areaSquareMetres,
      measurements: t.measurements + r.measurements,
      observations: t.observations + r.observations,
    }),
    { surveys: 0, residues: 0, area: 0, measurements: 0, observations: 0 },
  );
  return (
    <ChartFigure id="eck-chart-groups" title="各小组清点到的残胶" config={config}>
      <table class="eck-class-table" id="eck-group-totals">
        <caption>各小组的记录数</caption>
        <thead>
          <tr>
            <th scope="col">小组</th>
            <th scope="col">清点次数</th>
            <th scope="col">残胶（块）</th>
            <th scope="col">面积（平方米）</th>
            <th scope="col">每平方米（块）</th>
            <th scope="col">测量次数</th>
            <th scope="col">观察次数</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.groupId}>
              <th scope="row">{r.name}</th>
              <td class="eck-num">{r.surveys}</td>
              <td class="eck-num">{r.residues}</td>
              <td class="eck-num">{formatNumber(r.areaSquareMetres)}</td>
              <td class="eck-num">
                {r.perSquareMetre === null ? '—' : formatNumber(r.perSquareMetre, 3)}
              </td>
              <td class="eck-num">{r.measurements}</td>
              <td class="eck-num">{r.observations}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">全班</th>
            <td class="eck-num">{total.surveys}</td>
            <td class="eck-num">{total.residues}</td>
            <td class="eck-num">{formatNumber(total.area)}</td>
            <td class="eck-num">
              {total.area > 0 ? formatNumber(total.residues / total.area, 3) : '—'}
            </td>
            <td class="eck-num">{total.measurements}</td>
            <td class="eck-num">{total.observations}</td>
          </tr>
        </tfoot>
      </table>
    </ChartFigure>
  );
}

function SurfaceChart({ data }: { data: ClassData }) {
  const rows = useMemo(() => classSurfaceSummary(data), [data]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => surfaceLabels[r.surface]),
        datasets: removalDifficulties.map((d) => ({
          label: removalDifficultyLabels[d],
          data: rows.map((r) => r.byDifficulty[d]),
          backgroundColor: difficultyColours[d],
        })),
      },
      options: {
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, title: axisTitle('残胶（块）') },
        },
      },
    }),
    [rows],
  );
  if (rows.length === 0) return null;
  return (
    <ChartFigure
      id="eck-chart-surfaces"
      title="残胶在不同表面上好不好清除"
      config={config}
      legend={removalDifficulties.map((d) => ({ key: d, label: removalDifficultyLabels[d] }))}
    >
      <table class="eck-class-table">
        <caption>不同表面上的清除难度（块数）</caption>
        <thead>
          <tr>
            <th scope="col">表面</th>
            {removalDifficulties.map((d) => (
              <th scope="col" key={d}>
                {removalDifficultyLabels[d]}
              </th>
            ))}
            <th scope="col">平均直径（厘米）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.surface}>
              <th scope="row">{surfaceLabels[r.surface]}</th>
              {removalDifficulties.map((d) => (
                <td class="eck-num" key={d}>
                  {r.byDifficulty[d]}
                </td>
              ))}
              <td class="eck-num">
                {r.meanDiameterCm === null ? '—' : formatNumber(r.meanDiameterCm, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}

function DecompositionCharts({ data }: { data: ClassData }) {
  const overview = useMemo(() => classDecomposition(data), [data]);
  const byMedium = useMemo(() => {
    const media = [...new Set(overview.series.map((s) => s.medium))];
    return media.map((medium) => {
      const series = overview.series.filter((s) => s.medium === medium);
      const config: ChartConfiguration = {
        type: 'line',
        data: {
          labels: overview.days.map((d) => `第 ${d} 天`),
          datasets: series.map((s) => ({
            label: sampleItemLabels[s.item],
            data: s.levels,
            borderColor: itemStyles[s.item].color,
            backgroundColor: itemStyles[s.item].color,
            pointStyle: itemStyles[s.item].point,
            borderDash: [...itemStyles[s.item].dash],
            pointRadius: 6,
            borderWidth: 3,
            spanGaps: true,
          })),
        },
        options: {
          scales: {
            y: {
              min: 0,
              max: sampleStates.length - 1,
              ticks: {
                stepSize: 1,
                callback: (v) => sampleStateLabels[stateLevelLabel(Number(v))],
              },
            },
          },
        },
      };
      return { medium, series, config };
    });
  }, [overview]);
  if (byMedium.length === 0) return null;
  return (
    <>
      <h3>分解观察：每种东西在不同地方的变化</h3>
      <p class="eck-field-hint">
        第 0 天是各组放进样品的那一天。图和表中是这一天所有观察过的小组的平均状态（0 无变化 … 3
        几乎消失），括号里是平均值和观察次数。
      </p>
      {byMedium.map(({ medium, series, config }) => (
        <ChartFigure
          key={medium}
          id={`eck-chart-decomp-${medium}`}
          title={`${mediumLabels[medium]}：口香糖残胶、废纸、塑料的变化`}
          config={config}
          legend={series.map((x) => ({ key: x.item, label: sampleItemLabels[x.item] }))}
        >
          <table class="eck-class-table">
            <caption>{mediumLabels[medium]}：每次观察的平均状态</caption>
            <thead>
              <tr>
                <th scope="col">样品</th>
                {overview.days.map((d) => (
                  <th scope="col" key={d}>
                    第 {d} 天
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.item}>
                  <th scope="row">{sampleItemLabels[s.item]}</th>
                  {s.levels.map((l, i) => (
                    <td key={i}>
                      {l === null
                        ? '—'
                        : `${sampleStateLabels[stateLevelLabel(l)]}（${formatNumber(l, 1)}，${s.checks[i]} 次）`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>
      ))}
    </>
  );
}

/** The four views of the class data, each a chart with its table. */
export function ClassCharts({ data }: { data: ClassData }) {
  return (
    <section class="eck-record-section eck-class-charts" aria-labelledby="eck-charts-title">
      <h2 id="eck-charts-title">全班结果</h2>
      <PlaceChart data={data} />
      <GroupChart data={data} />
      <SurfaceChart data={data} />
      <DecompositionCharts data={data} />
    </section>
  );
}
