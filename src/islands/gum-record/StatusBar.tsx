import { useStore } from '@nanostores/preact';
import { GUM_RECORD_KEY, type GumRecordStore } from '../../stores/gum-record';
import { SaveStatus } from '../SaveStatus';
import { tabletFailureText, tabletLoadingText } from '../forms/tablet-texts';
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
      loadingText={tabletLoadingText}
      failureText={tabletFailureText}
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
