/**
 * Making a share link and its QR code, loaded only when a group asks for one (the record
 * page's JavaScript stays small).
 */
import type { GumRecord } from '../../schemas/gum-record';
import { buildGumExport } from '../../lib/gum-export';
import { shareLinkFit } from '../../lib/gum-share';
import { encodeShareFragment } from '../../lib/share/encode-share';
import { withBase } from '../../lib/paths';

/** The class view's address with the group's data in the fragment (never sent to a server). */
export async function buildShareUrl(record: GumRecord, origin: string): Promise<string | null> {
  const file = buildGumExport(record, new Date().toISOString());
  if (!file) return null;
  const page = new URL(withBase(import.meta.env.BASE_URL, 'lessons/gum-residue/class/'), origin);
  return `${page.href}#${await encodeShareFragment(file)}`;
}

export type ShareLink =
  | { kind: 'noGroup' }
  | { kind: 'tooLong'; length: number }
  | { kind: 'ready'; url: string; fit: 'qr' | 'link'; qr: string | null };

/** The link, whether it fits a QR code or a chat message, and the QR code as a data URL. */
export async function makeShareLink(record: GumRecord, origin: string): Promise<ShareLink> {
  const url = await buildShareUrl(record, origin);
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
