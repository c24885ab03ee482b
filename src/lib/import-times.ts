/**
 * Times in an imported file must not lie in the future: the newest `updatedAt` wins a merge, so
 * a tablet with a wrong clock (or a file forged with 2099) would win every later merge for good
 * and make genuine imports "已有未变". Checked at import only; data on the device that made it is
 * never refused for its times. Pure; `now` is passed in.
 */
import type { ClassGroup } from '../schemas/gum-class';

/**
 * How far ahead of this device a time may be. A day covers a tablet set to the wrong time zone
 * (up to ±14 h) and clocks a few minutes off, and still bounds what a wrong clock can do.
 */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment in this device's local time, e.g. "2099-01-01 08:00". */
export function localMinute(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** This device's local calendar day of a moment, `YYYY-MM-DD`. */
export function localDay(ms: number): string {
  return localMinute(ms).slice(0, 10);
}

const advice = '请检查那台平板的日期和时间，改对后重新导出。';

/**
 * Chinese messages for every time or day after `now` (plus the allowed skew), and every check
 * dated before its experiment's start; at most `max`, then a count of the rest. Empty when fine.
 */
export function futureTimeErrors(groups: readonly ClassGroup[], now: number, max = 5): string[] {
  const latest = now + MAX_CLOCK_SKEW_MS;
  const lastDay = localDay(latest);
  const errors: string[] = [];
  const time = (where: string, t: string) => {
    const ms = Date.parse(t);
    if (Number.isFinite(ms) && ms > latest) {
      errors.push(`${where}的时间是 ${localMinute(ms)}，在将来。${advice}`);
    }
  };
  const day = (where: string, d: string) => {
    if (d > lastDay) errors.push(`${where}的日期是 ${d}，在将来。${advice}`);
  };
  const stamped = (where: string, r: { createdAt: string; updatedAt: string }) => {
    time(`${where}（记录时间）`, r.createdAt);
    time(`${where}（修改时间）`, r.updatedAt);
  };
  for (const g of groups) {
    const name = `“${g.group.name}”`;
    stamped(`${name}的小组信息`, g.group);
    time(`${name}的导出`, g.exportedAt);
    g.surveys.forEach((s, i) => {
      stamped(`${name}的残胶清点第 ${i + 1} 条`, s);
      day(`${name}的残胶清点第 ${i + 1} 条`, s.date);
    });
    g.measurements.forEach((m, i) => stamped(`${name}的残胶测量第 ${i + 1} 条`, m));
    const { setup, predictions, observations } = g.decomposition;
    if (setup) {
      stamped(`${name}的实验设置`, setup);
      day(`${name}的实验设置`, setup.startDate);
    }
    predictions.forEach((p, i) => stamped(`${name}的预测第 ${i + 1} 条`, p));
    observations.forEach((o, i) => {
      const where = `${name}的观察记录第 ${i + 1} 条`;
      stamped(where, o);
      day(where, o.date);
      if (setup && o.date < setup.startDate) {
        errors.push(`${where}的日期 ${o.date} 早于实验开始的日子（${setup.startDate}）。`);
      }
    });
  }
  if (errors.length <= max) return errors;
  return [...errors.slice(0, max), `还有 ${errors.length - max} 处时间不对。`];
}
