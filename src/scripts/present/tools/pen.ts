/**
 * Pen annotation (画笔) over the slide: pen, touch and mouse through pointer events, several
 * pointers at once; smooth strokes from perfect-freehand drawn on a canvas. Ink is kept per
 * slide while the deck is open and comes back on return. The canvas never takes focus, so the
 * clicker keeps working while the pen is on.
 */
import { getStroke } from 'perfect-freehand';
import type { Tool, ToolHost } from '../tools';

/** A point as a fraction of the canvas (so ink stays put when the window changes size). */
type Point = [x: number, y: number, pressure: number];

interface Stroke {
  color: string;
  /** Width as a fraction of the canvas height. */
  size: number;
  points: Point[];
  /** A real pen reports pressure; for touch and mouse perfect-freehand simulates it. */
  pressure: boolean;
}

const colors = [
  { name: '红', value: '#c8102e' },
  { name: '蓝', value: '#0b57a4' },
  { name: '绿', value: '#137333' },
  { name: '黑', value: '#1b1b1b' },
] as const;
const widths = [
  { name: '细', value: 0.004 },
  { name: '中', value: 0.008 },
  { name: '粗', value: 0.014 },
] as const;

export function createTool(host: ToolHost): Tool {
  const doc = host.layer.ownerDocument;
  const canvas = doc.createElement('canvas');
  canvas.className = 'eck-ink';
  canvas.setAttribute('aria-hidden', 'true');
  const bar = doc.createElement('section');
  bar.className = 'eck-tool eck-pen-bar';
  bar.setAttribute('aria-label', '画笔');
  bar.hidden = true;
  bar.innerHTML = `
    <div class="eck-tool-row" role="group" aria-label="颜色">
      ${colors
        .map(
          (c, i) =>
            `<button type="button" data-pen-color="${i}" aria-pressed="${i === 0}"><span class="eck-swatch" data-swatch="${c.value}"></span>${c.name}</button>`,
        )
        .join('')}
    </div>
    <div class="eck-tool-row" role="group" aria-label="粗细">
      ${widths
        .map(
          (w, i) =>
            `<button type="button" data-pen-width="${i}" aria-pressed="${i === 1}">${w.name}</button>`,
        )
        .join('')}
    </div>
    <div class="eck-tool-row">
      <button type="button" data-pen="eraser" aria-pressed="false">橡皮</button>
      <button type="button" data-pen="clear">清除本页</button>
      <button type="button" data-pen="close">关闭画笔</button>
    </div>`;
  // CSSOM, not a style attribute: the site's CSP allows no inline styles.
  for (const sw of bar.querySelectorAll<HTMLElement>('[data-swatch]')) {
    sw.style.background = sw.dataset['swatch'] ?? '';
  }
  host.layer.append(canvas, bar);
  const ctx = canvas.getContext('2d');

  const ink = new Map<number, Stroke[]>();
  const live = new Map<number, Stroke>();
  let color: string = colors[0].value;
  let width: number = widths[1].value;
  let erasing = false;
  let on = false;

  const strokesHere = () => {
    const i = host.slideIndex();
    let list = ink.get(i);
    if (!list) ink.set(i, (list = []));
    return list;
  };

  function size() {
    const r = canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(r.width * dpr));
    const h = Math.max(1, Math.round(r.height * dpr));
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
  }

  function draw() {
    if (!ctx) return;
    size();
    const w = canvas.width;
    const h = canvas.height;
    ctx.clearRect(0, 0, w, h);
    const list = strokesHere();
    for (const s of list) {
      const outline = getStroke(
        s.points.map(([x, y, p]) => [x * w, y * h, p]),
        {
          size: s.size * h,
          thinning: 0.5,
          smoothing: 0.5,
          streamline: 0.4,
          simulatePressure: !s.pressure,
          last: ![...live.values()].includes(s),
        },
      );
      if (outline.length < 2) continue;
      ctx.beginPath();
      const [first, ...rest] = outline;
      if (first) ctx.moveTo(first[0] ?? 0, first[1] ?? 0);
      for (const [x, y] of rest) ctx.lineTo(x ?? 0, y ?? 0);
      ctx.closePath();
      ctx.fillStyle = s.color;
      ctx.fill();
    }
    canvas.dataset['strokes'] = String(list.length);
  }

  function pointOf(e: PointerEvent): Point {
    const r = canvas.getBoundingClientRect();
    const pressure = e.pointerType === 'pen' && e.pressure > 0 ? e.pressure : 0.5;
    return [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height, pressure];
  }

  /** Remove every stroke that passes near the point. */
  function eraseAt([x, y]: Point) {
    const r = canvas.getBoundingClientRect();
    const aspect = r.width / Math.max(1, r.height);
    const list = strokesHere();
    const radius = 0.02;
    const keep = list.filter(
      (s) => !s.points.some(([px, py]) => Math.hypot((px - x) * aspect, py - y) < radius + s.size),
    );
    if (keep.length !== list.length) {
      ink.set(host.slideIndex(), keep);
      draw();
    }
  }

  const events = (e: PointerEvent): PointerEvent[] =>
    typeof e.getCoalescedEvents === 'function' && e.getCoalescedEvents().length
      ? e.getCoalescedEvents()
      : [e];

  canvas.addEventListener('pointerdown', (e) => {
    if (!on || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    try {
      canvas.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic or already ended pointer: drawing works without capture.
    }
    const p = pointOf(e);
    if (erasing) {
      live.set(e.pointerId, { color: '', size: 0, points: [], pressure: false });
      eraseAt(p);
      return;
    }
    const stroke: Stroke = { color, size: width, points: [p], pressure: e.pointerType === 'pen' };
    live.set(e.pointerId, stroke);
    strokesHere().push(stroke);
    draw();
  });
  canvas.addEventListener('pointermove', (e) => {
    const stroke = live.get(e.pointerId);
    if (!stroke) return;
    if (erasing) {
      for (const ev of events(e)) eraseAt(pointOf(ev));
      return;
    }
    for (const ev of events(e)) stroke.points.push(pointOf(ev));
    draw();
  });
  const end = (e: PointerEvent) => {
    if (!live.delete(e.pointerId)) return;
    draw();
    host.changed();
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  window.addEventListener('resize', () => draw());

  function press(selector: string, pressed: Element) {
    for (const b of bar.querySelectorAll(selector)) {
      b.setAttribute('aria-pressed', String(b === pressed));
    }
  }

  bar.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!b) return;
    const c = b.dataset['penColor'];
    const w = b.dataset['penWidth'];
    const eraser = bar.querySelector('[data-pen="eraser"]');
    if (c !== undefined) {
      color = colors[Number(c)]?.value ?? color;
      press('[data-pen-color]', b);
      erasing = false;
      eraser?.setAttribute('aria-pressed', 'false');
    } else if (w !== undefined) {
      width = widths[Number(w)]?.value ?? width;
      press('[data-pen-width]', b);
    } else if (b.dataset['pen'] === 'eraser') {
      erasing = !erasing;
      b.setAttribute('aria-pressed', String(erasing));
    } else if (b.dataset['pen'] === 'clear') {
      ink.set(host.slideIndex(), []);
      draw();
      host.changed();
    } else if (b.dataset['pen'] === 'close') {
      tool.close();
      host.changed();
    }
    canvas.classList.toggle('is-erasing', erasing);
  });

  const tool: Tool = {
    open() {
      on = true;
      bar.hidden = false;
      canvas.classList.add('is-on');
      draw();
    },
    close() {
      on = false;
      bar.hidden = true;
      live.clear();
      canvas.classList.remove('is-on');
    },
    isOpen: () => on,
    status() {
      const n = strokesHere().length;
      if (!on && n === 0) return null;
      return `画笔${on ? (erasing ? '（橡皮）' : '') : '已关'}：本页 ${n} 笔`;
    },
    slideChanged() {
      live.clear();
      draw();
    },
  };
  return tool;
}
