import { useStore } from '@nanostores/preact';
import { GUM_RECORD_KEY, type GumRecordStore } from '../../stores/gum-record';
import { SaveStatus } from '../SaveStatus';
import { UndoLine } from '../forms/UndoLine';
import { exportRecord } from './download';

/** Save state ("已保存"), storage problems with export at hand, and the undo of a deletion. */
export function StatusBar({ store }: { store: GumRecordStore }) {
  const save = useStore(store.$save);
  const notice = useStore(store.$notice);
  const undo = useStore(store.$undo);
  const record = useStore(store.$gumRecord);

  return (
    <SaveStatus
      save={save}
      notice={notice}
      loadingText="正在读取本机保存的记录…"
      failureText={(reason) =>
        reason === 'quota'
          ? '没能保存：这台平板给网站的存储空间满了。刚才的记录还在这个页面上，但关掉页面就会丢失。请马上导出文件，再请老师清理浏览器里别的网站数据。'
          : '没能保存：这个浏览器不让网站保存数据（可能是无痕模式或被禁止了）。记录只在这个页面上，关掉就会丢失。请马上导出文件，换成普通模式再打开。'
      }
      exportLabel="导出文件"
      onExport={() => exportRecord(store, record)}
      exportDisabled={!record.group}
      onRetry={() => store.retrySave()}
      onRelease={() => store.releaseDamaged()}
      onDismiss={() => store.dismissNotice()}
      recoveredText={(n) =>
        `本机保存的记录有一部分坏了（${n.dropped} 处读不出来）。能读的记录都已经载入。` +
        (n.backupKey
          ? `原来的数据另存了一份（${n.backupKey}），老师可以请人帮忙找回。`
          : '原来的数据没能另存，请点“下载原来的数据”保存一份交给老师。')
      }
      rawFileName={`${GUM_RECORD_KEY}-原来的数据.txt`}
      migratedText={(dropped) =>
        '已把旧版本保存的记录转换成新格式。' +
        (dropped > 0 ? `有 ${dropped} 条旧记录不完整，没有转换。` : '')
      }
    >
      <UndoLine
        label={undo?.label ?? null}
        expiresAt={undo?.expiresAt ?? null}
        onUndo={() => store.undoDelete()}
      />
    </SaveStatus>
  );
}
