/**
 * Share links: a group's export file, compressed (deflate-raw) and base64url-encoded, in the
 * URL fragment of the class view: `…/class/#eck-gum1.<data>`. Browsers never send the fragment
 * to a server. Made by share/encode-share.ts; the same bytes from every browser
 * (share/deflate-raw.ts, share/inflate-raw.ts). No DOM.
 */
import { MAX_IMPORT_BYTES } from './import-limits';
import { InflateLimitError, InflateUnsupportedError, inflateRaw } from './share/inflate-raw';

/** Format and version of the link data; a later format would be `eck-gum2.`. */
export const SHARE_PREFIX = 'eck-gum1.';
const SHARE_VERSION = 1;
/** Longest link offered for chat apps (some cut or refuse longer messages). */
export const MAX_LINK_CHARS = 8000;
/** Longest link shown as a QR code: version 40 at error level L holds 2,953 bytes. */
export const MAX_QR_CHARS = 2900;

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decode base64url (padding optional); null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) out[i] = bin.charCodeAt(i);
  return out;
}

/** The message for a link whose data would unpack to more than the import limit. */
export const linkTooLargeMessage = `链接里的数据解压后超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，不是小组的分享链接，没有导入。`;

/**
 * The export file's text carried by a fragment, or a Chinese message. The text still has to
 * pass `parseImportText` (the strict schema) before anything is imported.
 */
export async function decodeShareFragment(
  fragment: string,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  const f = fragment.replace(/^#/, '');
  const m = /^eck-gum(\d+)\.(.*)$/s.exec(f);
  if (!m && /^eck-gum\d*$/.test(f)) {
    return {
      ok: false,
      error:
        '这个分享链接不完整：“#eck-gum”后面缺少数据，可能复制时少了一段。请让小组重新发送链接或导出文件。',
    };
  }
  if (!m) return { ok: false, error: '这个链接不是口香糖实验的分享链接。' };
  const version = Number(m[1]);
  if (version > SHARE_VERSION) {
    return {
      ok: false,
      error: `这个链接来自更新版本的工具箱（版本 ${version}），这里只能读取版本 ${SHARE_VERSION}。请把工具箱更新后再打开。`,
    };
  }
  if (version !== SHARE_VERSION) return { ok: false, error: '这个链接的版本不对。' };
  const bytes = fromBase64Url(m[2] ?? '');
  if (!bytes || bytes.length === 0) {
    return { ok: false, error: '链接里的数据有错字或不完整，请让小组重新发送链接或导出文件。' };
  }
  try {
    const raw = await inflateRaw(bytes, MAX_IMPORT_BYTES);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch (e) {
    if (e instanceof InflateLimitError) {
      return { ok: false, error: linkTooLargeMessage };
    }
    if (e instanceof InflateUnsupportedError) {
      return {
        ok: false,
        error:
          '这个浏览器太旧，打不开分享链接。请换用新版浏览器打开这个链接，或让小组用“导出文件”把文件交给你。',
      };
    }
    return {
      ok: false,
      error: '链接里的数据不完整（可能复制时少了一段），请让小组重新发送链接或导出文件。',
    };
  }
}

/** How a link can be shared: as link and QR code, as link only, or not at all (use the file). */
export function shareLinkFit(url: string): 'qr' | 'link' | 'tooLong' {
  if (url.length > MAX_LINK_CHARS) return 'tooLong';
  return url.length > MAX_QR_CHARS ? 'link' : 'qr';
}
