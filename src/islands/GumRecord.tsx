/**
 * The record page of the gum experiment: one island with the group, surveys, measurements,
 * decomposition log and export. The first render (also on the server) shows only the status
 * line; the records appear once this device's storage has been read.
 *
 * The decomposition log (a third of the island's code, used from the second lesson on) loads
 * when its section nears the screen, like a client:visible island, to keep the page within
 * its 35 kB budget.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { gumStore, type GumRecordStore } from '../stores/gum-record';
import { localDate } from '../lib/gum-calc';
import { StatusBar } from './gum-record/StatusBar';
import { GroupPanel } from './gum-record/GroupPanel';
import { SurveyPanel } from './gum-record/SurveyPanel';
import { MeasurementPanel } from './gum-record/MeasurementPanel';
import type { DecompositionPanel as DecompositionPanelType } from './gum-record/DecompositionPanel';
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
              <LazyDecomposition store={store} today={today} />
              <ExportPanel store={store} record={record} />
              <SharePanel record={record} />
            </>
          )}
        </>
      )}
    </div>
  );
}

function LazyDecomposition({ store, today }: { store: GumRecordStore; today: string }) {
  const placeholder = useRef<HTMLElement>(null);
  const [Panel, setPanel] = useState<typeof DecompositionPanelType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = placeholder.current;
    if (!el) return;
    let started = false;
    const load = () => {
      if (started) return;
      started = true;
      import('./gum-record/DecompositionPanel')
        .then((m) => setPanel(() => m.DecompositionPanel))
        .catch(() => setFailed(true));
    };
    if (typeof IntersectionObserver === 'undefined') {
      load();
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          load();
        }
      },
      { rootMargin: '800px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);
  if (Panel) return <Panel store={store} today={today} />;
  return (
    <section
      ref={placeholder}
      class="eck-record-section"
      aria-labelledby="eck-decomposition-title"
      aria-busy={failed ? undefined : 'true'}
    >
      <h2 id="eck-decomposition-title">分解观察日志</h2>
      <p role={failed ? 'alert' : undefined}>
        {failed
          ? '分解观察日志没能打开。请刷新页面；没有网络时，要先在有网络时打开过一次本页。'
          : '正在打开分解观察日志……'}
      </p>
    </section>
  );
}
