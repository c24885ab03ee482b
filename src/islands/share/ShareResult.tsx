/**
 * The share link and QR code once made; loaded with the code that makes them, only when a
 * group asks for a link. Made again whenever the records change.
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_LINK_CHARS } from '../../lib/share/fragment';
import { makeShareLink, type ShareLink } from './share-link';
import { copyText } from '../copy-text';
import { QrSequence } from './QrSequence';
import type { ShareProps } from './SharePanel';

type Shared = ShareLink | { kind: 'failed' };

export function ShareResult({ data, toFile, target, round }: ShareProps & { round: number }) {
  const [shared, setShared] = useState<Shared | null>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  useEffect(() => {
    let current = true;
    setCopied('no');
    makeShareLink(toFile(new Date().toISOString()), target, window.location.origin).then(
      (link) => current && setShared(link),
      () => current && setShared({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
    // A new link for new records or a new tap; `toFile` is made anew on every render.
  }, [data, round, target]);

  async function copy(url: string) {
    setCopied((await copyText(url)) ? 'yes' : 'failed');
  }

  if (!shared) return <p>正在生成…</p>;
  if (shared.kind === 'failed') {
    return <p class="eck-form-message">这个浏览器做不了分享链接（太旧了），请用“导出文件”。</p>;
  }
  if (shared.kind === 'noGroup') return <p class="eck-form-message">请先写上小组名称。</p>;
  if (shared.kind === 'tooLong') {
    return (
      <p class="eck-form-message">
        数据太多，链接有 {shared.length} 个字符（超过 {MAX_LINK_CHARS}
        ），聊天软件可能会截断它。请用上面的“导出文件”，把文件交给老师。
      </p>
    );
  }
  return (
    <>
      {shared.qr ? (
        <img class="eck-share-qr" src={shared.qr} alt="分享链接的二维码，请老师用手机扫描" />
      ) : (
        <p class="eck-form-message">
          {shared.fit === 'link'
            ? `链接有 ${shared.url.length} 个字符，太长了，做不成二维码。`
            : '二维码没能生成。'}
          请复制链接发给老师，或用“导出文件”。
        </p>
      )}
      <p class="eck-share-link">
        {shared.url.slice(0, 60)}…（共 {shared.url.length} 个字符）
      </p>
      <button type="button" class="eck-button" onClick={() => void copy(shared.url)}>
        复制链接
      </button>
      <p class="eck-form-message">
        {copied === 'yes' && '链接已复制，可以粘贴到聊天软件里发给老师。'}
        {copied === 'failed' && '没能自动复制，请长按下面框里的链接，全选后复制。'}
      </p>
      {copied === 'failed' && (
        <textarea
          class="eck-share-link-full"
          readOnly
          aria-label="完整的分享链接"
          value={shared.url}
        />
      )}
      <QrSequence url={shared.url} />
    </>
  );
}
