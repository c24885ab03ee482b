import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { groupLabels, groups, periodDays, periods, type Group, type Period } from '../lib/carbon';
import {
  formatMass,
  formatMassInKg,
  formatPeople,
  formatWholeGrams,
  massUnitFor,
  roundScaled,
  wholeGramsUnit,
} from '../lib/carbon-format';
import {
  actionField,
  calculatorBands,
  daysOf,
  fieldText,
  peopleOf,
  type CalculatorAction,
  type FieldKey,
} from '../lib/carbon-scenario';
import { createCalculator } from '../stores/calculator';
import { NumberField } from './NumberField';
import { CarbonChart } from './CarbonChart';
import '../styles/calculator.css';

/** An action row as the data file has it (see src/schemas/carbon-action.ts). */
export interface CalculatorActionProps extends CalculatorAction {
  unitPhrase: string;
  kgPerUnit: string;
}

interface Props {
  actions: CalculatorActionProps[];
  /** Default population and where it comes from. */
  population: { people: number; exactPeople: number; year: number; source: string };
  /** Larger type for the standalone page on a projector. */
  large?: boolean;
}

const periodOption: Record<Period, string> = {
  day: '1 天',
  week: `1 周（${periodDays.week} 天）`,
  month: `1 个月（${periodDays.month} 天）`,
  schoolYear: `1 学年（${periodDays.schoolYear} 个上课日）`,
  custom: '自己定天数',
};

const bandOption = { '3-4': '三、四年级', '5-6': '五、六年级' } as const;

const groupOption: Record<Group, string> = {
  me: '我（1 人）',
  class: groupLabels.class,
  school: groupLabels.school,
  country: groupLabels.country,
};

/** The carbon-saving calculator: quantities per day, a period, who, the total, a chart. */
export default function CarbonCalculator({ actions, population, large = false }: Props) {
  // The data is fixed for the page's lifetime: one calculator per island.
  const calc = useMemo(() => createCalculator({ actions, population: population.people }), []);
  const scenario = useStore(calc.$scenario);
  const fields = useStore(calc.$fields);
  const notices = useStore(calc.$notices);
  const savings = useStore(calc.$savings);

  // The scenario lives in the URL so a teacher can prepare, reload or share it. Read in a layout
  // effect, in the same task as hydration: a tap that comes after hydration but before a
  // passive effect would otherwise be undone by loading the (unchanged) scenario again.
  // The controls are disabled in the page's HTML until then: a number typed before the island
  // ran would stay in its box but not in the calculation.
  const [live, setLive] = useState(false);
  useLayoutEffect(() => {
    setLive(true);
    calc.loadQuery(window.location.search);
    return calc.$query.listen((q) => {
      const { pathname, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}?${q}${hash}`);
    });
  }, [calc]);

  const field = (key: FieldKey, label: string, unit: string, inputMode: 'decimal' | 'numeric') => {
    const draft = fields[key] ?? { text: '' };
    return (
      <NumberField
        id={`eck-calc-${key.replace(':', '-')}`}
        label={label}
        unit={unit}
        text={draft.text}
        error={draft.error}
        errorNote={`结果仍按 ${fieldText(calc.config, scenario, key)} ${unit}计算。`}
        inputMode={inputMode}
        onType={(text, composing) => calc.typeField(key, text, composing)}
        onCommit={() => calc.commitField(key)}
        onStep={(dir) => calc.stepField(key, dir)}
      />
    );
  };

  const people = peopleOf(scenario);
  const days = daysOf(scenario);
  // Grades 3–4: whole grams, and the country only as "约 N 亿克".
  const grams = scenario.band === '3-4';
  const yi = grams && scenario.who === 'country';
  const total = grams ? formatWholeGrams(savings.total, yi) : formatMass(savings.total);
  const inKg = formatMassInKg(savings.total);
  const showKg = !grams && total.unit !== '克' && total.unit !== '千克';
  // One unit for the bars, the table and its total: the unit the total is shown in.
  const chartUnit = grams ? wholeGramsUnit(yi) : massUnitFor(savings.total);
  const inChartUnit = (cg: bigint) =>
    roundScaled(cg, chartUnit.divisor, chartUnit.decimals, !grams);
  const totalInChartUnit = inChartUnit(savings.total);
  const rows = actions.map((a, i) => ({
    id: a.id,
    label: a.label,
    perDay: fieldText(calc.config, scenario, actionField(a.id)),
    unit: a.unit,
    value: inChartUnit(savings.perAction[i]?.total ?? 0n),
  }));
  const periodText = scenario.period === 'custom' ? `${days} 天` : periodOption[scenario.period];

  return (
    <div class={large ? 'eck-calc eck-calc--large' : 'eck-calc'} data-eck-calculator>
      {notices.length > 0 && (
        <div class="eck-calc-notice" role="alert">
          <p>这个链接里有些数值不能用，已经换成默认值：</p>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" class="eck-button" onClick={calc.dismissNotices}>
            知道了
          </button>
        </div>
      )}

      <fieldset class="eck-calc-group" disabled={!live}>
        <legend>年级</legend>
        <div class="eck-choices">
          {calculatorBands.map((b) => (
            <label class="eck-choice" key={b}>
              <input
                type="radio"
                name="eck-calc-band"
                value={b}
                checked={scenario.band === b}
                onChange={() => calc.setBand(b)}
              />
              {bandOption[b]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="eck-calc-group" disabled={!live}>
        <legend>每人每天做多少</legend>
        {actions.map((a) => (
          <div class="eck-calc-action" key={a.id}>
            {field(actionField(a.id), a.label, a.unit, 'decimal')}
            <p class="eck-calc-factor">
              {a.unitPhrase}约少排 {a.kgPerUnit} 千克
            </p>
          </div>
        ))}
      </fieldset>

      <fieldset class="eck-calc-group" disabled={!live}>
        <legend>算多长时间</legend>
        <div class="eck-choices">
          {periods.map((p) => (
            <label class="eck-choice" key={p}>
              <input
                type="radio"
                name="eck-calc-period"
                value={p}
                checked={scenario.period === p}
                onChange={() => calc.setPeriod(p)}
              />
              {periodOption[p]}
            </label>
          ))}
        </div>
        {scenario.period === 'custom' && field('customDays', '天数', '天', 'numeric')}
        {scenario.period === 'schoolYear' && (
          <p class="eck-calc-hint">
            1 学年按每年上新课 {periodDays.schoolYear / 5} 周、每周 5
            天计（按《义务教育课程方案（2022年版）》的课程设置）。各地校历不同，可以选“自己定天数”。
          </p>
        )}
      </fieldset>

      <fieldset class="eck-calc-group" disabled={!live}>
        <legend>算多少人</legend>
        <div class="eck-choices">
          {groups.map((g) => (
            <label class="eck-choice" key={g}>
              <input
                type="radio"
                name="eck-calc-who"
                value={g}
                checked={scenario.who === g}
                onChange={() => calc.setWho(g)}
              />
              {groupOption[g]}
            </label>
          ))}
        </div>
        {scenario.who === 'class' && field('classSize', '全班人数', '人', 'numeric')}
        {scenario.who === 'school' && field('schoolSize', '全校人数', '人', 'numeric')}
        {scenario.who === 'country' && (
          <>
            {field('population', '全国人口', '亿人', 'decimal')}
            <p class="eck-calc-hint">
              默认 {formatPeople(population.people).replace(/^约 /, '')}。来源：{population.source}
            </p>
            {grams && <p class="eck-calc-hint">全国的数很大，用计算器算，写成“约几亿克”。</p>}
          </>
        )}
      </fieldset>

      <section class="eck-calc-result" aria-label="计算结果">
        <p class="eck-calc-sentence">
          {groupLabels[scenario.who]}（{formatPeople(people)}），{periodText}，一共少排二氧化碳
        </p>
        <p class="eck-calc-total" aria-live="polite" aria-atomic="true" data-eck-total>
          {total.approx && <span class="eck-calc-approx">约</span>}
          <span class="eck-calc-number">{total.value}</span>
          <span class="eck-calc-unit">{total.unit}</span>
        </p>
        {showKg && <p class="eck-calc-alt">也就是{inKg.text}</p>}
        <p class="eck-calc-alt">
          每人每天{' '}
          {grams
            ? `${savings.perAction.map((a) => formatWholeGrams(a.perPersonDay).value).join(' + ')} = ${formatWholeGrams(savings.perPersonDay).text}`
            : formatMass(savings.perPersonDay).text}
        </p>
      </section>

      <figure class="eck-calc-figure">
        <figcaption>每项行动少排的二氧化碳（{chartUnit.unit}）</figcaption>
        <CarbonChart
          labels={rows.map((r) => r.label)}
          values={rows.map((r) => Number(r.value.text.replace(/,/g, '')))}
          unit={chartUnit.unit}
        />
        <div class="eck-table-wrap">
          <table class="eck-calc-table">
            <caption class="eck-visually-hidden">各项行动少排的二氧化碳，和图中的数字相同</caption>
            <thead>
              <tr>
                <th scope="col">行动</th>
                <th scope="col">每人每天</th>
                <th scope="col">少排（{chartUnit.unit}）</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  <td>
                    {r.perDay} {r.unit}
                  </td>
                  <td class="eck-num">
                    {r.value.exact ? '' : '约 '}
                    {r.value.text}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  合计
                </th>
                <td class="eck-num">
                  {totalInChartUnit.exact ? '' : '约 '}
                  {totalInChartUnit.text}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </figure>

      <p>
        <button type="button" class="eck-button" disabled={!live} onClick={calc.reset}>
          恢复默认数值
        </button>
      </p>
    </div>
  );
}
