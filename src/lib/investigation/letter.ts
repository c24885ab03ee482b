/**
 * The sentences an investigation's letter takes from the class data: what the first round found
 * per row (e.g. per zone) and how the second round compared, both from the definition's
 * `letter.comparison`. Blanks to write on when the class data has none. Pure.
 */
import type {
  InvestigationDefinition,
  InvestigationLetter,
} from '../../schemas/investigation/definition';
import type { InvestigationClassData } from '../../schemas/investigation/records';
import { BLANK, formatAmount } from '../letter/text';
import { comparisonTable } from './summary';
import { choiceLabel, kindOf } from './values';

/** Most rows named one by one; the rest are counted in the totals. */
export const LETTER_ROWS = 12;

/** A sentence for the letter, and whether it came from the class data (else blanks). */
export interface LetterSentence {
  text: string;
  fromData: boolean;
}

interface Row {
  name: string;
  before: number | null;
  after: number | null;
  parts: number[];
}

/** A part of the definition the build checked; missing only if the letter names a wrong one. */
function must<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`the letter names no ${what}`);
  return x;
}

/** What the letter needs of the definition: its comparison, the total's unit, the row label. */
function shape(def: InvestigationDefinition, letter: InvestigationLetter) {
  const c = must(
    def.comparisons?.find((x) => x.id === letter.comparison),
    `comparison ${letter.comparison}`,
  );
  const kind = kindOf(def, c.kind);
  const field = (id: string) =>
    must(
      kind.fields.find((f) => f.id === id),
      `field ${id}`,
    );
  const described = (id: string): { label: string; unit?: string | undefined } =>
    must(
      kind.fields.find((f) => f.id === id) ?? kind.derived?.find((x) => x.id === id),
      `field ${id}`,
    );
  const byField = field(c.by);
  return {
    c,
    rowLabel: field(must(c.groupBy[0], 'rows')).label,
    beforeLabel: choiceLabel(def, byField, c.before, {}),
    afterLabel: choiceLabel(def, byField, c.after, {}),
    unit: described(letter.total).unit ?? '',
    partLabels: c.sum.filter((s) => s !== letter.total).map((s) => described(s).label),
  };
}

/** Rows of the comparison: each row's name, its totals before and after, its parts before. */
function rowsOf(
  def: InvestigationDefinition,
  c: ReturnType<typeof shape>['c'],
  letter: InvestigationLetter,
  data: InvestigationClassData,
): Row[] {
  const table = comparisonTable(def, c, data);
  const at = (id: string) => c.groupBy.length + 3 * c.sum.indexOf(id);
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const parts = c.sum.filter((s) => s !== letter.total);
  return table.rows.map((r) => ({
    name: r.slice(0, c.groupBy.length).join(' '),
    before: num(r[at(letter.total)]),
    after: num(r[at(letter.total) + 1]),
    parts: parts.map((p) => num(r[at(p)]) ?? 0),
  }));
}

type Round = 'before' | 'after';

/**
 * What a sentence starts from: the letter's shape and the rows that have a total for every
 * round in `rounds` (none without class data).
 */
function sentenceSetUp<R extends Round>(
  def: InvestigationDefinition,
  letter: InvestigationLetter,
  data: InvestigationClassData | null,
  rounds: readonly R[],
) {
  const s = shape(def, letter);
  const all = data ? rowsOf(def, s.c, letter, data) : [];
  const rows = all.filter((r): r is Row & Record<R, number> => rounds.every((k) => r[k] !== null));
  return { s, rows };
}

/** "少了 3 件", "多了 2 件", "一样多". */
function change(d: number, unit: string): string {
  if (d === 0) return '一样多';
  return `${d < 0 ? '少了' : '多了'} ${formatAmount(Math.abs(d))} ${unit}`;
}

/** A list of rows "操场 23 件，食堂门口 40 件", the first LETTER_ROWS of them, then 等. */
function listRows<R>(rows: R[], item: (r: R) => string): string {
  const shown = rows.slice(0, LETTER_ROWS).map(item).join('，');
  return rows.length > LETTER_ROWS ? `${shown}等` : shown;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * What the first round found, e.g. "我们调查了 2 个区域。第一次调查一共发现 63 件垃圾：操场
 * 23 件，食堂门口 40 件。最多的一类是其他垃圾，18 件。"
 */
export function findingsSentence(
  def: InvestigationDefinition,
  letter: InvestigationLetter,
  data: InvestigationClassData | null,
): LetterSentence {
  const { s, rows } = sentenceSetUp(def, letter, data, ['before']);
  const what = letter.what;
  if (rows.length === 0) {
    return {
      text: `我们调查了 ${BLANK} 个${s.rowLabel}。${s.beforeLabel}调查一共发现 ${BLANK} ${s.unit}${what}，最多的一类是 ${BLANK}。`,
      fromData: false,
    };
  }
  const total = sum(rows.map((r) => r.before));
  const list = listRows(rows, (r) => `${r.name} ${formatAmount(r.before)} ${s.unit}`);
  const partTotals = s.partLabels.map((_, i) => sum(rows.map((r) => r.parts[i] ?? 0)));
  const most = Math.max(...partTotals);
  const top = s.partLabels.filter((_, i) => partTotals[i] === most);
  const mostText =
    s.partLabels.length > 0 && most > 0
      ? `最多的一类是${top.join('和')}，${formatAmount(most)} ${s.unit}。`
      : '';
  return {
    text: `我们调查了 ${rows.length} 个${s.rowLabel}。${s.beforeLabel}调查一共发现 ${formatAmount(total)} ${s.unit}${what}：${list}。${mostText}`,
    fromData: true,
  };
}

/**
 * How the second round compared, e.g. "第二次调查一共发现 26 件，比第一次少了 37 件：操场 8 件
 * （少了 15 件），食堂门口 18 件（少了 22 件）。" Only rows surveyed both times are compared.
 */
export function comparisonSentence(
  def: InvestigationDefinition,
  letter: InvestigationLetter,
  data: InvestigationClassData | null,
): LetterSentence {
  const { s, rows } = sentenceSetUp(def, letter, data, ['before', 'after']);
  if (rows.length === 0) {
    return {
      text: `${s.afterLabel}调查一共发现 ${BLANK} ${s.unit}${letter.what}，比${s.beforeLabel}${BLANK}。`,
      fromData: false,
    };
  }
  const before = sum(rows.map((r) => r.before));
  const after = sum(rows.map((r) => r.after));
  const list = listRows(
    rows,
    (r) => `${r.name} ${formatAmount(r.after)} ${s.unit}（${change(r.after - r.before, s.unit)}）`,
  );
  const overall = after === before ? '和' : '比';
  const diff = change(after - before, s.unit);
  return {
    text: `在两次都调查了的 ${rows.length} 个${s.rowLabel}里，${s.afterLabel}调查一共发现 ${formatAmount(after)} ${s.unit}${letter.what}，${overall}${s.beforeLabel}${diff}：${list}。`,
    fromData: true,
  };
}
