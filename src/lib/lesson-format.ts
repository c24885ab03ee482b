import type { Duration, Grade } from '../schemas/lesson';

const chineseNumerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** 1 → "一" … 10 → "十"; larger numbers stay in Arabic digits. */
export function toChineseNumeral(n: number): string {
  return (Number.isInteger(n) && chineseNumerals[n]) || String(n);
}

/**
 * Describe a set of school years the way Chinese teachers write it:
 * [1..6] → "一至六年级", [3, 5] → "三、五年级".
 */
export function formatGrades(grades: readonly Grade[]): string {
  const sorted = [...new Set(grades)].sort((a, b) => a - b);
  const [first] = sorted;
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  const contiguous = last - first === sorted.length - 1;
  if (sorted.length === 1) return `${toChineseNumeral(first)}年级`;
  if (contiguous && sorted.length > 2) {
    return `${toChineseNumeral(first)}至${toChineseNumeral(last)}年级`;
  }
  return `${sorted.map(toChineseNumeral).join('、')}年级`;
}

/** "1 课时，40 分钟" or "1–2 周，约 4 次：第一次 60 分钟，以后每次 30 分钟". */
export function formatDuration(d: Duration): string {
  const parts: string[] = [];
  if (d.spanWeeks) {
    const { min, max } = d.spanWeeks;
    parts.push(min === max ? `${min} 周` : `${min}–${max} 周`);
  }
  if (d.plan && d.sessions > 1) {
    const [first, ...rest] = d.plan;
    const restMinutes = rest.map((p) => p.minutes);
    const low = Math.min(...restMinutes);
    const high = Math.max(...restMinutes);
    const later = low === high ? `${low}` : `${low}～${high}`;
    const slot = first?.slot ? `（${first.slot}）` : '';
    parts.push(
      `约 ${d.sessions} 次：第一次 ${first?.minutes ?? 0} 分钟${slot}，以后每次 ${later} 分钟`,
    );
    return parts.join('，');
  }
  if (d.sessions === 1) {
    parts.push(`1 课时，${d.firstSessionMinutes ?? d.minutesPerSession} 分钟`);
  } else if (d.firstSessionMinutes && d.firstSessionMinutes !== d.minutesPerSession) {
    parts.push(
      `约 ${d.sessions} 次：第一次 ${d.firstSessionMinutes} 分钟，以后每次 ${d.minutesPerSession} 分钟`,
    );
  } else {
    parts.push(`约 ${d.sessions} 次，每次 ${d.minutesPerSession} 分钟`);
  }
  return parts.join('，');
}

/** Total planned minutes over all sessions (the plan's sum when the lesson has one). */
export function totalMinutes(d: Duration): number {
  if (d.sessions < 1) return 0;
  if (d.plan) return d.plan.reduce((sum, p) => sum + p.minutes, 0);
  return (d.firstSessionMinutes ?? d.minutesPerSession) + (d.sessions - 1) * d.minutesPerSession;
}
