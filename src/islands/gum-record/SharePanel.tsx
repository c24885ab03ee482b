import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { GumRecord } from '../../schemas/gum-record';
import '../../styles/share.css';

type Result = FunctionComponent<{ record: GumRecord; round: number }>;

/**
 * A share link and QR code for the teacher's device, made on this tablet. The code that makes
 * them loads on the first tap, so the record page stays small.
 */
export function SharePanel({ record }: { record: GumRecord }) {
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
        链接里装着小组的全部记录，只在打开它的设备上读取，不会上传到任何网站。老师用手机扫二维码，或在电脑上打开链接，就能把数据加到全班数据里。
      </p>
      <button type="button" class="eck-button" onClick={() => void make()}>
        生成分享链接和二维码
      </button>
      <div role="status">
        {failed && <p class="eck-form-message">分享链接没能打开（网络断了？），请用“导出文件”。</p>}
        {result && <result.Result record={record} round={round} />}
      </div>
    </section>
  );
}
