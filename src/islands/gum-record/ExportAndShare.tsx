import type { GumRecord } from '../../schemas/gum-record';
import type { GumRecordStore } from '../../stores/gum-record';
import { ExportPanel } from './ExportPanel';
import { SharePanel } from './SharePanel';

/** The bottom of the record page: export the group's file, or share it by link and QR code. */
export function ExportAndShare({ store, record }: { store: GumRecordStore; record: GumRecord }) {
  return (
    <>
      <ExportPanel store={store} record={record} />
      <SharePanel record={record} />
    </>
  );
}
