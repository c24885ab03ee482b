/**
 * The class view of the gum experiment: import groups' files and links, the groups, charts
 * with tables, and export. The records appear once this device's storage has been read.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { classStore, type GumClassStore } from '../stores/gum-class';
import { gumShareCodec } from '../lib/share-fragment';
import { followShareLinks } from './share/take-fragment';
import { ClassStatus } from './gum-class/ClassStatus';
import { ImportPanel } from './gum-class/ImportPanel';
import { LinkOffer } from './share/LinkOffer';
import { GroupTable } from './gum-class/GroupTable';
import { LoadNearScreen } from './LoadNearScreen';
import { ClassExport } from './gum-class/ClassExport';

/**
 * The value one task later: the charts and tables of a big class render after the table of
 * groups and the save, not in the same long task.
 */
function useNextTask<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setLater(() => value), 0);
    return () => clearTimeout(t);
  }, [value]);
  return later;
}

export default function GumClass({ store = classStore }: { store?: GumClassStore }) {
  const [ready, setReady] = useState(false);
  const data = useStore(store.$classData);
  const save = useStore(store.$save);
  const shown = useNextTask(data);
  useEffect(() => {
    store.load();
    setReady(true);
    const stopLinks = followShareLinks(gumShareCodec, (f) => void store.readLink(f));
    const stop = store.listen(window);
    return () => {
      stop();
      stopLinks();
    };
  }, [store]);

  return (
    <div class="eck-class">
      <ClassStatus store={store} />
      {ready && save.kind !== 'loading' && (
        <>
          <LinkOffer store={store} />
          <ImportPanel store={store} />
          <GroupTable store={store} data={data} />
          {data.groups.length > 0 ? (
            <>
              {/* The results and their calculations load when they near the screen. */}
              <LoadNearScreen
                titleId="eck-charts-title"
                title="全班结果"
                load={() => import('./gum-class/ClassCharts')}
              >
                {({ ClassCharts }) => <ClassCharts data={shown} />}
              </LoadNearScreen>
              <ClassExport data={data} />
            </>
          ) : (
            <p class="eck-class-empty">
              还没有小组的数据。请导入小组导出的文件，或打开小组发来的分享链接。
            </p>
          )}
        </>
      )}
    </div>
  );
}
