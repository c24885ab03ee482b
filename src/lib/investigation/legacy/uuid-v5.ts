/**
 * Name-based (version 5) UUIDs, RFC 9562 section 5.5: the same namespace and name give the same
 * id on every device, so data migrated twice (a tablet and the class view) keeps its record ids.
 * SHA-1 is written out here (no `node:crypto`, and `crypto.subtle` is async and absent on plain
 * http); it only names records, it protects nothing. Pure.
 */

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** The SHA-1 digest of the bytes (20 bytes). */
export function sha1(bytes: Uint8Array): Uint8Array {
  const bitLength = bytes.length * 8;
  // The message, a 1 bit, zeros, and its length in bits as 64 bits: a multiple of 64 bytes.
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const m = new DataView(padded.buffer);
  m.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  m.setUint32(padded.length - 4, bitLength >>> 0);
  const out = new Uint8Array(20);
  const h = new DataView(out.buffer);
  [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0].forEach((x, i) =>
    h.setUint32(i * 4, x),
  );
  const w = new DataView(new ArrayBuffer(80 * 4));
  const word = (t: number) => w.getUint32(t * 4);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t += 1) w.setUint32(t * 4, m.getUint32(block + t * 4));
    for (let t = 16; t < 80; t += 1) {
      w.setUint32(t * 4, rotl(word(t - 3) ^ word(t - 8) ^ word(t - 14) ^ word(t - 16), 1));
    }
    let a = h.getUint32(0);
    let b = h.getUint32(4);
    let c = h.getUint32(8);
    let d = h.getUint32(12);
    let e = h.getUint32(16);
    for (let t = 0; t < 80; t += 1) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const temp = (rotl(a, 5) + f + e + k + word(t)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    [a, b, c, d, e].forEach((x, i) => h.setUint32(i * 4, (h.getUint32(i * 4) + x) >>> 0));
  }
  return out;
}

/** The 16 bytes of a UUID written as `xxxxxxxx-xxxx-…`. */
function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/** The version 5 UUID of `name` (UTF-8) in `namespace` (a UUID), lower-case. */
export function uuidV5(namespace: string, name: string): string {
  const ns = uuidBytes(namespace);
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + text.length);
  input.set(ns);
  input.set(text, ns.length);
  const b = sha1(input).slice(0, 16);
  const v = new DataView(b.buffer);
  v.setUint8(6, (v.getUint8(6) & 0x0f) | 0x50); // version 5
  v.setUint8(8, (v.getUint8(8) & 0x3f) | 0x80); // variant 10
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
