/**
 * The group's data as QR codes for a classroom camera (the class view's 扫码导入): one code
 * when it fits, otherwise numbered codes shown in turn, each "2/5", until the camera has them
 * all (it takes them in any order). Bigger codes for a camera further away mean more codes.
 * Loaded with the share link (ShareResult), never before.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { splitIntoParts, versionForDisplay } from '../../lib/qr-transfer/parts';

/** How long each code stays on screen: a camera reading 3–5 frames a second sees it several times. */
export const CYCLE_MS = 1500;
/** Smallest module on screen, in CSS pixels, for a camera at 1–2 m and for one within 1 m. */
const modulePx = { far: 12, near: 6 } as const;
type Distance = keyof typeof modulePx;

type Codes = { ok: true; images: string[] } | { ok: false; error: string };

async function makeCodes(url: string, widthPx: number, distance: Distance): Promise<Codes> {
  const fragment = url.slice(url.indexOf('#') + 1);
  let texts: string[];
  try {
    texts = splitIntoParts(fragment, url, versionForDisplay(widthPx, modulePx[distance]));
  } catch {
    return { ok: false, error: '数据太多，二维码要超过 99 张。请用“导出文件”。' };
  }
  const QRCode = (await import('qrcode')).default;
  // Small images (4 px a module) drawn large with crisp pixels: many codes stay cheap to make.
  const images = await Promise.all(
    texts.map((t) => QRCode.toDataURL(t, { errorCorrectionLevel: 'M', margin: 4, scale: 4 })),
  );
  return { ok: true, images };
}

export function QrSequence({ url }: { url: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [distance, setDistance] = useState<Distance>('far');
  const [codes, setCodes] = useState<Codes | null>(null);
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    let current = true;
    const width = Math.min(box.current?.clientWidth || 480, 720);
    setCodes(null);
    setIndex(0);
    makeCodes(url, width, distance).then(
      (c) => current && setCodes(c),
      () => current && setCodes({ ok: false, error: '二维码没能生成。请用“导出文件”。' }),
    );
    return () => {
      current = false;
    };
  }, [url, distance]);

  const count = codes?.ok ? codes.images.length : 0;
  useEffect(() => {
    if (count < 2 || paused) return undefined;
    const t = setInterval(() => setIndex((i) => (i + 1) % count), CYCLE_MS);
    return () => clearInterval(t);
  }, [count, paused]);

  return (
    <div class="eck-qr-sequence" ref={box}>
      <h3>给教室的摄像头扫（老师在全班数据页点“扫码导入”）</h3>
      <fieldset class="eck-qr-distance">
        <legend>摄像头离平板多远？</legend>
        {(
          [
            ['far', '1～2 米（码大，张数多）'],
            ['near', '1 米以内（码小，张数少）'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="eck-qr-distance"
              value={value}
              checked={distance === value}
              onChange={() => setDistance(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {!codes && <p>正在生成二维码…</p>}
      {codes && !codes.ok && <p class="eck-form-message">{codes.error}</p>}
      {codes?.ok && (
        <>
          <img
            class="eck-share-qr eck-share-qr--camera"
            src={codes.images[index]}
            alt={`给摄像头扫的二维码，第 ${index + 1}/${count} 张`}
          />
          <p class="eck-qr-count" aria-live="off">
            {count > 1
              ? `第 ${index + 1}/${count} 张，每 ${CYCLE_MS / 1000} 秒换一张，摄像头收齐后自动合并`
              : '只有 1 张，对准摄像头即可'}
          </p>
          {count > 1 && (
            <button type="button" class="eck-button" onClick={() => setPaused((p) => !p)}>
              {paused ? '继续轮播' : '暂停轮播'}
            </button>
          )}
        </>
      )}
    </div>
  );
}
