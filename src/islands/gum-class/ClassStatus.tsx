import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { GUM_CLASS_KEY, type GumClassStore } from '../../stores/gum-class';
import type { SaveState } from '../../stores/persisted';
import { downloadText } from '../gum-record/download';
import { downloadClassJson } from './ClassExport';

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });

function failureText(s: Extract<SaveState, { kind: 'failed' }>): string {
  return s.reason === 'quota'
    ? '没能保存：这台设备给网站的存储空间满了。全班数据还在这个页面上，但关掉页面就会丢失。请先下载全班数据（JSON），再清理浏览器里别的网站数据。'
    : '没能保存：这个浏览器不让网站保存数据（可能是无痕模式或被禁止了）。全班数据只在这个页面上，关掉就会丢失。请先下载全班数据（JSON）。';
}

/** Save state, storage problems, damaged stored data and the undo of a removed group. */
export function ClassStatus({ store }: { store: GumClassStore }) {
  const save = useStore(store.$save);
  const notice = useStore(store.$notice);
  const removal = useStore(store.$removal);
  const data = useStore(store.$classData);
  const [, tick] = useState(0);
  useEffect(() => {
    if (!removal) return;
    const t = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [removal]);
  const secondsLeft = removal ? Math.max(0, Math.ceil((removal.expiresAt - Date.now()) / 1000)) : 0;

  return (
    <div class="eck-status-area eck-print-hidden">
      <p class="eck-save-state" role="status">
        {save.kind === 'loading' && '正在读取本机保存的全班数据…'}
        {save.kind === 'saved' && (save.at ? `已保存 ${time(save.at)}` : '已保存在本机')}
        {save.kind === 'failed' && '未保存！'}
      </p>
      {save.kind === 'failed' && (
        <div class="eck-alert" role="alert">
          <p>{failureText(save)}</p>
          <div class="eck-form-buttons">
            <button
              type="button"
              class="eck-button eck-button--primary"
              onClick={() => downloadClassJson(data)}
            >
              下载全班数据（JSON）
            </button>
            <button type="button" class="eck-button" onClick={() => store.retrySave()}>
              再试一次保存
            </button>
          </div>
        </div>
      )}
      {notice?.kind === 'recovered' && (
        <div class="eck-alert" role="alert">
          <p>
            本机保存的全班数据有一部分坏了（{notice.dropped} 处读不出来）。能读的小组都已经载入。
            {notice.backupKey
              ? `原来的数据另存了一份（${notice.backupKey}）。`
              : '原来的数据没能另存，请点“下载原来的数据”保存一份。'}
            也可以重新导入小组的文件。
          </p>
          <div class="eck-form-buttons">
            {notice.raw !== null && (
              <button
                type="button"
                class="eck-button"
                onClick={() =>
                  downloadText(`${GUM_CLASS_KEY}-原来的数据.txt`, notice.raw ?? '', 'text/plain')
                }
              >
                下载原来的数据
              </button>
            )}
            <button type="button" class="eck-button" onClick={() => store.dismissNotice()}>
              知道了
            </button>
          </div>
        </div>
      )}
      <div class="eck-undo" role="status">
        {removal && (
          <>
            <span>
              {removal.kind === 'removed'
                ? `已删除“${removal.group.group.name}”的数据。`
                : `已用文件替换“${removal.group.group.name}”的数据。`}
              （{secondsLeft} 秒内可以撤销）
            </span>
            <button type="button" class="eck-button" onClick={() => store.undoRemove()}>
              {removal.kind === 'removed' ? '撤销删除' : '撤销替换'}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
