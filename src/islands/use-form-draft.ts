import { useEffect, useRef } from 'preact/hooks';
import { parseJson } from '../lib/safe-json';
import { BEFORE_UPDATE_EVENT, coerceLike, draftKey } from '../lib/form-draft';

function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Keep a form's unsent input across a reload in this tab: written to sessionStorage when the
 * page goes (`pagehide`) or an update is about to reload it (`eck:before-update`), handed to
 * `restore` once on the next mount and removed. A blank form leaves nothing behind. A killed
 * tab fires neither event: its unsent input is lost (what was added is already saved).
 */
export function useFormDraft<T>(form: string, draft: T, blank: T, restore: (draft: T) => void) {
  const latest = useRef({ draft, blank, restore });
  latest.current = { draft, blank, restore };
  useEffect(() => {
    const storage = sessionStore();
    if (!storage) return;
    const key = draftKey(form);
    try {
      const raw = storage.getItem(key);
      storage.removeItem(key);
      const parsed = raw === null ? null : parseJson(raw);
      const kept = parsed?.ok ? coerceLike(latest.current.blank, parsed.value) : null;
      if (kept !== null && JSON.stringify(kept) !== JSON.stringify(latest.current.blank)) {
        latest.current.restore(kept);
      }
    } catch {
      // No draft then; the form starts blank.
    }
    const keep = () => {
      const { draft: d, blank: b } = latest.current;
      try {
        const text = JSON.stringify(d);
        if (text === JSON.stringify(b)) storage.removeItem(key);
        else storage.setItem(key, text);
      } catch {
        // Storage full or gone while the page leaves: nothing more can be done.
      }
    };
    window.addEventListener(BEFORE_UPDATE_EVENT, keep);
    window.addEventListener('pagehide', keep);
    return () => {
      window.removeEventListener(BEFORE_UPDATE_EVENT, keep);
      window.removeEventListener('pagehide', keep);
    };
  }, [form]);
}

/** What the form says after a draft came back. */
export const draftRestoredMessage = '刚才没写完的内容已经恢复，请检查后再提交。';
