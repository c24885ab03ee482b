/**
 * Spotlight (聚光灯): a bright circle that darkens the rest of the slide. Dragged by pen, touch
 * or mouse; with the circle focused, the arrow keys move it and + / − change its size (the
 * clicker's PageUp/PageDown still change slide).
 */
import type { Tool, ToolHost } from '../tools';
import { clamp, onDrag, onKeys, overlayTool } from './kit';

export function createTool(host: ToolHost): Tool {
  const {
    overlay: cover,
    control: hole,
    tool,
  } = overlayTool(host, {
    className: 'eck-spotlight',
    controlClass: 'eck-spotlight-hole',
    role: 'button',
    label: '聚光灯：拖动或用方向键移动，+ 和 − 调大小，Esc 关闭',
  });

  /** Centre as fractions of the layer, radius as a fraction of its height. */
  let x = 0.5;
  let y = 0.45;
  let r = 0.22;

  function place() {
    hole.style.left = `${x * 100}%`;
    hole.style.top = `${y * 100}%`;
    const box = cover.getBoundingClientRect();
    const px = Math.round(r * (box.height || 1));
    hole.style.width = hole.style.height = `${2 * px}px`;
    hole.dataset['x'] = x.toFixed(3);
    hole.dataset['y'] = y.toFixed(3);
  }

  function moveTo(e: PointerEvent) {
    const box = cover.getBoundingClientRect();
    x = clamp((e.clientX - box.left) / box.width, 0, 1);
    y = clamp((e.clientY - box.top) / box.height, 0, 1);
    place();
  }

  onDrag(cover, moveTo);

  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-0.05, 0],
    ArrowRight: [0.05, 0],
    ArrowUp: [0, -0.05],
    ArrowDown: [0, 0.05],
  };
  onKeys(
    hole,
    (key) => {
      const m = moves[key];
      if (m) {
        x = clamp(x + m[0], 0, 1);
        y = clamp(y + m[1], 0, 1);
      } else if (key === '+' || key === '=') r = clamp(r + 0.03, 0.08, 0.5);
      else if (key === '-' || key === '_') r = clamp(r - 0.03, 0.08, 0.5);
      else return false;
      return true;
    },
    place,
  );
  window.addEventListener('resize', place);

  return tool(place, { status: () => (cover.hidden ? null : '聚光灯开') });
}
