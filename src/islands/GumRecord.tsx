/**
 * The record page of the gum experiment: one island with the group, surveys, measurements,
 * decomposition log and export. The first render (also on the server) shows only the status
 * line; the records appear once this device's storage has been read.
 *
 * The measurements (step 3), the decomposition log (used from the second lesson on) and the
 * export and share sections at the bottom load when they near the screen, like client:visible
 * islands, to keep the page within its 35 kB budget.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { gumStore, type GumRecordStore } from '../stores/gum-record';
import { localDate } from '../lib/gum-calc';
import { StatusBar } from './gum-record/StatusBar';
import { GroupPanel } from './gum-record/GroupPanel';
import { SurveyPanel } from './gum-record/SurveyPanel';
import { LoadNearScreen } from './LoadNearScreen';

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
              <LoadNearScreen
                titleId="eck-measurements-title"
                title="残胶测量"
                load={() => import('./gum-record/MeasurementPanel')}
              >
                {({ MeasurementPanel }) => <MeasurementPanel store={store} />}
              </LoadNearScreen>
              <LoadNearScreen
                titleId="eck-decomposition-title"
                title="分解观察日志"
                load={() => import('./gum-record/DecompositionPanel')}
              >
                {({ DecompositionPanel }) => <DecompositionPanel store={store} today={today} />}
              </LoadNearScreen>
              <LoadNearScreen
                titleId="eck-export-title"
                title="导出小组数据"
                load={() => import('./gum-record/ExportAndShare')}
              >
                {({ ExportAndShare }) => <ExportAndShare store={store} record={record} />}
              </LoadNearScreen>
            </>
          )}
        </>
      )}
    </div>
  );
}
