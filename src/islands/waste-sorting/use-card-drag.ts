/**
 * Dragging cards by touch, pen or mouse with pointer events. Each pointer drags its own card
 * (several pupils at once on a panel); the card follows the pointer through a transform and,
 * on release, `onDrop` gets the bin under the pointer (or null: the card slides back).
 * A press without movement is a tap (`onTap`): tap a card, then tap a bin.
 */
import { useRef } from 'preact/hooks';
import { binAt, type Rect } from '../../lib/waste-sorting/hit';
import type { WasteCategory } from '../../schemas/waste-sorting/vocab';

interface Drag {
  itemId: string;
  el: HTMLElement;
  x0: number;
  y0: number;
  moved: boolean;
  bins: [WasteCategory, Rect][];
}

/** Movement (CSS px) before a press counts as a drag rather than a tap. */
const SLOP = 8;

export function slideBack(el: HTMLElement): void {
  el.classList.remove('is-dragging');
  el.style.transform = '';
}

export function useCardDrag(options: {
  binRects: () => [WasteCategory, Rect][];
  onDrop: (itemId: string, bin: WasteCategory | null, el: HTMLElement) => void;
  onTap: (itemId: string) => void;
  disabled: boolean;
}) {
  const drags = useRef(new Map<number, Drag>());
  const opts = useRef(options);
  opts.current = options;

  const end = (e: PointerEvent, cancelled: boolean) => {
    const d = drags.current.get(e.pointerId);
    if (!d) return;
    drags.current.delete(e.pointerId);
    if (!d.moved) {
      slideBack(d.el);
      if (!cancelled) opts.current.onTap(d.itemId);
      return;
    }
    const bin = cancelled ? null : binAt(d.bins, e.clientX, e.clientY);
    opts.current.onDrop(d.itemId, bin, d.el);
  };

  return (itemId: string) => ({
    onPointerDown: (e: PointerEvent) => {
      if (opts.current.disabled || (e.pointerType === 'mouse' && e.button !== 0)) return;
      const el = e.currentTarget as HTMLElement;
      for (const d of drags.current.values()) if (d.itemId === itemId) return;
      try {
        el.setPointerCapture(e.pointerId);
      } catch {
        // A synthetic or already-released pointer cannot be captured; moves still arrive here.
      }
      drags.current.set(e.pointerId, {
        itemId,
        el,
        x0: e.clientX,
        y0: e.clientY,
        moved: false,
        bins: opts.current.binRects(),
      });
    },
    onPointerMove: (e: PointerEvent) => {
      const d = drags.current.get(e.pointerId);
      if (!d) return;
      const dx = e.clientX - d.x0;
      const dy = e.clientY - d.y0;
      if (!d.moved && Math.abs(dx) + Math.abs(dy) < SLOP) return;
      d.moved = true;
      d.el.classList.add('is-dragging');
      d.el.style.transform = `translate(${dx}px, ${dy}px)`;
    },
    onPointerUp: (e: PointerEvent) => end(e, false),
    onPointerCancel: (e: PointerEvent) => end(e, true),
    onLostPointerCapture: (e: PointerEvent) => {
      // Chromium sends this after pointerup too; only a capture lost mid-drag cancels.
      if (drags.current.has(e.pointerId)) end(e, true);
    },
  });
}
