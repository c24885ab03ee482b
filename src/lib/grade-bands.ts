/** Grade-band versions of a lesson's activities: finding one and naming its grades. Pure. */
import type { Activity, Grade } from '../schemas/lesson';
import { formatGrades } from './lesson-format';

/** The activity with that id in any lesson, or an error naming the id. */
export function findActivity(
  lessons: readonly { activities: readonly Activity[] }[],
  id: string,
): Activity {
  const found = lessons.flatMap((l) => l.activities).find((a) => a.id === id);
  if (!found) {
    throw new Error(`<GradeBands activity="${id}" />：没有哪一课的 activities 里有这个 id`);
  }
  return found;
}

/** [1, 2] → "一、二年级", [3, 4, 5] → "三至五年级", [6] → "六年级". */
export function bandLabel(grades: readonly Grade[]): string {
  return formatGrades(grades);
}
