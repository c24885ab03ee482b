import { useEffect, useRef } from 'preact/hooks';
import { BEFORE_UPDATE_EVENT, draftKey, isShapedLike } from '../lib/form-draft';

const leaving = [BEFORE_UPDATE_EVENT, 'pagehide'];

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
    const key = draftKey(form);
    const blankText = () => JSON.stringify(latest.current.blank);
    try {
      const raw = sessionStorage.getItem(key);
      sessionStorage.removeItem(key);
      const kept: unknown = raw === null ? null : JSON.parse(raw);
      if (isShapedLike(latest.current.blank, kept) && JSON.stringify(kept) !== blankText()) {
        latest.current.restore(kept);
      }
    } catch {
      // No storage, or a damaged draft: the form starts blank.
    }
    const keep = () => {
      try {
        const text = JSON.stringify(latest.current.draft);
        if (text === blankText()) sessionStorage.removeItem(key);
        else sessionStorage.setItem(key, text);
      } catch {
        // Storage full or refused while the page leaves: nothing more can be done.
      }
    };
    for (const e of leaving) window.addEventListener(e, keep);
    return () => {
      for (const e of leaving) window.removeEventListener(e, keep);
    };
  }, [form]);
}

/** What the form says after a draft came back. */
export const draftRestoredMessage = '已恢复刚才没写完的内容，请检查后再提交。';
