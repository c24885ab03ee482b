/**
 * The record page of the gum experiment: one island with the group, surveys, measurements,
 * decomposition log and export. The first render (also on the server) shows only the status
 * line; the records appear once this device's storage has been read.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { gumStore, type GumRecordStore } from '../stores/gum-record';
import { localDate } from '../lib/gum-calc';
import { StatusBar } from './gum-record/StatusBar';
import { GroupPanel } from './gum-record/GroupPanel';
import { SurveyPanel } from './gum-record/SurveyPanel';
import { MeasurementPanel } from './gum-record/MeasurementPanel';
import { DecompositionPanel } from './gum-record/DecompositionPanel';
import { ExportPanel } from './gum-record/ExportPanel';
import { SharePanel } from './gum-record/SharePanel';

export default function GumRecord({ store = gumStore }: { store?: GumRecordStore }) {
  const [ready, setReady] = useState(false);
  const record = useStore(store.$gumRecord);
  const save = useStore(store.$save);
  useEffect(() => {
    store.load();
    setReady(true);
    return store.listen(window);
  }, [store]);
  const today = localDate(new Date());

  return (
    <div class="eck-record">
      <StatusBar store={store} />
      {ready && save.kind !== 'loading' && (
        <>
          <GroupPanel key={record.group?.id ?? 'new'} store={store} group={record.group} />
          {record.group && (
            <>
              <SurveyPanel store={store} today={today} />
              <MeasurementPanel store={store} />
              <DecompositionPanel store={store} today={today} />
              <ExportPanel store={store} record={record} />
              <SharePanel record={record} />
            </>
          )}
        </>
      )}
    </div>
  );
}
