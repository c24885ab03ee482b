import { useEffect, useState } from 'preact/hooks';
import type { GumRecord } from '../../schemas/gum-record';
import type { ShareLink } from './share-link';
import '../../styles/share.css';

/** Longest link offered for chat apps; the same as MAX_LINK_CHARS in `lib/gum-share.ts`. */
const MAX_LINK_CHARS = 8000;

type Shared = Exclude<ShareLink, { kind: 'noGroup' }> | { kind: 'failed'; message: string };

/** A share link and QR code for the teacher's device, made on this tablet. */
export function SharePanel({ record }: { record: GumRecord }) {
  const [shared, setShared] = useState<Shared | null>(null);
  const [copied, setCopied] = useState('');
  // A link shows the data as it was: after any change it has to be made again.
  useEffect(() => {
    setShared(null);
    setCopied('');
  }, [record]);

  async function make() {
    let link: ShareLink;
    try {
      const { makeShareLink } = await import('./share-link');
      link = await makeShareLink(record, window.location.origin);
    } catch {
      return setShared({
        kind: 'failed',
        message: '这个浏览器做不了分享链接（太旧了），请用“导出文件”。',
      });
    }
    setShared(link.kind === 'noGroup' ? { kind: 'failed', message: '请先写上小组名称。' } : link);
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('链接已复制，可以粘贴到聊天软件里发给老师。');
    } catch {
      setCopied('没能自动复制，请长按上面的链接手动复制。');
    }
  }

  return (
    <section class="eck-record-section eck-share" aria-labelledby="eck-share-title">
      <h2 id="eck-share-title">用链接或二维码发给老师</h2>
      <p>
        链接里装着小组的全部记录，只在打开它的设备上读取，不会上传到任何网站。老师用手机扫二维码，或在电脑上打开链接，就能把数据加到全班数据里。
      </p>
      <button type="button" class="eck-button" onClick={() => void make()}>
        生成分享链接和二维码
      </button>
      <div role="status">
        {shared?.kind === 'failed' && <p class="eck-form-message">{shared.message}</p>}
        {shared?.kind === 'tooLong' && (
          <p class="eck-form-message">
            数据太多，链接有 {shared.length} 个字符（超过 {MAX_LINK_CHARS}
            ），聊天软件可能会截断它。请用上面的“导出文件”，把文件交给老师。
          </p>
        )}
        {shared?.kind === 'ready' && (
          <>
            {shared.qr ? (
              <img class="eck-share-qr" src={shared.qr} alt="分享链接的二维码，请老师用手机扫描" />
            ) : (
              <p class="eck-form-message">
                链接有 {shared.url.length}{' '}
                个字符，太长了，做不成二维码。请复制链接发给老师，或用“导出文件”。
              </p>
            )}
            <p class="eck-share-link">
              {shared.url.slice(0, 60)}…（共 {shared.url.length} 个字符）
            </p>
            <button type="button" class="eck-button" onClick={() => void copy(shared.url)}>
              复制链接
            </button>
            <p class="eck-form-message">{copied}</p>
          </>
        )}
      </div>
    </section>
  );
}
