/**
 * Making a share link and its QR code, loaded only when a group asks for one (the record
 * page's JavaScript stays small). For any class view: the codec says the fragment's format.
 */
import { shareLinkFit, type ShareCodec } from '../../lib/share/fragment';
import { encodeFragment } from '../../lib/share/encode-share';
import { withBase } from '../../lib/paths';

/** Where links of one kind go: their format and the class view that reads them. */
export interface ShareTarget {
  codec: ShareCodec;
  /** The class view's path under the site's base, e.g. `lessons/gum-residue/class/`. */
  classPath: string;
}

/** The class view's address with the export file in the fragment (never sent to a server). */
export async function buildShareUrl(
  file: unknown,
  target: ShareTarget,
  origin: string,
): Promise<string | null> {
  if (!file) return null;
  const page = new URL(withBase(import.meta.env.BASE_URL, target.classPath), origin);
  return `${page.href}#${await encodeFragment(target.codec, file)}`;
}

export type ShareLink =
  | { kind: 'noGroup' }
  | { kind: 'tooLong'; length: number }
  | { kind: 'ready'; url: string; fit: 'qr' | 'link'; qr: string | null };

/** The link, whether it fits a QR code or a chat message, and the QR code as a data URL. */
export async function makeShareLink(
  file: unknown,
  target: ShareTarget,
  origin: string,
): Promise<ShareLink> {
  const url = await buildShareUrl(file, target, origin);
  if (!url) return { kind: 'noGroup' };
  const fit = shareLinkFit(url);
  if (fit === 'tooLong') return { kind: 'tooLong', length: url.length };
  let qr: string | null = null;
  if (fit === 'qr') {
    try {
      const QRCode = (await import('qrcode')).default;
      qr = await QRCode.toDataURL(url, { errorCorrectionLevel: 'L', margin: 2, scale: 6 });
    } catch {
      qr = null;
    }
  }
  return { kind: 'ready', url, fit, qr };
}
