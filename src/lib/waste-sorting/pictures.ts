/**
 * Our own small pictures of the items (48 × 48), as the shapes each one is drawn with, in
 * order. Ink outlines with pale fills so they read on a projector and in black-and-white print:
 * a shape without `fill` is an outline, its ink set on the using <svg> (WastePictures.astro).
 */
import type { WastePicture } from '../../schemas/waste-sorting/vocab';

/** Paint of one shape; left out, the fill is none and the stroke the outline ink. */
interface Paint {
  fill?: string;
  stroke?: string;
  'stroke-width'?: number;
}

/** One SVG element of a picture: its tag and attributes as they are written in the SVG. */
export type PictureShape =
  | ({ tag: 'path'; d: string } & Paint)
  | ({ tag: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ tag: 'ellipse'; cx: number; cy: number; rx: number; ry: number } & Paint);

/** Every picture the items may name, drawn back to front. */
export const wastePictureShapes: Record<WastePicture, readonly PictureShape[]> = {
  bottle: [
    { tag: 'path', d: 'M20 4h8v6l4 6v26a3 3 0 0 1-3 3H19a3 3 0 0 1-3-3V16l4-6z', fill: '#cfe8ff' },
    { tag: 'path', d: 'M16 24h16v10H16z', fill: '#5aa0e6' },
    { tag: 'path', d: 'M20 4h8v6l4 6v26a3 3 0 0 1-3 3H19a3 3 0 0 1-3-3V16l4-6zM19 10h10' },
  ],
  can: [
    { tag: 'path', d: 'M14 8h20v32a4 4 0 0 1-4 4H18a4 4 0 0 1-4-4z', fill: '#e3e6ea' },
    { tag: 'path', d: 'M14 18h20v14H14z', fill: '#e8533f' },
    { tag: 'path', d: 'M14 8h20v32a4 4 0 0 1-4 4H18a4 4 0 0 1-4-4zM17 4h14M21 12h6' },
  ],
  newspaper: [
    { tag: 'path', d: 'M6 8h30v32H10a4 4 0 0 1-4-4z', fill: '#fff' },
    { tag: 'path', d: 'M36 14h6v22a4 4 0 0 1-4 4h-2z', fill: '#eee' },
    {
      tag: 'path',
      d: 'M6 8h30v32H10a4 4 0 0 1-4-4zM36 14h6v22a4 4 0 0 1-4 4M11 14h20M11 20h8M11 26h8M11 32h20',
    },
    { tag: 'path', d: 'M23 19h8v8h-8z', fill: '#bbb' },
  ],
  box: [
    { tag: 'path', d: 'M6 16l18-8 18 8v20L24 44 6 36z', fill: '#d9a766' },
    { tag: 'path', d: 'M6 16l18 8 18-8M24 24v20M6 16l18-8 18 8v20L24 44 6 36zM15 12l18 8' },
  ],
  clothes: [
    {
      tag: 'path',
      d: 'M17 6l-11 7 4 9 5-3v23h18V19l5 3 4-9-11-7c-1 4-4 6-7 6s-6-2-7-6z',
      fill: '#f6c344',
    },
    { tag: 'path', d: 'M17 6l-11 7 4 9 5-3v23h18V19l5 3 4-9-11-7c-1 4-4 6-7 6s-6-2-7-6z' },
  ],
  jar: [
    {
      tag: 'path',
      d: 'M14 10h20v6c3 2 4 4 4 8v16a4 4 0 0 1-4 4H14a4 4 0 0 1-4-4V24c0-4 1-6 4-8z',
      fill: '#d8f3e4',
    },
    { tag: 'path', d: 'M14 4h20v6H14z', fill: '#9aa' },
    {
      tag: 'path',
      d: 'M14 4h20v6H14zM14 10v6c-3 2-4 4-4 8v16a4 4 0 0 0 4 4h20a4 4 0 0 0 4-4V24c0-4-1-6-4-8v-6M16 24v12',
    },
  ],
  carton: [
    { tag: 'path', d: 'M14 14l5-8h10l5 8v28H14z', fill: '#fff' },
    { tag: 'path', d: 'M14 24h20v12H14z', fill: '#7cc4f2' },
    { tag: 'path', d: 'M14 14l5-8h10l5 8v28H14zM14 14h20M19 6l-1 8' },
  ],
  tube: [
    { tag: 'path', d: 'M8 20h32v8H8z', fill: '#fffbe0' },
    { tag: 'path', d: 'M3 21h5v6H3zM40 21h5v6h-5z', fill: '#aaa' },
    { tag: 'path', d: 'M8 20h32v8H8zM3 21h5v6H3zM40 21h5v6h-5zM1 23h2M1 25h2M45 23h2M45 25h2' },
  ],
  pills: [
    { tag: 'path', d: 'M6 12h24v24H6z', fill: '#fff' },
    { tag: 'path', d: 'M6 12h24v24H6zM6 18h24' },
    { tag: 'path', d: 'M14 24h8M18 20v8', stroke: '#c62828' },
    { tag: 'path', d: 'M30 32l8-8a5 5 0 0 1 7 7l-8 8a5 5 0 0 1-7-7z', fill: '#f9a825' },
    { tag: 'path', d: 'M30 32l8-8a5 5 0 0 1 7 7l-8 8a5 5 0 0 1-7-7zM34 28l7 7' },
  ],
  'button-cell': [
    { tag: 'ellipse', cx: 24, cy: 28, rx: 17, ry: 8, fill: '#b0b7bf' },
    { tag: 'path', d: 'M7 22v6c0 4 8 8 17 8s17-4 17-8v-6', fill: '#b0b7bf' },
    { tag: 'ellipse', cx: 24, cy: 22, rx: 17, ry: 8, fill: '#dfe3e8' },
    { tag: 'path', d: 'M7 22v6c0 4 8 8 17 8s17-4 17-8v-6M21 22h6M24 19v6' },
    { tag: 'ellipse', cx: 24, cy: 22, rx: 17, ry: 8 },
  ],
  'phone-battery': [
    { tag: 'path', d: 'M12 6h24v36H12z', fill: '#4b5563' },
    { tag: 'path', d: 'M16 12h16v6H16z', fill: '#9be15d' },
    { tag: 'path', d: 'M12 6h24v36H12zM20 28l4-6v4h4l-4 6v-4z', stroke: '#fff' },
  ],
  thermometer: [
    { tag: 'path', d: 'M20 6a4 4 0 0 1 8 0v26a7 7 0 1 1-8 0z', fill: '#fff' },
    { tag: 'circle', cx: 24, cy: 37, r: 4, fill: '#9aa3ad' },
    { tag: 'path', d: 'M24 16v18', stroke: '#9aa3ad', 'stroke-width': 3 },
    { tag: 'path', d: 'M20 6a4 4 0 0 1 8 0v26a7 7 0 1 1-8 0z' },
  ],
  paint: [
    { tag: 'path', d: 'M8 16h32v24a4 4 0 0 1-4 4H12a4 4 0 0 1-4-4z', fill: '#c9d2db' },
    { tag: 'path', d: 'M8 16c0 4 4 6 6 6s2 6 4 6 2-6 4-6h18v-6z', fill: '#3b82f6' },
    {
      tag: 'path',
      d: 'M8 16h32v24a4 4 0 0 1-4 4H12a4 4 0 0 1-4-4zM8 16c4-6 28-6 32 0M12 10c4-8 20-8 24 0',
    },
  ],
  'nail-polish': [
    { tag: 'path', d: 'M20 4h8v14h-8z', fill: '#333' },
    { tag: 'path', d: 'M14 18h20v22a4 4 0 0 1-4 4H18a4 4 0 0 1-4-4z', fill: '#e4508c' },
    { tag: 'path', d: 'M20 4h8v14h-8zM14 18h20v22a4 4 0 0 1-4 4H18a4 4 0 0 1-4-4z' },
  ],
  spray: [
    { tag: 'path', d: 'M14 14h18v28a2 2 0 0 1-2 2H16a2 2 0 0 1-2-2z', fill: '#f59e0b' },
    { tag: 'path', d: 'M18 6h10v8H18z', fill: '#ddd' },
    {
      tag: 'path',
      d: 'M14 14h18v28a2 2 0 0 1-2 2H16a2 2 0 0 1-2-2zM18 6h10v8H18zM28 9h4M36 6l4-2M36 10h5M36 14l4 2',
    },
    { tag: 'path', d: 'M18 24l10 10M28 24 18 34', stroke: '#111', 'stroke-width': 3 },
  ],
  peel: [
    {
      tag: 'path',
      d: 'M24 8c-2 10-8 22-18 30 6 2 14-2 18-8 4 6 12 10 18 8C32 30 26 18 24 8z',
      fill: '#ffd94a',
    },
    {
      tag: 'path',
      d: 'M24 8c-2 10-8 22-18 30 6 2 14-2 18-8 4 6 12 10 18 8C32 30 26 18 24 8zM24 30v12M22 4h4v4h-4z',
    },
  ],
  bowl: [
    { tag: 'path', d: 'M6 24h36c0 10-8 18-18 18S6 34 6 24z', fill: '#fff' },
    { tag: 'path', d: 'M10 24c2-6 8-8 14-8s12 2 14 8z', fill: '#f3e3b5' },
    { tag: 'path', d: 'M16 18l-2-4M28 16l2-5', stroke: '#4a9d4e' },
    { tag: 'path', d: 'M6 24h36c0 10-8 18-18 18S6 34 6 24zM10 24c2-6 8-8 14-8s12 2 14 8' },
  ],
  egg: [
    {
      tag: 'path',
      d: 'M6 30c0-10 6-16 11-16 3 0 6 4 7 8l-4 4 5 3 3-5 3 4c2-2 4-1 5 0 4 0 6 6 6 6 0 8-8 12-18 12S6 40 6 30z',
      fill: '#fff4e0',
    },
    {
      tag: 'path',
      d: 'M6 30c0-10 6-16 11-16 3 0 6 4 7 8l-4 4 5 3 3-5 3 4c2-2 4-1 5 0 4 0 6 6 6 6 0 8-8 12-18 12S6 40 6 30z',
    },
  ],
  fishbone: [
    { tag: 'path', d: 'M4 24h32M12 16l4 8-4 8M20 15l4 9-4 9M28 16l4 8-4 8' },
    { tag: 'path', d: 'M36 24l8-7v14z', fill: '#eee' },
    { tag: 'path', d: 'M36 24l8-7v14z' },
  ],
  tea: [
    { tag: 'path', d: 'M8 26h32l-4 16H12z', fill: '#fff' },
    { tag: 'path', d: 'M12 24c4-4 8-4 10 0 3-5 9-5 12 0', fill: '#6b8e23' },
    { tag: 'path', d: 'M8 26h32l-4 16H12zM12 24c4-4 8-4 10 0 3-5 9-5 12 0M20 14c4-4 6 2 10-4' },
  ],
  leaf: [
    { tag: 'path', d: 'M24 42C10 36 6 22 12 8c10 2 22 12 12 34z', fill: '#7cc16c' },
    { tag: 'path', d: 'M26 42c10-8 16-18 12-30-6 2-12 10-14 20z', fill: '#a8d89a' },
    {
      tag: 'path',
      d: 'M24 42C10 36 6 22 12 8c10 2 22 12 12 34zM12 8c4 12 8 22 12 34M26 42c10-8 16-18 12-30-6 2-12 10-14 20',
    },
  ],
  biscuit: [
    { tag: 'path', d: 'M8 8h32v32H8z', fill: '#e5b26b' },
    { tag: 'path', d: 'M8 8h32v32H8z' },
    { tag: 'circle', cx: 16, cy: 16, r: 1.8, fill: '#111' },
    { tag: 'circle', cx: 32, cy: 16, r: 1.8, fill: '#111' },
    { tag: 'circle', cx: 24, cy: 24, r: 1.8, fill: '#111' },
    { tag: 'circle', cx: 16, cy: 32, r: 1.8, fill: '#111' },
    { tag: 'circle', cx: 32, cy: 32, r: 1.8, fill: '#111' },
  ],
  'big-bone': [
    {
      tag: 'path',
      d: 'M14 10a5 5 0 0 0-6 8 5 5 0 0 0 4 8l18 14a5 5 0 0 0 8 4 5 5 0 0 0 6-8 5 5 0 0 0-4-8L22 14a5 5 0 0 0-8-4z',
      fill: '#fff8e7',
    },
    {
      tag: 'path',
      d: 'M14 10a5 5 0 0 0-6 8 5 5 0 0 0 4 8l18 14a5 5 0 0 0 8 4 5 5 0 0 0 6-8 5 5 0 0 0-4-8L22 14a5 5 0 0 0-8-4z',
    },
  ],
  tissue: [
    { tag: 'path', d: 'M10 14c6-6 10 4 14-2s10 2 14 2l-2 28H12z', fill: '#fff' },
    {
      tag: 'path',
      d: 'M10 14c6-6 10 4 14-2s10 2 14 2l-2 28H12zM18 24c2 2 4-2 6 0M26 32c2 2 4-2 6 0',
    },
    { tag: 'circle', cx: 30, cy: 22, r: 3, fill: '#c8b89a' },
  ],
  battery: [
    { tag: 'path', d: 'M16 10h16v32H16z', fill: '#2f6fb3' },
    { tag: 'path', d: 'M16 30h16v12H16z', fill: '#c9d2db' },
    { tag: 'path', d: 'M20 6h8v4h-8z', fill: '#999' },
    { tag: 'path', d: 'M16 10h16v32H16zM20 6h8v4M24 15v6M21 18h6', stroke: '#111' },
  ],
  cup: [
    { tag: 'path', d: 'M12 14h24l-3 30H15z', fill: '#fdf0d5' },
    { tag: 'circle', cx: 20, cy: 38, r: 2.5, fill: '#333' },
    { tag: 'circle', cx: 26, cy: 40, r: 2.5, fill: '#333' },
    { tag: 'circle', cx: 24, cy: 34, r: 2.5, fill: '#333' },
    { tag: 'path', d: 'M12 14h24l-3 30H15zM10 10h28v4H10zM26 10l6-8' },
  ],
  takeout: [
    { tag: 'path', d: 'M6 20h36l-4 20H10z', fill: '#fff' },
    { tag: 'path', d: 'M10 28c6 4 10-2 16 2s8-2 14 0l-1 6H11z', fill: '#e0a458' },
    { tag: 'path', d: 'M6 20h36l-4 20H10zM4 14h40v6H4z' },
  ],
  ceramic: [
    { tag: 'path', d: 'M4 22h18l-4 6 4 4-2 10c-8-2-14-10-16-20z', fill: '#fff' },
    { tag: 'path', d: 'M28 22h16c-2 10-8 18-16 20l2-8-4-6z', fill: '#fff' },
    {
      tag: 'path',
      d: 'M4 22h18l-4 6 4 4-2 10c-8-2-14-10-16-20zM28 22h16c-2 10-8 18-16 20l2-8-4-6zM8 26h6M34 26h6',
      stroke: '#2563eb',
    },
    {
      tag: 'path',
      d: 'M4 22h18l-4 6 4 4-2 10c-8-2-14-10-16-20zM28 22h16c-2 10-8 18-16 20l2-8-4-6z',
    },
  ],
  shell: [
    { tag: 'path', d: 'M24 40 6 20C10 10 38 10 42 20z', fill: '#ffd7c2' },
    {
      tag: 'path',
      d: 'M24 40 6 20C10 10 38 10 42 20zM24 40l-10-26M24 40l-3-28M24 40l4-28M24 40l11-26M18 40h12',
    },
  ],
  bag: [
    { tag: 'path', d: 'M10 16h28l-2 28H12z', fill: '#eef2f5' },
    { tag: 'path', d: 'M18 30c3 3 6-2 9 1', stroke: '#b7791f' },
    { tag: 'circle', cx: 30, cy: 24, r: 3, fill: '#e8b04a' },
    { tag: 'path', d: 'M10 16h28l-2 28H12zM16 16c0-10 6-10 6 0M26 16c0-10 6-10 6 0' },
  ],
  chopsticks: [
    { tag: 'path', d: 'M14 4l5 0 5 40h-2z', fill: '#e2c08d' },
    { tag: 'path', d: 'M28 4h5l-6 40h-2z', fill: '#e2c08d' },
    { tag: 'path', d: 'M14 4h5l5 40h-2zM28 4h5l-6 40h-2z' },
  ],
};
