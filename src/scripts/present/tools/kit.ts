/**
 * Pieces the classroom tools share: a floating panel, an overlay over the slide, dragging by
 * pen, touch or mouse, and keys on a focused control.
 */
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

/** `v` kept between `lo` and `hi`. */
export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * An overlay over the whole tool layer with one focusable control in it (the spotlight's circle,
 * the curtain's handle), hidden until opened. The tool made from it shows the overlay, runs
 * `show` (which places the control) and focuses the control.
 */
export function overlayTool(
  host: ToolHost,
  o: { className: string; controlClass: string; role: string; label: string },
) {
  const doc = host.layer.ownerDocument;
  const overlay = doc.createElement('div');
  overlay.className = o.className;
  overlay.hidden = true;
  const control = doc.createElement('div');
  control.className = o.controlClass;
  control.tabIndex = 0;
  control.setAttribute('role', o.role);
  control.setAttribute('aria-label', o.label);
  overlay.append(control);
  host.layer.append(overlay);
  const tool = (show: () => void, rest: Pick<Tool, 'status'> & Partial<Tool>): Tool => ({
    open() {
      overlay.hidden = false;
      show();
      control.focus();
    },
    close() {
      overlay.hidden = true;
    },
    isOpen: () => !overlay.hidden,
    ...rest,
  });
  return { overlay, control, tool };
}

/**
 * Keys on a focused control: `step` acts on a key it knows and says so (true); such a key then
 * goes no further (the deck keeps only the keys a tool does not use) and `after` runs.
 */
export function onKeys(el: HTMLElement, step: (key: string) => boolean, after: () => void) {
  el.addEventListener('keydown', (e) => {
    if (!step(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    after();
  });
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
