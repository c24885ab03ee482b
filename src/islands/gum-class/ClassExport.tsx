import { useState } from 'preact/hooks';
import type { ClassData } from '../../schemas/gum-class';
import { localDate } from '../../lib/gum-calc';
import { csvKindLabels, csvKinds } from '../../lib/gum-class/kinds';
import { downloadBlockedMessage, downloadText } from '../gum-record/download';
import { downloadWorkbook } from '../share/download-workbook';
import { downloadClassJson } from './class-json';

/**
 * Save the class data as one Excel workbook. The writer (write-excel-file) and the sheet
 * builder load on the first tap only.
 */
export function downloadClassXlsx(data: ClassData): Promise<string> {
  return downloadWorkbook(async () => {
    const xlsx = await import('../../lib/gum-class/xlsx');
    const now = new Date();
    return {
      name: xlsx.xlsxFileName(localDate(now)),
      sheets: xlsx.classWorkbook(data, -now.getTimezoneOffset()),
    };
  });
}

/** An Excel workbook, CSV files for spreadsheets (one per kind of record) and the class JSON. */
export function ClassExport({ data }: { data: ClassData }) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const blocked = downloadBlockedMessage();
  /** Run a download; where downloads cannot work, show why instead. */
  const run = async (save: () => string | Promise<string>) => {
    try {
      setMessage(`已导出文件：${await save()}`);
    } catch (e) {
      setMessage(
        blocked ?? (e instanceof Error ? e.message : '文件没能生成（网络断了，或浏览器太旧）。'),
      );
    }
  };

  async function excel() {
    setBusy(true);
    setMessage('正在生成 Excel 文件…');
    await run(() => downloadClassXlsx(data));
    setBusy(false);
  }

  return (
    <section class="eck-record-section eck-print-hidden" aria-labelledby="eck-class-export-title">
      <h2 id="eck-class-export-title">导出全班数据</h2>
      <p>
        Excel 文件（.xlsx）用 Excel 或 WPS 表格打开，每种记录一张工作表。CSV
        文件每种记录一个文件。全班数据（JSON）可以在另一台电脑上再导入。
      </p>
      {blocked && <p class="eck-alert">{blocked}</p>}
      <div class="eck-form-buttons">
        <button
          type="button"
          class="eck-button eck-button--primary"
          disabled={busy}
          onClick={() => void excel()}
        >
          导出 Excel
        </button>
        {csvKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            class="eck-button"
            onClick={() =>
              void run(async () => {
                const csv = await import('../../lib/gum-csv');
                const name = csv.csvFileName(kind, localDate(new Date()));
                downloadText(name, csv.classCsv(data, kind), 'text/csv');
                return name;
              })
            }
          >
            {csvKindLabels[kind]}（CSV）
          </button>
        ))}
        <button
          type="button"
          class="eck-button"
          onClick={() => void run(() => downloadClassJson(data))}
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
