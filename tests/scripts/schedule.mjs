// When each step of `npm test` starts (tests/run-all.mjs): up to `slots` at a time, each as soon
// as what it needs is built, earlier rows of the list first. Pure, so a plan can be checked and
// timed on paper (simulate) without running it.

/**
 * The waiting steps that may start now, and those that never will. A step starts when every
 * name it `needs` has been provided, no running step `writes` a thing it writes, and fewer than
 * `slots` steps run. Steps are taken in the order given, but one that must wait does not hold
 * back a later one that need not. A step one of whose needs failed is skipped.
 * @template {{ needs?: string[], writes?: string[] }} S
 * @param {S[]} waiting in list order
 * @param {{ running?: Array<{ writes?: string[] }>, provided?: Set<string>,
 *   failed?: Set<string>, slots: number }} state
 * @returns {{ start: S[], skip: S[] }}
 */
export function nextSteps(
  waiting,
  { running = [], provided = new Set(), failed = new Set(), slots },
) {
  const start = [];
  const skip = [];
  const busy = new Set(running.flatMap((s) => s.writes ?? []));
  let free = slots - running.length;
  for (const step of waiting) {
    const needs = step.needs ?? [];
    if (needs.some((n) => failed.has(n))) skip.push(step);
    else if (
      free > 0 &&
      needs.every((n) => provided.has(n)) &&
      !(step.writes ?? []).some((w) => busy.has(w))
    ) {
      start.push(step);
      free -= 1;
      for (const w of step.writes ?? []) busy.add(w);
    }
  }
  return { start, skip };
}

/**
 * A run on paper: when each step would start and end if it took `seconds[step.name]` however
 * many ran beside it (on two cores they slow each other; this is the order, not a forecast).
 * @returns {Array<{ name: string, start: number, end: number }>} in the order the steps start
 */
export function simulate(steps, seconds, slots) {
  const waiting = [...steps];
  const running = [];
  const provided = new Set();
  const timeline = [];
  let now = 0;
  while (waiting.length || running.length) {
    const { start } = nextSteps(waiting, { running: running.map((r) => r.step), provided, slots });
    for (const step of start) {
      waiting.splice(waiting.indexOf(step), 1);
      const end = now + (seconds[step.name] ?? 0);
      running.push({ step, end });
      timeline.push({ name: step.name, start: now, end });
    }
    if (!running.length)
      throw new Error(
        `${waiting.map((s) => s.name).join(', ')}: waiting for what no step provides`,
      );
    running.sort((a, b) => a.end - b.end);
    const done = running.shift();
    now = done.end;
    if (done.step.provides) provided.add(done.step.provides);
  }
  return timeline;
}
