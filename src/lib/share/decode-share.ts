/**
 * Reading a share link's fragment (./fragment.ts) back into the export file's text, strictly:
 * the codec's prefix and version, a length cap, base64url, complete DEFLATE inflating to at most
 * the import limit, UTF-8. The text still has to pass the class view's strict schema before
 * anything is imported. No DOM.
 */
import { MAX_IMPORT_BYTES } from '../import-limits';
import { fromBase64Url } from './base64url';
import { MAX_FRAGMENT_CHARS, hasPrefix, type ShareCodec } from './fragment';
import { InflateLimitError, InflateUnsupportedError, inflateRaw } from './inflate-raw';

export type DecodedShare = { ok: true; text: string } | { ok: false; error: string };

/** The message for a link whose data would unpack to more than the import limit. */
export const linkTooLargeMessage = `链接里的数据解压后超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，不是小组的分享链接，没有导入。`;

const resend = '请让小组重新发送链接或导出文件。';

/** The export file's text carried by a fragment (with or without `#`), or a Chinese message. */
export async function decodeShareFragment(
  codec: ShareCodec,
  fragment: string,
): Promise<DecodedShare> {
  const f = fragment.replace(/^#/, '');
  if (f.length > MAX_FRAGMENT_CHARS) {
    return {
      ok: false,
      error: `这个链接太长（${f.length} 个字符，小组做的分享链接最多 ${MAX_FRAGMENT_CHARS / 2} 个），没有读取。请让小组导出文件。`,
    };
  }
  if (!hasPrefix(codec, f)) {
    const elsewhere = /^eck-[a-z]/.test(f)
      ? '它是另一课的分享链接，请在那一课的全班数据页读取。'
      : '';
    return { ok: false, error: `这个链接不是${codec.title}的分享链接。${elsewhere}` };
  }
  const m = /^(\d+)\.(.*)$/s.exec(f.slice(codec.prefix.length));
  if (!m) {
    return {
      ok: false,
      error: `这个分享链接不完整：“#${codec.prefix}”后面缺少数据，可能复制时少了一段。${resend}`,
    };
  }
  const version = Number(m[1]);
  if (version > codec.version) {
    return {
      ok: false,
      error: `这个链接来自更新版本的工具箱（版本 ${version}），这里只能读取版本 ${codec.version}。请把工具箱更新后再打开。`,
    };
  }
  if (version !== codec.version) return { ok: false, error: '这个链接的版本不对。' };
  const bytes = fromBase64Url(m[2] ?? '');
  if (!bytes || bytes.length === 0) {
    return { ok: false, error: `链接里的数据有错字或不完整，${resend}` };
  }
  try {
    const raw = await inflateRaw(bytes, MAX_IMPORT_BYTES);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch (e) {
    if (e instanceof InflateLimitError) return { ok: false, error: linkTooLargeMessage };
    if (e instanceof InflateUnsupportedError) {
      return {
        ok: false,
        error:
          '这个浏览器太旧，打不开分享链接。请换用新版浏览器打开这个链接，或让小组用“导出文件”把文件交给你。',
      };
    }
    return { ok: false, error: `链接里的数据不完整（可能复制时少了一段），${resend}` };
  }
}
