/**
 * The class view of an investigation, driven by its definition: import groups' files, share
 * links (opened, pasted, or read by the camera), each checked on its own with a report in
 * Chinese; the groups, the summary tables, before vs after, and an Excel workbook and CSV files
 * for Excel/WPS, and the definition's charts (their code loads when they near the screen). The
 * data appears once this device's storage is read.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import type {
  InvestigationClassData,
  InvestigationGroup,
} from '../../schemas/investigation/records';
import {
  investigationClassStore,
  type InvestigationClassStore,
} from '../../stores/investigation/class';
import type {
  InvestigationImportReport,
  InvestigationParse,
} from '../../lib/investigation/import-file';
import { describeGroupReport } from '../../lib/merge/group-report';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../lib/import-limits';
import { comparisonTable, summaryTable, type SummaryTable } from '../../lib/investigation/summary';
import { investigationClassKey } from '../../lib/storage/storage-keys';
import { localDay } from '../../lib/import-times';
import { SaveStatus } from '../SaveStatus';
import { downloadBlockedMessage, downloadText } from '../download-text';
import { investigationShareCodec } from '../../lib/share/fragment';
import { LinkOffer } from '../share/LinkOffer';
import { PasteLink } from '../share/PasteLink';
import { ScanImport } from '../share/ScanImport';
import { followShareLinks } from '../share/take-fragment';
import { downloadWorkbook } from '../share/download-workbook';
import { LoadNearScreen } from '../LoadNearScreen';
import { UndoLine } from '../forms/UndoLine';
import {
  buildInvestigationClassExport,
  investigationFileName,
} from '../../lib/investigation/export-file';

/** Save the class data as one Excel workbook; the sheet builder loads with the writer. */
export function downloadInvestigationXlsx(
  def: InvestigationDefinition,
  data: InvestigationClassData,
): Promise<string> {
  return downloadWorkbook(async () => {
    const xlsx = await import('../../lib/investigation/xlsx');
    const now = new Date();
    return {
      name: xlsx.investigationXlsxName(def, localDay(now.getTime())),
      sheets: xlsx.investigationWorkbook(def, data, -now.getTimezoneOffset()),
    };
  });
}

/** Read the chosen files one by one (huge ones refused unread), then merge them together. */
export async function importFiles(store: InvestigationClassStore, files: readonly File[]) {
  const checked: { name: string; result: InvestigationParse }[] = [];
  const refused: InvestigationImportReport[] = [];
  for (const f of files) {
    if (f.size > MAX_IMPORT_BYTES) {
      refused.push({ source: f.name, ok: false, errors: [tooLargeMessage(f.size)] });
      continue;
    }
    try {
      checked.push({ name: f.name, result: await store.check(await f.text()) });
    } catch {
      refused.push({ source: f.name, ok: false, errors: ['文件读不出来。'] });
    }
  }
  return store.importChecked(checked, refused);
}

/** Why an export failed: the download's own message, or the module that did not load. */
function failedMessage(e: unknown, what: string): string {
  return e instanceof Error && e.message && !/import|fetch/i.test(e.message)
    ? e.message
    : `没能导出 ${what}。请刷新页面再试；没有网络时，要先在有网络时打开过一次本页。`;
}

function Report({ r }: { r: InvestigationImportReport }) {
  return r.ok ? (
    <li class="eck-import-report">
      <strong>“{r.source}”</strong>
      {r.kind === 'class' && '（全班数据文件）'}：
      {r.groups.length === 0 ? '文件里没有小组。' : r.groups.map(describeGroupReport).join('；')}
    </li>
  ) : (
    <li class="eck-import-report eck-import-report--bad">
      <strong>“{r.source}”没有导入：</strong>
      {r.errors.join(' ')}
    </li>
  );
}

/** The header rows: the fields, or the bands over their short labels (`SummaryTable`). */
function TableHead({ table }: { table: SummaryTable }) {
  const { bands, short } = table;
  if (!bands || !short) {
    return (
      <tr>
        {table.fields.map((f) => (
          <th key={f} scope="col">
            {f}
          </th>
        ))}
      </tr>
    );
  }
  return (
    <>
      <tr>
        {bands.map((b, i) =>
          b.span === 1 ? (
            <th key={i} scope="col" rowSpan={2}>
              {b.label}
            </th>
          ) : (
            <th key={i} scope="colgroup" colSpan={b.span}>
              {b.label}
            </th>
          ),
        )}
      </tr>
      <tr>
        {short.map((x, i) => (
          <th key={i} scope="col">
            {x}
          </th>
        ))}
      </tr>
    </>
  );
}

/** A number or a signed difference (“−7”, “+3”): right-aligned and kept on one line. */
const numeric = (c: unknown) => typeof c === 'number' || /^[+−-]?\d+(\.\d+)?$/.test(String(c));

function Table({ id, title, table }: { id: string; title: string; table: SummaryTable }) {
  return (
    <div class="eck-table-scroll" role="region" aria-labelledby={id} tabindex={0}>
      <table
        class={table.bands ? 'eck-class-table eck-class-table--banded' : 'eck-class-table'}
        data-table={id}
      >
        <caption id={id}>{title}</caption>
        <thead>
          <TableHead table={table} />
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={j} class={numeric(c) ? 'eck-num' : undefined}>
                    {c ?? '—'}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A group's grade and nicknames after its name, e.g. “（4 年级，小明、小红）”, or nothing. */
const groupDetails = ({ grade, nicknames }: InvestigationGroup) => {
  const parts = [grade && `${grade} 年级`, nicknames?.join('、')].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
};

export default function InvestigationClass({
  definition: def,
  store: given,
}: {
  definition: InvestigationDefinition;
  store?: InvestigationClassStore;
}) {
  const store = useMemo(() => given ?? investigationClassStore(def), [given, def]);
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState(false);
  const [csvMessage, setCsvMessage] = useState('');
  const [excelBusy, setExcelBusy] = useState(false);
  const codec = useMemo(() => investigationShareCodec(def), [def]);
  const blocked = downloadBlockedMessage();
  const data = useStore(store.$data);
  const save = useStore(store.$save);
  const notice = useStore(store.$notice);
  const reports = useStore(store.$reports);
  const undo = useStore(store.$undo);
  useEffect(() => {
    store.load();
    setReady(true);
    const stopLinks = followShareLinks(store.codecs, (f) => void store.readLink(f));
    const stop = store.listen(window);
    return () => {
      stop();
      stopLinks();
    };
  }, [store]);

  const csv = async (file: InvestigationDefinition['csv'][number]) => {
    try {
      // The CSV writer (papaparse) loads only when a CSV is asked for.
      const { investigationCsv, investigationCsvName } =
        await import('../../lib/investigation/csv');
      const name = investigationCsvName(def, file, localDay(Date.now()));
      downloadText(name, investigationCsv(def, file, data), 'text/csv');
      setCsvMessage(`已导出“${name}”。`);
    } catch (e) {
      setCsvMessage(failedMessage(e, 'CSV'));
    }
  };

  /** The whole class's data as one file, to carry to another computer (imported like a group's). */
  const classFile = () => {
    const now = new Date();
    const name = investigationFileName(def, '全班', localDay(now.getTime()));
    try {
      const file = buildInvestigationClassExport(def, data, now.toISOString());
      downloadText(name, `${JSON.stringify(file, null, 2)}\n`);
      setCsvMessage(`已导出“${name}”。`);
    } catch (e) {
      setCsvMessage(failedMessage(e, '全班数据文件'));
    }
  };

  const excel = async () => {
    setExcelBusy(true);
    setCsvMessage('正在生成 Excel 文件…');
    try {
      setCsvMessage(`已导出“${await downloadInvestigationXlsx(def, data)}”。`);
    } catch (e) {
      setCsvMessage(failedMessage(e, 'Excel 文件'));
    }
    setExcelBusy(false);
  };

  const loaded = ready && save.kind !== 'loading';
  return (
    // Busy until the class data kept on this computer has been read.
    <div class="eck-class" aria-busy={loaded ? undefined : 'true'}>
      <SaveStatus
        save={save}
        notice={notice}
        loadingText="正在读取本机保存的全班数据…"
        failureText={(reason) =>
          reason === 'quota'
            ? '没能保存：这台电脑给网站的存储空间满了。导入的数据只在这个页面上，请先导出 CSV。'
            : '没能保存：这个浏览器不让网站保存数据。导入的数据只在这个页面上，请先导出 CSV。'
        }
        exportLabel={`导出 CSV（${def.csv[0]?.label ?? ''}）`}
        onExport={() => {
          if (def.csv[0]) void csv(def.csv[0]);
        }}
        onRetry={() => store.retrySave()}
        onRelease={() => store.releaseDamaged()}
        onDismiss={() => store.dismissNotice()}
        recoveredText={(n) =>
          `本机保存的全班数据有一部分坏了（${n.dropped} 处读不出来），能读的已经载入。请把各组的文件再导入一次。`
        }
        rawFileName={`${investigationClassKey(def.id)}-原来的数据.txt`}
        migratedText={(dropped) =>
          '已把旧版本保存的全班数据转换成新格式。' +
          (dropped > 0 ? `有 ${dropped} 处读不出来，没有转换，请把这些小组的文件再导入一次。` : '')
        }
      >
        <UndoLine
          label={undo?.label ?? null}
          expiresAt={undo?.expiresAt ?? null}
          onUndo={() => store.undoRemove()}
        />
      </SaveStatus>
      {loaded && (
        <>
          <LinkOffer store={store} />
          <section class="eck-record-section" aria-labelledby="eck-import-title">
            <h2 id="eck-import-title">导入小组数据</h2>
            <p>
              最好用文件：各小组在记录页点“导出文件”，把文件交给老师。分享链接和二维码里装着小组的全部记录，谁拿到链接谁就能看到；直接打开的链接会留在这台电脑的浏览历史里，所以请把链接粘贴到下面的框里读取，或者用摄像头扫码。
            </p>
            <div class="eck-dropzone">
              <label class="eck-button eck-button--primary eck-file-button" for="eck-import-files">
                选择文件（可以一次选多个）
              </label>
              <input
                id="eck-import-files"
                class="eck-file-input"
                type="file"
                accept=".json,application/json"
                multiple
                disabled={busy}
                onChange={(e) => {
                  const input = e.currentTarget;
                  const files = [...(input.files ?? [])];
                  input.value = '';
                  setBusy(true);
                  void importFiles(store, files).finally(() => setBusy(false));
                }}
              />
            </div>
            <PasteLink store={store} codec={codec} />
            <ScanImport store={store} />
            <ul class="eck-import-reports" aria-live="polite" aria-label="导入结果">
              {reports.map((r, i) => (
                <Report key={i} r={r} />
              ))}
            </ul>
          </section>
          {data.groups.length === 0 ? (
            <p class="eck-class-empty">
              还没有小组的数据。请导入小组在记录页导出的文件，或读取小组发来的分享链接。
            </p>
          ) : (
            <>
              <section class="eck-record-section" aria-labelledby="eck-groups-title">
                <h2 id="eck-groups-title">已导入的小组（{data.groups.length}）</h2>
                <ul class="eck-record-list">
                  {data.groups.map((g) => (
                    <li key={g.group.id} class="eck-record-item">
                      <div class="eck-record-text">
                        <strong>{g.group.name}</strong>
                        {groupDetails(g.group)}：
                        {def.kinds
                          .map((k) => `${k.label} ${g.records[k.id]?.length ?? 0} 条`)
                          .join('，')}
                      </div>
                      <div class="eck-record-actions">
                        <button
                          type="button"
                          class="eck-button eck-button--danger"
                          aria-label={`移除 ${g.group.name}`}
                          onClick={() => store.removeGroup(g.group.id)}
                        >
                          移除
                        </button>
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
              <section class="eck-record-section" aria-labelledby="eck-results-title">
                <h2 id="eck-results-title">全班结果</h2>
                {def.summaries.map((s) => (
                  <Table
                    key={s.id}
                    id={`eck-summary-${s.id}`}
                    title={s.title}
                    table={summaryTable(def, s, data)}
                  />
                ))}
                {(def.comparisons ?? []).map((c) => (
                  <Table
                    key={c.id}
                    id={`eck-compare-${c.id}`}
                    title={c.title}
                    table={comparisonTable(def, c, data)}
                  />
                ))}
              </section>
              <section class="eck-record-section" aria-labelledby="eck-csv-title">
                <h2 id="eck-csv-title">导出给 Excel / WPS</h2>
                <p>
                  Excel 文件（.xlsx）用 Excel 或 WPS 表格打开，每种记录和每张结果表各一张工作表。CSV
                  文件每种记录一个文件。
                </p>
                {blocked && <p class="eck-alert">{blocked}</p>}
                <div class="eck-form-buttons">
                  <button
                    type="button"
                    class="eck-button eck-button--primary"
                    disabled={excelBusy}
                    onClick={() => void excel()}
                  >
                    导出 Excel
                  </button>
                  {def.csv.map((f) => (
                    <button
                      key={f.label}
                      type="button"
                      class="eck-button"
                      onClick={() => void csv(f)}
                    >
                      导出 CSV：{f.label}
                    </button>
                  ))}
                </div>
                <p>
                  换一台电脑（办公室和教室）时，点“导出全班数据文件”，在另一台电脑的本页“选择文件”导入它。
                </p>
                <div class="eck-form-buttons">
                  <button type="button" class="eck-button" onClick={classFile}>
                    导出全班数据文件
                  </button>
                </div>
                <p class="eck-form-message" role="status">
                  {csvMessage}
                </p>
              </section>
              {/* Last: the charts load when they near the screen and grow, and nothing below
                  them can move under a finger (the export buttons were above them). */}
              {(def.charts ?? []).length > 0 && (
                <LoadNearScreen
                  titleId="eck-charts-title"
                  title="全班结果的图"
                  load={() => import('./InvestigationCharts')}
                >
                  {({ InvestigationCharts }) => (
                    <InvestigationCharts definition={def} data={data} titleId="eck-charts-title" />
                  )}
                </LoadNearScreen>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
