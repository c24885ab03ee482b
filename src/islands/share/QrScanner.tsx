/**
 * The camera scanner of every class view, loaded when 扫码导入 is opened: shows the camera,
 * decodes QR codes from its frames with jsQR, collects multi-part codes (src/lib/qr-transfer/
 * parts.ts) and imports each group's data once, as it completes, with the same report as a file.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import jsQR from 'jsqr';
import type { LinkOffers } from '../../stores/share/link-offers';
import { createCollector, type Collector } from '../../lib/qr-transfer/parts';
import { cameraErrorMessage, cameraUnavailableMessage } from '../../lib/qr-transfer/camera-errors';

/** Time between two decoded frames: 4–5 a second keeps an old laptop responsive. */
const SCAN_MS = 200;
/** Frames are scaled down to this width before decoding. */
const SCAN_WIDTH = 800;

type Facing = 'environment' | 'user';
type Status = { kind: 'starting' } | { kind: 'scanning' } | { kind: 'error'; message: string };

export interface ScannerProps {
  /** The class view's store: decodes, checks and imports what the camera reads. */
  store: Pick<LinkOffers, 'importScanned'>;
  onClose: () => void;
}

export function QrScanner({ store, onClose }: ScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const collector = useRef<Collector>(createCollector());
  const [facing, setFacing] = useState<Facing>('environment');
  const [status, setStatus] = useState<Status>({ kind: 'starting' });
  const [received, setReceived] = useState<string[]>([]);
  const [progress, setProgress] = useState('');
  const [codesSeen, setCodesSeen] = useState(0);

  useEffect(() => {
    const media = navigator.mediaDevices;
    if (!media?.getUserMedia) {
      setStatus({ kind: 'error', message: cameraUnavailableMessage(window.isSecureContext) });
      return undefined;
    }
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', {
      willReadFrequently: true,
    } as CanvasRenderingContext2DSettings);

    const scan = async () => {
      const v = video.current;
      if (stopped || !v || !ctx) return;
      if (v.readyState >= 2 && v.videoWidth > 0) {
        const scale = Math.min(1, SCAN_WIDTH / v.videoWidth);
        canvas.width = Math.round(v.videoWidth * scale);
        canvas.height = Math.round(v.videoHeight * scale);
        ctx.drawImage(v, 0, 0, canvas.width, canvas.height);
        const frame = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const code = jsQR(frame.data, frame.width, frame.height, {
          inversionAttempts: 'dontInvert',
        });
        if (code?.data) {
          setCodesSeen((n) => n + 1);
          const event = collector.current.add(code.data);
          if (event.kind === 'part')
            setProgress(`正在接收一组的数据：已收到 ${event.received}/${event.total} 张`);
          else if (event.kind === 'corrupt') setProgress('有一张码没读对，这一组从头再收一遍。');
          else if (event.kind === 'complete') {
            setProgress('');
            const report = await store.importScanned(event.fragment);
            const group = report?.ok ? report.groups[0] : undefined;
            if (group) setReceived((r) => [...r, group.groupName]);
          }
        }
      }
      if (!stopped) timer = setTimeout(() => void scan(), SCAN_MS);
    };

    setStatus({ kind: 'starting' });
    media.getUserMedia({ video: { facingMode: { ideal: facing } }, audio: false }).then(
      async (s) => {
        if (stopped) {
          for (const t of s.getTracks()) t.stop();
          return;
        }
        stream = s;
        const v = video.current;
        if (v) {
          v.srcObject = s;
          await v.play().catch(() => undefined);
        }
        setStatus({ kind: 'scanning' });
        void scan();
      },
      (e: unknown) => !stopped && setStatus({ kind: 'error', message: cameraErrorMessage(e) }),
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const t of stream?.getTracks() ?? []) t.stop();
    };
  }, [facing, store]);

  return (
    <div class="eck-scanner">
      <p>
        把各小组平板上的二维码（平板上点“生成分享链接和二维码”）对准摄像头。一组的数据分成几张码时，平板会轮流显示，摄像头收齐就自动合并。
      </p>
      {status.kind === 'error' ? (
        <p class="eck-alert" role="alert">
          {status.message}
        </p>
      ) : (
        <>
          <label class="eck-scanner-facing">
            摄像头：
            <select
              value={facing}
              onChange={(e) => setFacing(e.currentTarget.value === 'user' ? 'user' : 'environment')}
            >
              <option value="environment">后置摄像头</option>
              <option value="user">前置摄像头（电脑、一体机上方的摄像头）</option>
            </select>
          </label>
          {/* The camera picture, so the teacher can aim the tablets at it. */}
          <video ref={video} class="eck-scanner-video" muted playsInline aria-label="摄像头画面" />
        </>
      )}
      <p class="eck-scanner-tally" role="status" aria-live="polite">
        {status.kind === 'starting' && '正在打开摄像头…'}
        {status.kind === 'scanning' &&
          (received.length > 0
            ? `已收到 ${received.length} 组：${received.join('、')}`
            : '请把平板上的二维码对准摄像头。')}
      </p>
      {progress && <p class="eck-scanner-progress">{progress}</p>}
      <p class="eck-scanner-seen" data-codes-seen={codesSeen} hidden />
      <button type="button" class="eck-button" onClick={onClose}>
        关闭摄像头
      </button>
    </div>
  );
}
