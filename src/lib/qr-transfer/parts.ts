/**
 * Multi-part QR codes: a share fragment (`eck-gum1.<data>`, `eck-campus-litter1.<data>`:
 * src/lib/share/fragment.ts) too long for
 * one code a classroom camera can read is cut into numbered parts the tablet shows in turn:
 *
 *   ECKQ1/<id>/<n>/<total>/<chunk>     e.g. ECKQ1/9f3a0c21/2/5/Yx3…
 *
 * `id` is the CRC-32 of the whole fragment (8 hex digits): it tells groups apart, and the joined
 * parts must hash to it, so a part from another sequence or a misread is never imported. A
 * fragment that fits in one code is shown as the plain share link, which phones can open too
 * (or, if only the address makes it too long, as the bare fragment).
 * The collector takes codes in any order, ignores repeats (a camera sees each code many times)
 * and reports each fragment once. Pure: no DOM, no camera.
 */

export const PART_PREFIX = 'ECKQ1/';
/** Parts per sequence at most; a larger group exports a file instead. */
export const MAX_PARTS = 99;

const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE) of a text's UTF-8 bytes, as 8 hex digits. */
export function crc32Hex(text: string): string {
  let c = 0xffffffff;
  for (const b of new TextEncoder().encode(text)) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** Bytes a QR code holds in byte mode at error correction level M, by version (1–40). */
const capacityM = [
  14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
  711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989,
  2099, 2213, 2331,
];

/** Bytes a version-`v` code holds at level M. */
export function qrCapacity(version: number): number {
  return capacityM[Math.min(40, Math.max(1, Math.floor(version))) - 1] ?? 14;
}

/** Modules across a version-`v` code (without the quiet zone). */
export const qrModules = (version: number) => 17 + 4 * version;

/**
 * The largest QR version whose modules are at least `minModulePx` CSS pixels when the code
 * (with its 4-module quiet zone on each side) is shown `displayPx` wide; between 2 and 15.
 * Bigger modules read from further away: a panel camera 1–2 m from a tablet needs ~10 px.
 */
export function versionForDisplay(displayPx: number, minModulePx: number): number {
  const modules = Math.floor(displayPx / minModulePx) - 8;
  return Math.min(15, Math.max(2, Math.floor((modules - 17) / 4)));
}

const header = (id: string, n: number, total: number) => `${PART_PREFIX}${id}/${n}/${total}/`;

/**
 * The codes for a fragment: one code with `singleText` (the share link) when the fragment fits
 * in a version-`version` code, otherwise numbered parts. Throws when more than MAX_PARTS.
 */
export function splitIntoParts(fragment: string, singleText: string, version: number): string[] {
  const capacity = qrCapacity(version);
  if (new TextEncoder().encode(singleText).length <= capacity) return [singleText];
  // Too long with the address but short enough alone: the bare fragment, which the class view reads.
  if (fragment.length <= capacity) return [fragment];
  // Fragments are base64url after an ASCII prefix: one byte per character.
  const room = capacity - header('00000000', MAX_PARTS, MAX_PARTS).length;
  const total = Math.ceil(fragment.length / room);
  if (total > MAX_PARTS) throw new RangeError(`needs ${total} parts`);
  const id = crc32Hex(fragment);
  return Array.from(
    { length: total },
    (_, i) => header(id, i + 1, total) + fragment.slice(i * room, (i + 1) * room),
  );
}

export interface Part {
  id: string;
  /** 1-based. */
  n: number;
  total: number;
  chunk: string;
}

/** A part read from a code, or null when the text is not a well-formed part. */
export function parsePart(text: string): Part | null {
  const m = /^ECKQ1\/([0-9a-f]{8})\/(\d{1,2})\/(\d{1,2})\/([A-Za-z0-9_.-]+)$/.exec(text);
  if (!m?.[1] || !m[4]) return null;
  const n = Number(m[2]);
  const total = Number(m[3]);
  if (n < 1 || total < 2 || n > total || total > MAX_PARTS) return null;
  return { id: m[1], n, total, chunk: m[4] };
}

/**
 * The share fragment in a code's text: a share link (…#eck-gum1.…) or a bare fragment, of any
 * class view (the scanner's decoder tells a link of another lesson apart).
 */
export function fragmentOfLink(text: string): string | null {
  const hash = text.indexOf('#');
  const f = hash >= 0 ? text.slice(hash + 1) : text;
  return /^eck-[a-z][a-z0-9-]*\d\.[A-Za-z0-9_-]+$/.test(f) ? f : null;
}

export type CollectEvent =
  /** A whole fragment, seen for the first time: import it. */
  | { kind: 'complete'; fragment: string }
  /** A new part of a sequence. */
  | { kind: 'part'; id: string; received: number; total: number }
  /** Something already read (the camera sees every code many times). */
  | { kind: 'repeat' }
  /** The parts of a sequence did not join up (a misread or mixed-up parts): it starts again. */
  | { kind: 'corrupt'; id: string }
  /** A QR code that is not ours. */
  | { kind: 'foreign' };

export interface Collector {
  /** Take the text of one decoded code. */
  add(text: string): CollectEvent;
  /** Sequences under way: how many parts of how many. */
  pending(): { id: string; received: number; total: number }[];
}

/** Collect codes from a camera until each group's data is whole; each fragment comes out once. */
export function createCollector(): Collector {
  const done = new Set<string>();
  const open = new Map<string, { total: number; chunks: Map<number, string> }>();
  return {
    add(text) {
      const t = text.trim();
      const whole = fragmentOfLink(t);
      if (whole) {
        const id = crc32Hex(whole);
        if (done.has(id)) return { kind: 'repeat' };
        done.add(id);
        return { kind: 'complete', fragment: whole };
      }
      const part = parsePart(t);
      if (!part) return { kind: 'foreign' };
      if (done.has(part.id)) return { kind: 'repeat' };
      let seq = open.get(part.id);
      if (seq && seq.total !== part.total) {
        open.delete(part.id);
        return { kind: 'corrupt', id: part.id };
      }
      if (!seq) {
        seq = { total: part.total, chunks: new Map() };
        open.set(part.id, seq);
      }
      const had = seq.chunks.get(part.n);
      if (had !== undefined) {
        if (had === part.chunk) return { kind: 'repeat' };
        open.delete(part.id);
        return { kind: 'corrupt', id: part.id };
      }
      seq.chunks.set(part.n, part.chunk);
      if (seq.chunks.size < seq.total) {
        return { kind: 'part', id: part.id, received: seq.chunks.size, total: seq.total };
      }
      open.delete(part.id);
      const joined = Array.from({ length: seq.total }, (_, i) => seq.chunks.get(i + 1)).join('');
      if (crc32Hex(joined) !== part.id || !fragmentOfLink(joined)) {
        return { kind: 'corrupt', id: part.id };
      }
      done.add(part.id);
      return { kind: 'complete', fragment: joined };
    },
    pending() {
      return [...open].map(([id, s]) => ({ id, received: s.chunks.size, total: s.total }));
    },
  };
}
