import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { GUM_RECORD_KEY, type GumRecordStore } from '../../stores/gum-record';
import type { SaveState } from '../../stores/persisted';
import { exportRecord } from './download';
import { downloadText } from './download';

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });

function failureText(s: Extract<SaveState, { kind: 'failed' }>): string {
  return s.reason === 'quota'
    ? '没能保存：这台平板给网站的存储空间满了。刚才的记录还在这个页面上，但关掉页面就会丢失。请马上导出文件，再请老师清理浏览器里别的网站数据。'
    : '没能保存：这个浏览器不让网站保存数据（可能是无痕模式或被禁止了）。记录只在这个页面上，关掉就会丢失。请马上导出文件，换成普通模式再打开。';
}

/** Save state ("已保存"), storage problems with export at hand, and the undo of a deletion. */
export function StatusBar({ store }: { store: GumRecordStore }) {
  const save = useStore(store.$save);
  const notice = useStore(store.$notice);
  const undo = useStore(store.$undo);
  const record = useStore(store.$gumRecord);
  const [, tick] = useState(0);
  useEffect(() => {
    if (!undo) return;
    const t = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [undo]);
  const secondsLeft = undo ? Math.max(0, Math.ceil((undo.expiresAt - Date.now()) / 1000)) : 0;

  return (
    <div class="eck-status-area">
      <p class="eck-save-state" role="status">
        {save.kind === 'loading' && '正在读取本机保存的记录…'}
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
              onClick={() => exportRecord(store, record)}
              disabled={!record.group}
            >
              导出文件
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
            本机保存的记录有一部分坏了（{notice.dropped} 处读不出来）。能读的记录都已经载入。
            {notice.backupKey
              ? `原来的数据另存了一份（${notice.backupKey}），老师可以请人帮忙找回。`
              : '原来的数据没能另存，请点“下载原来的数据”保存一份交给老师。'}
          </p>
          <div class="eck-form-buttons">
            {notice.raw !== null && (
              <button
                type="button"
                class="eck-button"
                onClick={() =>
                  downloadText(`${GUM_RECORD_KEY}-原来的数据.txt`, notice.raw ?? '', 'text/plain')
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
      {notice?.kind === 'migrated' && (
        <div class="eck-alert eck-alert--info" role="status">
          <p>
            已把旧版本保存的记录转换成新格式。
            {notice.dropped > 0 && `有 ${notice.dropped} 条旧记录不完整，没有转换。`}
          </p>
          <button type="button" class="eck-button" onClick={() => store.dismissNotice()}>
            知道了
          </button>
        </div>
      )}
      <div class="eck-undo" role="status">
        {undo && (
          <>
            <span>
              已删除{undo.label}。{/* The countdown is not re-announced every second. */}
              <span aria-hidden="true">（{secondsLeft} 秒内可以撤销）</span>
            </span>
            <button type="button" class="eck-button" onClick={() => store.undoDelete()}>
              撤销删除
            </button>
          </>
        )}
      </div>
    </div>
  );
}
