import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { GumRecordStore } from '../../stores/gum-record';
import type { GumRecord } from '../../schemas/gum-record';
import { downloadBlockedMessage, exportRecord } from './download';

/** Latest change of any record, to tell whether the last export is out of date. */
function lastChange(r: GumRecord): string {
  const times = [
    r.group?.updatedAt ?? '',
    r.decomposition.setup?.updatedAt ?? '',
    ...r.surveys.map((x) => x.updatedAt),
    ...r.measurements.map((x) => x.updatedAt),
    ...r.decomposition.predictions.map((x) => x.updatedAt),
    ...r.decomposition.observations.map((x) => x.updatedAt),
  ];
  return times.sort()[times.length - 1] ?? '';
}

export function ExportPanel({ store, record }: { store: GumRecordStore; record: GumRecord }) {
  const [message, setMessage] = useState('');
  const blocked = downloadBlockedMessage();
  const persistent = useStore(store.$persistent);
  const stale = record.lastExportedAt === null || record.lastExportedAt < lastChange(record);
  return (
    <section class="eck-record-section eck-export" aria-labelledby="eck-export-title">
      <h2 id="eck-export-title">导出小组数据</h2>
      <p class={stale ? 'eck-reminder eck-reminder--due' : 'eck-reminder'}>
        <strong>每节课结束前请导出一次</strong>
        ，把文件交给老师或存到U盘。记录只保存在这台平板的浏览器里；有的浏览器（如苹果的 Safari）7
        天不打开这个网站就会自动删除数据，而实验要做 1～2 周。
      </p>
      {persistent === false && <p>这个浏览器没有答应长期保存这些记录，更要记得按时导出。</p>}
      <p>
        上次导出：
        {record.lastExportedAt
          ? new Date(record.lastExportedAt).toLocaleString('zh-CN')
          : '还没有导出过'}
        {stale && record.lastExportedAt && '（之后又有新的记录）'}
      </p>
      {blocked && <p class="eck-alert">{blocked}下面的“用链接或二维码发给老师”在这里也能用。</p>}
      <button
        type="button"
        class="eck-button eck-button--primary"
        onClick={() => {
          try {
            const name = exportRecord(store, record);
            setMessage(name ? `已导出文件：${name}` : '请先写上小组名称。');
          } catch (e) {
            setMessage(e instanceof Error ? e.message : '文件没能导出。');
          }
        }}
      >
        导出文件
      </button>
      <p class="eck-form-message" role="status">
        {message}
      </p>
    </section>
  );
}
