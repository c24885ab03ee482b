import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { LoadNotice, SaveState, WriteFailure } from '../stores/persisted';
import { downloadText } from './download-text';

type Recovered = Extract<LoadNotice, { kind: 'recovered' }>;

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });

/** Whole seconds until `expiresAt` (ms), re-rendering every second while it runs. */
export function useSecondsLeft(expiresAt: number | null): number {
  const [, tick] = useState(0);
  useEffect(() => {
    if (expiresAt === null) return;
    const t = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [expiresAt]);
  return expiresAt === null ? 0 : Math.max(0, Math.ceil((expiresAt - Date.now()) / 1000));
}

/** Said when the download of the damaged value could not start for another reason. */
export const downloadFailedText = '没能下载原来的数据。请换一个浏览器打开本页再试。';

/** Said while a damaged value that could not be backed up holds back every save. */
export const heldText =
  '为了不覆盖原来的数据，现在的改动还没有保存。请先下载原来的数据，再点“保存现在的内容”。';

/**
 * A recovered damaged value: `text` says what happened; while it holds back every save, why,
 * with its download and the choice to save over it; otherwise its download (when it has no
 * backup) and “知道了”.
 */
export function RecoveredNotice(p: {
  save: SaveState;
  notice: Recovered;
  text: string;
  rawFileName: string;
  onRelease: () => void;
  onDismiss: () => void;
  class: string;
  role: 'alert' | 'status';
}) {
  const { raw } = p.notice;
  const held = p.save.kind === 'held';
  // Why the download did not start (e.g. in WeChat's built-in browser), shown by the button.
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const download = (text: string) => {
    setDownloadError(null);
    try {
      downloadText(p.rawFileName, text, 'text/plain');
    } catch (e) {
      setDownloadError(e instanceof Error && e.message ? e.message : downloadFailedText);
    }
  };
  return (
    <div class={p.class} role={p.role}>
      <p>{p.text}</p>
      {held && <p>{heldText}</p>}
      <div class="eck-form-buttons">
        {raw !== null && (
          <button type="button" class="eck-button" onClick={() => download(raw)}>
            下载原来的数据
          </button>
        )}
        {held ? (
          <button type="button" class="eck-button" onClick={p.onRelease}>
            保存现在的内容
          </button>
        ) : (
          <button type="button" class="eck-button" onClick={p.onDismiss}>
            知道了
          </button>
        )}
      </div>
      {downloadError && <p class="eck-field-error">{downloadError}</p>}
    </div>
  );
}

/**
 * What a page that keeps data through `src/stores/persisted.ts` shows about it: the save state
 * ("已保存"), a failed write with export and retry at hand, a damaged stored value that was
 * recovered (with the raw value to download when it could not be backed up, and the choice to
 * save over it), a migration, and the page's own undo line as children.
 */
export function SaveStatus(p: {
  save: SaveState;
  notice: LoadNotice | null;
  loadingText: string;
  failureText: (reason: WriteFailure) => string;
  exportLabel: string;
  onExport: () => void;
  exportDisabled?: boolean;
  onRetry: () => void;
  /** Save over a damaged value that could not be backed up (the user chose to). */
  onRelease: () => void;
  onDismiss: () => void;
  recoveredText: (notice: Recovered) => string;
  /** File name for the raw damaged value. */
  rawFileName: string;
  migratedText?: ((dropped: number) => string) | undefined;
  class?: string;
  children?: ComponentChildren;
}) {
  const { save, notice } = p;
  return (
    <div class={p.class ? `eck-status-area ${p.class}` : 'eck-status-area'}>
      <p class="eck-save-state" role="status">
        {save.kind === 'loading' && p.loadingText}
        {save.kind === 'saving' && '正在保存……'}
        {save.kind === 'saved' && (save.at ? `已保存 ${time(save.at)}` : '已保存在本机')}
        {(save.kind === 'failed' || save.kind === 'held') && '未保存！'}
      </p>
      {save.kind === 'failed' && (
        <div class="eck-alert" role="alert">
          <p>{p.failureText(save.reason)}</p>
          <div class="eck-form-buttons">
            <button
              type="button"
              class="eck-button eck-button--primary"
              onClick={p.onExport}
              disabled={p.exportDisabled}
            >
              {p.exportLabel}
            </button>
            <button type="button" class="eck-button" onClick={p.onRetry}>
              再试一次保存
            </button>
          </div>
        </div>
      )}
      {notice?.kind === 'recovered' && (
        <RecoveredNotice
          class="eck-alert"
          role="alert"
          text={p.recoveredText(notice)}
          save={save}
          notice={notice}
          rawFileName={p.rawFileName}
          onRelease={p.onRelease}
          onDismiss={p.onDismiss}
        />
      )}
      {notice?.kind === 'migrated' && p.migratedText && (
        <div class="eck-alert eck-alert--info" role="status">
          <p>{p.migratedText(notice.dropped)}</p>
          <button type="button" class="eck-button" onClick={p.onDismiss}>
            知道了
          </button>
        </div>
      )}
      {p.children}
    </div>
  );
}
