// @ts-check
// The "有新版本" prompt. The offline shell (src/components/OfflineSupport.astro) imports this
// file only when a new version is actually waiting, so no page pays for it otherwise. It lives
// in public/ as plain JavaScript because a bundled import() would pull Vite's preload helper
// (0.9 kB gzip) into the shell on every page; the service worker precaches it like the rest.

/**
 * Fired before the page reloads for an update; islands keep unsent input on it. Written out
 * rather than imported from src/lib/form-draft.ts (BEFORE_UPDATE_EVENT); a unit test keeps the
 * two equal.
 */
const beforeUpdateEvent = 'eck:before-update';

/**
 * Show the prompt (once wired, showing it again is harmless). Tapping 更新 fires
 * eck:before-update, marks the reload as asked for (`userAsked`), then lets the waiting worker
 * take over; the shell reloads when it does. If another tab already let it take over, nothing
 * waits any more and a reload is all that is left.
 * @param {() => void} userAsked
 */
export function showUpdatePrompt(userAsked) {
  /** @type {HTMLElement | null} */
  const panel = document.querySelector('[data-eck-update]');
  if (!panel) return;
  panel.hidden = false;
  if (panel.dataset.eckWired) return;
  panel.dataset.eckWired = 'yes';
  panel.querySelector('button')?.addEventListener('click', async () => {
    userAsked();
    // Listeners save synchronously, before anything reloads.
    window.dispatchEvent(new Event(beforeUpdateEvent));
    const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
    if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
    else window.location.reload();
  });
}
