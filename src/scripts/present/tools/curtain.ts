/**
 * Curtain (遮罩): hides the slide below its edge; the teacher pulls it down to show the slide
 * part by part, by dragging the handle or, with the handle focused, with ↓ / ↑ (Home: cover
 * all, End: show all). The clicker's PageUp/PageDown still change slide.
 */
import type { Tool, ToolHost } from '../tools';
import { onDrag } from './kit';

const clamp = (v: number) => Math.min(1, Math.max(0, v));

export function createTool(host: ToolHost): Tool {
  const doc = host.layer.ownerDocument;
  const curtain = doc.createElement('div');
  curtain.className = 'eck-curtain';
  curtain.hidden = true;
  const handle = doc.createElement('div');
  handle.className = 'eck-curtain-handle';
  handle.tabIndex = 0;
  handle.setAttribute('role', 'slider');
  handle.setAttribute('aria-label', '遮罩：向下拖或按 ↓ 露出更多');
  handle.setAttribute('aria-orientation', 'vertical');
  handle.setAttribute('aria-valuemin', '0');
  handle.setAttribute('aria-valuemax', '100');
  handle.textContent = '⇕ 拉开遮罩';
  curtain.append(handle);
  host.layer.append(curtain);

  /** How much of the slide shows above the curtain (0 … 1). */
  let shown = 0;

  function place() {
    curtain.style.top = `${shown * 100}%`;
    const pct = Math.round(shown * 100);
    handle.setAttribute('aria-valuenow', String(pct));
    handle.setAttribute('aria-valuetext', `露出 ${pct}%`);
    curtain.classList.toggle('is-open', shown >= 1);
  }

  onDrag(
    handle,
    (e) => {
      const box = host.layer.getBoundingClientRect();
      shown = clamp((e.clientY - box.top) / box.height);
      place();
    },
    false,
  );

  handle.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') shown = clamp(shown + 0.1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') shown = clamp(shown - 0.1);
    else if (e.key === 'Home') shown = 0;
    else if (e.key === 'End') shown = 1;
    else return;
    e.preventDefault();
    e.stopPropagation();
    place();
  });

  return {
    open() {
      shown = 0;
      curtain.hidden = false;
      place();
      handle.focus();
    },
    close() {
      curtain.hidden = true;
    },
    isOpen: () => !curtain.hidden,
    status: () => (curtain.hidden ? null : `遮罩：露出 ${Math.round(shown * 100)}%`),
    slideChanged() {
      // A new slide starts covered again, as a teacher revealing line by line expects.
      if (!curtain.hidden) {
        shown = 0;
        place();
      }
    },
  };
}
