import { useMemo, useState } from 'preact/hooks';
import { CG_PER_KG } from '../lib/carbon';
import { formatMass, roundScaled } from '../lib/carbon-format';
import { judgeAnswer, sourceClaims, workedCheck, type Verdict } from '../lib/carbon-check';
import { normalizeNumberText, parseNumber, scaledInteger } from '../lib/parse-number';
import type { ActionFactor } from '../lib/carbon';
import { NumberField } from './NumberField';
import '../styles/calculator.css';

interface Props {
  actions: (ActionFactor & { kgPerUnit: string })[];
  population: { people: number; exactPeople: number; year: number };
}

const YI_KG = 100_000_000n * CG_PER_KG;

/** A pupil's answer: what they typed, in kg (person) or 亿千克 (country). */
interface Question {
  key: 'person' | 'country';
  label: string;
  unit: string;
  /** Centigrams in one unit of the answer. */
  cgPerUnit: bigint;
  /** Decimal places the answer may have. */
  places: number;
  /** Thousandths within which the answer is right, and close. */
  right: number;
  close: number;
}

const questions: Question[] = [
  {
    key: 'person',
    label: '一个人一天，五件事各做一次，一共少排多少',
    unit: '千克',
    cgPerUnit: CG_PER_KG,
    places: 5,
    right: 0,
    close: 50,
  },
  {
    key: 'country',
    label: '全国每个人都这样做（约 {people} 亿人），一天一共少排多少',
    unit: '亿千克',
    cgPerUnit: YI_KG,
    places: 8,
    right: 10,
    close: 100,
  },
];

const verdictText: Record<Verdict, string> = {
  right: '算对了！',
  close: '很接近了，再检查一下小数点和进位。',
  off: '和算式的结果不一样，对照下面的算式再算一遍。',
};

function parseAnswer(q: Question, text: string): { value?: bigint; error?: string } {
  const r = parseNumber(text, { label: '你的答案', unit: q.unit, max: 1_000_000 });
  if (!r.ok) return { error: r.error };
  const scaled = scaledInteger(normalizeNumberText(text), q.places);
  if (scaled === null) return { error: `你的答案最多保留 ${q.places} 位小数。` };
  return { value: (BigInt(scaled) * q.cgPerUnit) / 10n ** BigInt(q.places) };
}

const yi = (cg: bigint, places: number) => roundScaled(cg, YI_KG, places).text;
const kg = (cg: bigint) => roundScaled(cg, CG_PER_KG, 5).text;

/**
 * "算一算，查一查": pupils write their own answers first, then reveal the worked arithmetic and
 * see why the source's 21.173 kg and 260亿 kg do not follow from its own five figures.
 */
export default function CarbonCheckExercise({ actions, population }: Props) {
  const work = useMemo(() => workedCheck(actions, population.people), [actions, population]);
  const [texts, setTexts] = useState<Record<Question['key'], string>>({ person: '', country: '' });
  const [errors, setErrors] = useState<Partial<Record<Question['key'], string>>>({});
  const [revealed, setRevealed] = useState(false);
  const expected = { person: work.perPersonDay, country: work.national };

  const check = (q: Question) => {
    const r = parseAnswer(q, texts[q.key]);
    setErrors((e) => ({ ...e, [q.key]: r.error }));
    return r;
  };

  const reveal = () => {
    const results = questions.map(check);
    if (results.every((r) => r.value !== undefined)) setRevealed(true);
  };

  const popYi = yi(BigInt(population.people) * CG_PER_KG, 4);
  const claimPeopleYi = yi(BigInt(sourceClaims.people) * CG_PER_KG, 4);

  return (
    <div class="eck-check" data-eck-check>
      <p>先自己算，把答案写在下面，再点“看看算式”。</p>
      {questions.map((q, i) => (
        <div key={q.key}>
          <NumberField
            id={`eck-check-${q.key}`}
            label={`${i + 1}. ${q.label.replace('{people}', popYi)}？`}
            unit={q.unit}
            text={texts[q.key]}
            error={errors[q.key]}
            inputMode="decimal"
            onType={(text) => setTexts((t) => ({ ...t, [q.key]: text }))}
            onCommit={() => {
              if (texts[q.key].trim() !== '') check(q);
            }}
          />
          {revealed &&
            (() => {
              const value = parseAnswer(q, texts[q.key]).value;
              if (value === undefined) return null;
              const v = judgeAnswer(value, expected[q.key], q.right, q.close);
              return (
                <p class={`eck-check-verdict eck-check-verdict--${v}`} role="status">
                  你的答案：{texts[q.key].trim()} {q.unit}。{verdictText[v]}
                </p>
              );
            })()}
        </div>
      ))}
      <p>
        {revealed ? (
          <button type="button" class="eck-button" onClick={() => setRevealed(false)}>
            收起算式，再算一遍
          </button>
        ) : (
          <button type="button" class="eck-button" onClick={reveal}>
            看看算式
          </button>
        )}
      </p>
      {revealed && (
        <div class="eck-check-steps" aria-live="polite">
          <p class="eck-check-subhead">算式</p>
          <p class="eck-check-math">
            一个人一天：{work.terms.join(' + ')} = {kg(work.perPersonDay)} 千克
          </p>
          <p class="eck-check-math">
            全国一天：{popYi} 亿 × {kg(work.perPersonDay)} 千克 = {yi(work.national, 5)} 亿千克 ≈{' '}
            {yi(work.national, 1)} 亿千克（{formatMass(work.national).text}）
          </p>
          <p class="eck-check-subhead">原文说的对吗？</p>
          <ul>
            <li>
              原文说每人每天能少排 {kg(work.claimedPerPerson)} 千克。可是五个数加起来只有{' '}
              {kg(work.perPersonDay)} 千克，原文多算了{' '}
              {kg(work.claimedPerPerson - work.perPersonDay)} 千克。
            </li>
            <li>
              原文说 {claimPeopleYi} 亿人每天能少排 {yi(work.claimedNational, 4)}{' '}
              亿千克。按原文自己的数算：
              {claimPeopleYi} 亿 × {kg(work.claimedPerPerson)} 千克 = {yi(work.claimedImplied, 5)}{' '}
              亿千克，也不是 {yi(work.claimedNational, 4)} 亿千克，原文连自己的数都对不上。
            </li>
            <li>
              就算用原文的 {claimPeopleYi} 亿人和正确的 {kg(work.perPersonDay)} 千克，也只有{' '}
              {yi(work.sourcePeopleCorrect, 5)} 亿千克。
            </li>
            <li>
              中国现在约有 {popYi} 亿人（国家统计局：{population.year} 年末{' '}
              {roundScaled(BigInt(population.exactPeople), 10_000n, 0).text.replace(/,/g, '')}{' '}
              万人），不是 13 亿。
            </li>
          </ul>
          <p>看到数字，先想一想、算一算，这就是科学的态度。</p>
        </div>
      )}
    </div>
  );
}
