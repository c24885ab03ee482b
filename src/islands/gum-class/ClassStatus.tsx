import { useStore } from '@nanostores/preact';
import { GUM_CLASS_KEY, type GumClassStore } from '../../stores/gum-class';
import { SaveStatus, useSecondsLeft } from '../SaveStatus';
import { downloadClassJson } from './class-json';

/** Save state, storage problems, damaged stored data and the undo of a removed group. */
export function ClassStatus({ store }: { store: GumClassStore }) {
  const save = useStore(store.$save);
  const notice = useStore(store.$notice);
  const removal = useStore(store.$removal);
  const data = useStore(store.$classData);
  const secondsLeft = useSecondsLeft(removal?.expiresAt ?? null);

  return (
    <SaveStatus
      class="eck-print-hidden"
      save={save}
      notice={notice}
      loadingText="正在读取本机保存的全班数据…"
      failureText={(reason) =>
        reason === 'quota'
          ? '没能保存：这台设备给网站的存储空间满了。全班数据还在这个页面上，但关掉页面就会丢失。请先下载全班数据（JSON），再清理浏览器里别的网站数据。'
          : '没能保存：这个浏览器不让网站保存数据（可能是无痕模式或被禁止了）。全班数据只在这个页面上，关掉就会丢失。请先下载全班数据（JSON）。'
      }
      exportLabel="下载全班数据（JSON）"
      onExport={() => downloadClassJson(data)}
      onRetry={() => store.retrySave()}
      onRelease={() => store.releaseDamaged()}
      onDismiss={() => store.dismissNotice()}
      recoveredText={(n) =>
        `本机保存的全班数据有一部分坏了（${n.dropped} 处读不出来）。能读的小组都已经载入。` +
        (n.backupKey
          ? `原来的数据另存了一份（${n.backupKey}）。`
          : '原来的数据没能另存，请点“下载原来的数据”保存一份。') +
        '也可以重新导入小组的文件。'
      }
      rawFileName={`${GUM_CLASS_KEY}-原来的数据.txt`}
    >
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
    </SaveStatus>
  );
}
