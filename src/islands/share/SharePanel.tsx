import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { ShareTarget } from './share-link';
import '../../styles/share.css';

export interface ShareProps {
  /** The records: a new value makes the link again. */
  data: unknown;
  /** The export file the link carries, or null when there is no group yet. */
  toFile: (exportedAt: string) => unknown;
  target: ShareTarget;
}

type Result = FunctionComponent<ShareProps & { round: number }>;

/**
 * A share link and QR code for the teacher's device, made on this tablet, for any record page.
 * The code that makes them loads on the first tap, so the record page stays small.
 */
export function SharePanel({ contains, ...props }: ShareProps & { contains: string }) {
  const [result, setResult] = useState<{ Result: Result } | null>(null);
  const [round, setRound] = useState(0);
  const [failed, setFailed] = useState(false);

  async function make() {
    try {
      const { ShareResult } = await import('./ShareResult');
      setResult({ Result: ShareResult });
      setRound((n) => n + 1);
    } catch {
      setFailed(true);
    }
  }

  return (
    <section class="eck-record-section eck-share" aria-labelledby="eck-share-title">
      <h2 id="eck-share-title">用链接或二维码发给老师</h2>
      <p>
        链接里装着小组的全部记录（{contains}
        都在里面），只在打开它的设备上读取，不会上传到任何网站。但谁拿到链接谁就能看到这些记录，而且直接打开的链接会留在那台电脑的浏览历史里。所以交给老师时，最好用“导出文件”；用链接时，请老师把它粘贴到全班汇总页的“粘贴分享链接”框里，不要转发到班级群。
      </p>
      <button type="button" class="eck-button" onClick={() => void make()}>
        生成分享链接和二维码
      </button>
      <div role="status">
        {failed && <p class="eck-form-message">分享链接没能打开（网络断了？），请用“导出文件”。</p>}
        {result && <result.Result {...props} round={round} />}
      </div>
    </section>
  );
}
