/**
 * Share links brought to a class view, for every class view: a link opened or pasted waits for
 * the teacher's answer (later ones queue behind it, none replaces another), and a link read by
 * the camera is imported at once. The page's store says how a fragment is read and imported.
 */
import { atom } from 'nanostores';
import type { FileReport } from '../../lib/merge/in-turn';

/** A share link read and checked, waiting for the teacher to add it or not. */
export type PendingLink =
  { ok: true; text: string; groupName: string; records: number } | { ok: false; error: string };

export interface LinkSource {
  /** Decode and check a fragment (the decoder loads only when a link comes). */
  read: (fragment: string) => Promise<PendingLink>;
  /** Merge a checked export file's text under a source name; the import's reports. */
  importText: (source: string, text: string) => readonly FileReport[];
  /** Report something refused before it could be merged. */
  refuse: (report: FileReport) => readonly FileReport[];
}

export function createLinkOffers({ read, importText, refuse }: LinkSource) {
  /** The share link waiting for the teacher's answer. */
  const $link = atom<PendingLink | null>(null);
  /** How many more links wait after the one shown. */
  const $linksWaiting = atom(0);
  const queue: PendingLink[] = [];
  const showNext = () => {
    $link.set(queue[0] ?? null);
    $linksWaiting.set(Math.max(0, queue.length - 1));
  };

  return {
    $link,
    $linksWaiting,
    /** Read a share link's fragment; the result waits in `$link` for the teacher's answer. */
    async readLink(fragment: string): Promise<PendingLink> {
      const pending = await read(fragment);
      queue.push(pending);
      showNext();
      return pending;
    },
    /** Add the link shown to the class data. */
    acceptLink(): readonly FileReport[] {
      const l = queue.shift();
      showNext();
      if (!l?.ok) return [];
      return importText(`分享链接（${l.groupName}）`, l.text);
    },
    declineLink(): void {
      queue.shift();
      showNext();
    },
    /** Import a fragment read by the camera at once, reported like a file. */
    async importScanned(fragment: string): Promise<FileReport | undefined> {
      const source = '扫码导入';
      const l = await read(fragment);
      return l.ok
        ? importText(source, l.text)[0]
        : refuse({ source, ok: false, errors: [l.error] })[0];
    },
  };
}

export type LinkOffers = ReturnType<typeof createLinkOffers>;
