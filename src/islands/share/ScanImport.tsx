import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { ScannerProps } from './QrScanner';

/** 扫码导入 in a class view: the camera scanner (jsQR) loads on the tap. */
export function ScanImport({ store }: { store: ScannerProps['store'] }) {
  const [scanner, setScanner] = useState<{ S: FunctionComponent<ScannerProps> } | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <h3 id="eck-scan-title">扫码导入</h3>
      {scanner ? (
        <scanner.S store={store} onClose={() => setScanner(null)} />
      ) : (
        <button
          type="button"
          class="eck-button"
          onClick={() =>
            import('./QrScanner').then(
              (m) => setScanner({ S: m.QrScanner }),
              () => setFailed(true),
            )
          }
        >
          打开摄像头扫码
        </button>
      )}
      {failed && <p role="alert">扫码功能没能加载（网络断了？），请用“选择文件”导入。</p>}
    </>
  );
}
