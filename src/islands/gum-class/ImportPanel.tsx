import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { GumClassStore } from '../../stores/gum-class';
import {
  MAX_IMPORT_BYTES,
  parseImportText,
  tooLargeMessage,
  type ImportParseResult,
  type ImportReport,
} from '../../lib/gum-import';
import { describeGroupReport } from '../../lib/gum-merge';
import { gumShareCodec } from '../../lib/share-fragment';
import { PasteLink } from '../share/PasteLink';
import { ScanImport } from '../share/ScanImport';

/** Let the browser paint and handle input between two pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Read and check the chosen files one by one, each in its own task so a big class does not
 * freeze the page (huge files are refused unread), then merge them together.
 */
export async function importFiles(store: GumClassStore, files: readonly File[]): Promise<void> {
  const checked: { name: string; result: ImportParseResult }[] = [];
  const refused: ImportReport[] = [];
  for (const f of files) {
    if (f.size > MAX_IMPORT_BYTES) {
      refused.push({ source: f.name, ok: false, errors: [tooLargeMessage(f.size)] });
      continue;
    }
    let text: string;
    try {
      text = await f.text();
    } catch {
      refused.push({ source: f.name, ok: false, errors: ['文件读不出来。'] });
      continue;
    }
    await nextTask();
    checked.push({ name: f.name, result: parseImportText(text) });
  }
  await nextTask();
  store.importChecked(checked, refused);
}

function ReportItem({ store, report }: { store: GumClassStore; report: ImportReport }) {
  if (!report.ok) {
    return (
      <li class="eck-import-report eck-import-report--bad">
        <strong>“{report.source}”没有导入：</strong>
        {report.errors.join(' ')}
      </li>
    );
  }
  return (
    <li class="eck-import-report">
      <strong>“{report.source}”</strong>
      {report.kind === 'class' && '（全班数据文件）'}：
      {report.groups.length === 0
        ? '文件里没有小组。'
        : report.groups.map(describeGroupReport).join('；')}
      。
      {report.kind === 'group' &&
        report.groups
          .filter((g) => g.notInFile > 0)
          .map((g) => (
            <span class="eck-import-replace" key={g.groupId}>
              如果这些记录是小组在平板上删掉的，可以
              <button
                type="button"
                class="eck-button"
                onClick={() => store.replaceWithFile(g.groupId)}
              >
                只保留这个文件里“{g.groupName}”的记录
              </button>
            </span>
          ))}
    </li>
  );
}

/** Choose or drop the groups' files; the report of the last import. */
export function ImportPanel({ store }: { store: GumClassStore }) {
  const reports = useStore(store.$reports);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const bad = reports.filter((r) => !r.ok).length;

  const run = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    await importFiles(store, files);
    setBusy(false);
  };

  return (
    <section class="eck-record-section eck-print-hidden" aria-labelledby="eck-import-title">
      <h2 id="eck-import-title">导入小组数据</h2>
      <p>
        把各小组在平板上“导出文件”得到的文件放到这台电脑上，一次可以选多个。重复导入同一个文件不会重复计算；小组修改过的记录会换成新的。
      </p>
      <div
        class={over ? 'eck-dropzone eck-dropzone--over' : 'eck-dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void run([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label class="eck-button eck-button--primary eck-file-button" for="eck-import-files">
          选择文件（可多选）
        </label>
        <input
          id="eck-import-files"
          class="eck-file-input"
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby="eck-import-hint eck-import-reports"
          aria-invalid={bad > 0 ? 'true' : undefined}
          onChange={(e) => {
            const input = e.currentTarget;
            const files = [...(input.files ?? [])];
            input.value = '';
            void run(files);
          }}
        />
        <p id="eck-import-hint" class="eck-field-hint">
          也可以把文件直接拖到这个框里。只接受口香糖实验导出的 .json 文件，每个最大 5 MB。
        </p>
      </div>
      <PasteLink store={store} codec={gumShareCodec} />
      <ScanImport store={store} />
      <div id="eck-import-reports" role="status" aria-live="polite">
        {busy && <p>正在读取文件…</p>}
        {reports.length > 0 && (
          <>
            <p class="eck-form-message">
              {[
                reports.length > bad && `导入了 ${reports.length - bad} 个文件`,
                bad > 0 && `${bad} 个文件没有导入，全班数据没有因此改变`,
              ]
                .filter(Boolean)
                .join('，')}
              。
            </p>
            <ul class="eck-import-reports">
              {reports.map((r, i) => (
                <ReportItem key={i} store={store} report={r} />
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
