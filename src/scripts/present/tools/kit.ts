/** Pieces the classroom tools share: a floating panel, and dragging by pen, touch or mouse. */
import type { Tool, ToolHost } from '../tools';

/**
 * A tool panel in the tool layer, hidden until opened. `html` is the kit's own markup (never
 * user input). The tool made from it opens and closes the panel; `render` runs on open.
 */
export function panelTool(
  host: ToolHost,
  { className, label, html }: { className: string; label: string; html: string },
) {
  const panel = host.layer.ownerDocument.createElement('section');
  panel.className = `eck-tool ${className}`;
  panel.setAttribute('aria-label', label);
  panel.hidden = true;
  panel.innerHTML = html;
  host.layer.append(panel);
  const $ = <T extends Element>(sel: string) => panel.querySelector(sel) as T;
  const tool = (render: () => void, rest: Pick<Tool, 'status'> & Partial<Tool>): Tool => {
    const made: Tool = {
      open() {
        panel.hidden = false;
        render();
      },
      close() {
        panel.hidden = true;
      },
      isOpen: () => !panel.hidden,
      ...rest,
    };
    // Every panel has a close button: it closes and tells the deck.
    panel.addEventListener('click', (e) => {
      if ((e.target as Element).closest('[data-tool-close]')) {
        made.close();
        host.changed();
      }
    });
    return made;
  };
  return { panel, $, tool };
}

/**
 * Drag on `el` with one pointer at a time: `move` gets each position (also the first, unless
 * `startOnDown` is false). Pointer capture keeps the drag when the finger leaves the element.
 */
export function onDrag(el: HTMLElement, move: (e: PointerEvent) => void, startOnDown = true) {
  let dragging: number | null = null;
  el.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    dragging = e.pointerId;
    try {
      el.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic or already ended pointer: dragging works without capture.
    }
    if (startOnDown) move(e);
  });
  el.addEventListener('pointermove', (e) => {
    if (dragging === e.pointerId) move(e);
  });
  const stop = (e: PointerEvent) => {
    if (dragging === e.pointerId) dragging = null;
  };
  el.addEventListener('pointerup', stop);
  el.addEventListener('pointercancel', stop);
}
