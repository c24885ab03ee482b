import type { LoadNotice, SaveState } from '../stores/persisted';
import { RecoveredNotice } from './SaveStatus';

type Recovered = Extract<LoadNotice, { kind: 'recovered' }>;

/** What a settings page (pledge, letter) says about keeping its value on this device. */
export const storageMessages = {
  recovered: (what: string, n: Recovered) =>
    `本设备上保存的${what}有一部分已损坏或来自旧版本（${n.dropped} 处读不出来），能读的内容都已载入，其余恢复为默认内容。` +
    (n.backupKey
      ? `原来的数据另存了一份（${n.backupKey}）。`
      : '原来的数据没能另存，请点“下载原来的数据”保存一份。'),
  quota:
    '没能保存到本设备：存储空间已满。现在的内容仍可使用和打印，但关闭页面后会丢失。请清理浏览器里别的网站数据。',
  unavailable:
    '没能保存到本设备：浏览器禁止保存（可能是无痕模式或被禁止了）。现在的内容仍可使用和打印，但关闭页面后会丢失。',
} as const;

/**
 * The notices of a page whose one value is kept through `persisted.ts` and saved on every
 * keystroke (no save line): a damaged stored value that was salvaged, with the raw value to
 * download and the choice to save over it when it could not be backed up, and a failed write.
 */
export function DeviceNotice(p: {
  /** What is kept, as in “本设备上保存的设置”. */
  what: string;
  save: SaveState;
  notice: LoadNotice | null;
  /** File name for the raw damaged value. */
  rawFileName: string;
  onDismiss: () => void;
  onRelease: () => void;
}) {
  const { save, notice } = p;
  return (
    <>
      {notice?.kind === 'recovered' && (
        <RecoveredNotice
          class="eck-notice"
          role={save.kind === 'held' ? 'alert' : 'status'}
          text={storageMessages.recovered(p.what, notice)}
          save={save}
          notice={notice}
          rawFileName={p.rawFileName}
          onRelease={p.onRelease}
          onDismiss={p.onDismiss}
        />
      )}
      {save.kind === 'failed' && (
        <p class="eck-notice eck-notice--error" role="alert">
          {storageMessages[save.reason]}
        </p>
      )}
    </>
  );
}
