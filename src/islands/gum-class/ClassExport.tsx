import { useState } from 'preact/hooks';
import type { ClassData } from '../../schemas/gum-class';
import { buildClassExport } from '../../lib/gum-import';
import { localDate } from '../../lib/gum-calc';
import { downloadText } from '../download-text';

/** Kinds of CSV, listed here so papaparse loads only when a CSV is asked for. */
const kinds = [
  ['groups', '小组'],
  ['surveys', '残胶清点'],
  ['measurements', '残胶测量'],
  ['predictions', '预测'],
  ['observations', '分解观察'],
] as const;

/** Save the merged class data as a JSON file the class view can import again. */
export function downloadClassJson(data: ClassData): string {
  const now = new Date();
  const name = `口香糖实验-全班-${localDate(now)}.json`;
  downloadText(name, `${JSON.stringify(buildClassExport(data, now.toISOString()), null, 2)}\n`);
  return name;
}

/** CSV files for spreadsheets (one per kind of record) and the class JSON. */
export function ClassExport({ data }: { data: ClassData }) {
  const [message, setMessage] = useState('');
  return (
    <section class="eck-record-section eck-print-hidden" aria-labelledby="eck-class-export-title">
      <h2 id="eck-class-export-title">导出全班数据</h2>
      <p>
        CSV 文件可以用 Excel 或 WPS
        表格打开，每种记录一个文件。全班数据（JSON）可以在另一台电脑上再导入。
      </p>
      <div class="eck-form-buttons">
        {kinds.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            class="eck-button"
            onClick={async () => {
              const csv = await import('../../lib/gum-csv');
              const name = csv.csvFileName(kind, localDate(new Date()));
              downloadText(name, csv.classCsv(data, kind), 'text/csv');
              setMessage(`已导出文件：${name}`);
            }}
          >
            {label}（CSV）
          </button>
        ))}
        <button
          type="button"
          class="eck-button eck-button--primary"
          onClick={() => setMessage(`已导出文件：${downloadClassJson(data)}`)}
        >
          全班数据（JSON）
        </button>
      </div>
      <p class="eck-form-message" role="status">
        {message}
      </p>
    </section>
  );
}
