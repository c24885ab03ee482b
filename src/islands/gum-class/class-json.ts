import type { ClassData } from '../../schemas/gum-class';
import { buildClassExport } from '../../lib/gum-import';
import { localDate } from '../../lib/gum-calc';
import { downloadText } from '../gum-record/download';

/** Save the merged class data as a JSON file the class view can import again. */
export function downloadClassJson(data: ClassData): string {
  const now = new Date();
  const name = `口香糖实验-全班-${localDate(now)}.json`;
  downloadText(name, `${JSON.stringify(buildClassExport(data, now.toISOString()), null, 2)}\n`);
  return name;
}
