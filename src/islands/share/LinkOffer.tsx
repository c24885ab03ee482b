import { useStore } from '@nanostores/preact';
import type { LinkOffers } from '../../stores/share/link-offers';

/** A share link opened or pasted on this device: add its data to the class data, or not. */
export function LinkOffer({
  store,
}: {
  store: Pick<LinkOffers, '$link' | '$linksWaiting' | 'acceptLink' | 'declineLink'>;
}) {
  const link = useStore(store.$link);
  const waiting = useStore(store.$linksWaiting);
  if (!link) return null;
  const more = waiting > 0 && <p>{`后面还有 ${waiting} 个分享链接等着处理。`}</p>;
  if (!link.ok) {
    return (
      <div class="eck-alert eck-print-hidden" role="alert">
        <p>分享链接没有导入：{link.error}</p>
        {more}
        <button type="button" class="eck-button" onClick={() => store.declineLink()}>
          知道了
        </button>
      </div>
    );
  }
  return (
    <section class="eck-alert eck-alert--info eck-print-hidden" aria-labelledby="eck-link-title">
      <h2 id="eck-link-title">收到一个小组的分享链接</h2>
      <p>
        “{link.groupName}”的数据，共 {link.records} 条记录。要加到这台设备的全班数据里吗？
      </p>
      {more}
      <div class="eck-form-buttons">
        <button
          type="button"
          class="eck-button eck-button--primary"
          onClick={() => store.acceptLink()}
        >
          加到全班数据
        </button>
        <button type="button" class="eck-button" onClick={() => store.declineLink()}>
          不加
        </button>
      </div>
    </section>
  );
}
