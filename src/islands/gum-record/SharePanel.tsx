import type { GumRecord } from '../../schemas/gum-record';
import { buildGumExport } from '../../lib/gum-export';
import { SharePanel as Panel } from '../share/SharePanel';
import { gumShareTarget } from './share-target';

/** The gum record page's share link and QR code (the shared panel). */
export function SharePanel({ record }: { record: GumRecord }) {
  return (
    <Panel
      data={record}
      toFile={(at) => buildGumExport(record, at)}
      target={gumShareTarget}
      contains="小组名、昵称、备注"
    />
  );
}
