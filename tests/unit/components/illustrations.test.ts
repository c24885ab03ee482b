// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/** The kit's own drawings, inlined into lesson pages and slides by Illustration.astro. */
// A path, not new URL(): under the jsdom environment URL is jsdom's and fileURLToPath refuses it.
const dir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../src/components/lesson/illustrations/',
);
const MAX_BYTES = 12_000;
/** Sizes are judged as if the viewBox were this wide (how the drawings are specified). */
const REFERENCE_WIDTH = 800;
const MIN_FONT_SIZE = 18;
const MIN_STROKE = 3;
const MIN_TEXT_CONTRAST = 4.5;
const FORBIDDEN = ['script', 'image', 'foreignObject', 'style', 'iframe', 'object', 'embed', 'a'];

function luminance(hex: string): number | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) return undefined;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Contrast of a colour against white (the drawings put text on light grounds). */
function contrastOnWhite(hex: string): number | undefined {
  const l = luminance(hex);
  return l === undefined ? undefined : 1.05 / (l + 0.05);
}

/** The value of a presentation attribute on the element or its nearest ancestor that sets it. */
function inherited(el: Element, attr: string): string | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(attr);
    if (v !== null) return v;
  }
  return undefined;
}

/** Everything wrong with one illustration file; an empty list means it may be inlined. */
function svgProblems(name: string, text: string): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes >= MAX_BYTES) problems.push(`size ${bytes} B ≥ ${MAX_BYTES} B`);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length > 0 || svg.localName !== 'svg') {
    return [...problems, 'not well-formed SVG XML'];
  }
  const byId = (id: string) => [...doc.querySelectorAll('[id]')].find((e) => e.id === id);
  const prefix = `eck-ill-${name}-`;

  const vb = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const vbWidth = vb.length === 4 && vb.every(Number.isFinite) ? (vb[2] ?? 0) : 0;
  if (vbWidth <= 0) problems.push('no valid viewBox');
  if (svg.hasAttribute('width') || svg.hasAttribute('height')) {
    problems.push('fixed width/height on <svg> (must scale to its box)');
  }
  const scale = vbWidth > 0 ? REFERENCE_WIDTH / vbWidth : 1;

  if (svg.getAttribute('role') !== 'img') problems.push('role is not "img"');
  for (const [attr, tag] of [
    ['aria-labelledby', 'title'],
    ['aria-describedby', 'desc'],
  ] as const) {
    const ids = (svg.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
    if (ids.length === 0) problems.push(`no ${attr}`);
    for (const id of ids) {
      const el = byId(id);
      if (el?.localName !== tag || !el.textContent?.trim()) {
        problems.push(`${attr} "${id}" is not a non-empty <${tag}>`);
      }
    }
  }

  const all = [svg, ...svg.querySelectorAll('*')];
  for (const el of all) {
    if (FORBIDDEN.includes(el.localName)) problems.push(`forbidden element <${el.localName}>`);
    for (const { name: attr, value } of [...el.attributes]) {
      if (/^on/i.test(attr)) problems.push(`event attribute ${attr}`);
      if (attr === 'data-placeholder') problems.push('data-placeholder attribute');
      if (attr === 'style') problems.push('style attribute (use presentation attributes)');
      if (attr === 'id' && !value.startsWith(prefix)) problems.push(`id "${value}" not ${prefix}…`);
      if (attr === 'class' && value.split(/\s+/).some((c: string) => c && !c.startsWith(prefix))) {
        problems.push(`class "${value}" not ${prefix}…`);
      }
      if (/(^|:)href$/.test(attr) && !(value.startsWith('#') && byId(value.slice(1)))) {
        problems.push(`href "${value}" is not a reference inside the file`);
      }
      for (const [, ref] of value.matchAll(/url\(\s*['"]?([^'")]*)/g)) {
        if (!ref?.startsWith('#') || !byId(ref.slice(1))) {
          problems.push(`url(${ref ?? ''}) is not a reference inside the file`);
        }
      }
      if (attr === 'stroke-width' && Number(value) * scale < MIN_STROKE) {
        problems.push(`stroke-width ${value} thinner than ${MIN_STROKE}`);
      }
    }
  }

  for (const t of svg.querySelectorAll('text')) {
    const label = `text "${t.textContent?.trim() ?? ''}"`;
    if (inherited(t, 'font-family') !== 'sans-serif')
      problems.push(`${label}: font not sans-serif`);
    const size = Number.parseFloat(inherited(t, 'font-size') ?? '');
    if (!(size * scale >= MIN_FONT_SIZE))
      problems.push(`${label}: font-size under ${MIN_FONT_SIZE}`);
    const contrast = contrastOnWhite(inherited(t, 'fill') ?? '#000000');
    if (contrast === undefined || contrast < MIN_TEXT_CONTRAST) {
      problems.push(`${label}: fill is not a dark #hex colour (contrast < ${MIN_TEXT_CONTRAST})`);
    }
  }
  return problems;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));

describe('illustrations', () => {
  test('the six drawings of the two lessons are there', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'density.svg',
        'five-actions.svg',
        'four-containers.svg',
        'greenhouse.svg',
        'gum-pavement.svg',
        'haze-clear-sky.svg',
      ]),
    );
  });

  test.each(files)('%s is safe to inline and readable on a projector', (file) => {
    const text = readFileSync(dir + file, 'utf8');
    expect(svgProblems(file.replace(/\.svg$/, ''), text)).toEqual([]);
  });
});

describe('svgProblems can fail', () => {
  const good = (body = '', rootAttrs = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 450" role="img" aria-labelledby="eck-ill-x-t" aria-describedby="eck-ill-x-d" font-family="sans-serif"${rootAttrs}><title id="eck-ill-x-t">标题</title><desc id="eck-ill-x-d">一句话。</desc>${body}</svg>`;

  test('a good fixture passes', () => {
    expect(svgProblems('x', good('<text font-size="24" fill="#1a1a1a">字</text>'))).toEqual([]);
  });

  test.each([
    ['not well-formed', good('<g>'), 'not well-formed'],
    ['not SVG at all', '<html></html>', 'not well-formed'],
    ['no viewBox', good().replace(' viewBox="0 0 800 450"', ''), 'no valid viewBox'],
    ['fixed size', good('', ' width="800"'), 'fixed width'],
    ['no role', good().replace(' role="img"', ''), 'role'],
    [
      'label points nowhere',
      good().replace('labelledby="eck-ill-x-t"', 'labelledby="eck-ill-x-z"'),
      'aria-labelledby',
    ],
    ['empty title', good().replace('>标题<', '> <'), 'non-empty <title>'],
    ['no desc', good().replace(' aria-describedby="eck-ill-x-d"', ''), 'no aria-describedby'],
    ['script', good('<script>alert(1)</script>'), '<script>'],
    ['image', good('<image href="#eck-ill-x-t"/>'), '<image>'],
    ['foreignObject', good('<foreignObject/>'), '<foreignObject>'],
    ['style element', good('<style>text{fill:red}</style>'), '<style>'],
    ['event attribute', good('<rect onclick="x()"/>'), 'event attribute onclick'],
    ['placeholder', good('', ' data-placeholder="true"'), 'data-placeholder'],
    ['external href', good('<use href="http://example.com/a.svg#b"/>'), 'href'],
    [
      'xlink href',
      good('<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="a.svg#b"/>'),
      'href',
    ],
    ['external url()', good('<rect fill="url(http://example.com/p)"/>'), 'url('],
    ['unprefixed id', good('<g id="city"/>'), 'id "city"'],
    ['unprefixed class', good('<g class="sky"/>'), 'class "sky"'],
    ['thin stroke', good('<path stroke-width="1"/>'), 'stroke-width'],
    ['small text', good('<text font-size="12" fill="#000000">字</text>'), 'font-size'],
    ['light text', good('<text font-size="24" fill="#bbbbbb">字</text>'), 'contrast'],
    ['named font', good('<text font-size="24" font-family="SimSun">字</text>'), 'sans-serif'],
    ['too big', good(`<desc>${'字'.repeat(4000)}</desc>`), 'size'],
  ])('%s', (_label, text, expected) => {
    expect(svgProblems('x', text).join('\n')).toContain(expected);
  });
});
