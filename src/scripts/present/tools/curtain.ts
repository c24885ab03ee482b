/**
 * Curtain (遮罩): hides the slide below its edge; the teacher pulls it down to show the slide
 * part by part, by dragging the handle or, with the handle focused, with ↓ / ↑ (Home: cover
 * all, End: show all). The clicker's PageUp/PageDown still change slide.
 */
import type { Tool, ToolHost } from '../tools';
import { clamp, onDrag, onKeys, overlayTool } from './kit';

const fraction = (v: number) => clamp(v, 0, 1);

export function createTool(host: ToolHost): Tool {
  const {
    overlay: curtain,
    control: handle,
    tool,
  } = overlayTool(host, {
    className: 'eck-curtain',
    controlClass: 'eck-curtain-handle',
    role: 'slider',
    label: '遮罩：向下拖或按 ↓ 露出更多',
  });
  handle.setAttribute('aria-orientation', 'vertical');
  handle.setAttribute('aria-valuemin', '0');
  handle.setAttribute('aria-valuemax', '100');
  handle.textContent = '⇕ 拉开遮罩';

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
      shown = fraction((e.clientY - box.top) / box.height);
      place();
    },
    false,
  );

  onKeys(
    handle,
    (key) => {
      if (key === 'ArrowDown' || key === 'ArrowRight') shown = fraction(shown + 0.1);
      else if (key === 'ArrowUp' || key === 'ArrowLeft') shown = fraction(shown - 0.1);
      else if (key === 'Home') shown = 0;
      else if (key === 'End') shown = 1;
      else return false;
      return true;
    },
    place,
  );

  const cover = () => {
    shown = 0;
    place();
  };
  return tool(cover, {
    status: () => (curtain.hidden ? null : `遮罩：露出 ${Math.round(shown * 100)}%`),
    slideChanged() {
      // A new slide starts covered again, as a teacher revealing line by line expects.
      if (!curtain.hidden) cover();
    },
  });
}
