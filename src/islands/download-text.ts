import { inAppBrowser, inAppDownloadMessage } from '../lib/in-app-browser';

/** Save text as a file through a Blob and a temporary download link (no request leaves). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/**
 * Why downloads cannot work on this page (an app's built-in browser such as WeChat's, noted by
 * the page shell, src/components/OfflineSupport.astro), or null.
 */
export function downloadBlockedMessage(): string | null {
  if (typeof navigator === 'undefined') return null;
  const app = inAppBrowser(navigator.userAgent);
  return app ? inAppDownloadMessage(app) : null;
}

/**
 * Save a Blob as a file through a temporary download link. Throws an Error whose message says
 * what to do instead where the browser would drop the download silently.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const blocked = downloadBlockedMessage();
  if (blocked) throw new Error(blocked);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
