/**
 * The gum experiment's share link, made by the shared maker (src/islands/share/share-link.ts),
 * loaded only when a group asks for one.
 */
import type { GumRecord } from '../../schemas/gum-record';
import { buildGumExport } from '../../lib/gum-export';
import { gumShareTarget } from './share-target';
import { buildShareUrl as buildUrl, makeShareLink as makeLink } from '../share/share-link';

export type { ShareLink } from '../share/share-link';

/** The class view's address with the group's data in the fragment (never sent to a server). */
export function buildShareUrl(record: GumRecord, origin: string): Promise<string | null> {
  return buildUrl(buildGumExport(record, new Date().toISOString()), gumShareTarget, origin);
}

/** The link, whether it fits a QR code or a chat message, and the QR code as a data URL. */
export function makeShareLink(record: GumRecord, origin: string) {
  return makeLink(buildGumExport(record, new Date().toISOString()), gumShareTarget, origin);
}
