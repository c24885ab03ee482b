import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { GumRecordStore } from '../../stores/gum-record';
import {
  mediumLabels,
  media,
  sampleItemLabels,
  sampleItems,
  sampleStateLabels,
} from '../../schemas/gum-vocab';
import { summarizeDecomposition } from '../../lib/gum-summaries';
import { SetupForm } from './SetupForm';
import { PredictionPanel } from './PredictionPanel';
import { ObservationPanel } from './ObservationPanel';

/** The decomposition log: setup, predictions, checks and the latest state of each sample. */
export function DecompositionPanel({ store, today }: { store: GumRecordStore; today: string }) {
  const record = useStore(store.$gumRecord);
  const { setup, predictions, observations } = record.decomposition;
  const [editingSetup, setEditingSetup] = useState(false);
  const nicknames = record.group?.nicknames ?? [];
  const first = observations.map((o) => o.date).sort()[0] ?? null;
  const summary = summarizeDecomposition(record.decomposition);

  return (
    <section class="eck-record-section" aria-labelledby="eck-decomposition-title">
      <h2 id="eck-decomposition-title">分解观察日志</h2>
      <p>把残胶、废纸、塑料放进土里和几种液体里，观察 1～2 周。开始那天是第 0 天。</p>
      {nicknames.length > 0 && (
        <datalist id="eck-nicknames">
          {nicknames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      )}
      {setup && !editingSetup ? (
        <div class="eck-summary">
          <p>
            开始日期 <strong>{setup.startDate}</strong>；样品放在
            {setup.media.map((m) => mediumLabels[m]).join('、')}；比较
            {setup.items.map((i) => sampleItemLabels[i]).join('、')}。
            {setup.note && <span class="eck-record-note">备注：{setup.note}</span>}
          </p>
          <button type="button" class="eck-button" onClick={() => setEditingSetup(true)}>
            修改实验设置
          </button>
          {summary.checks > 0 && (
            <p>
              已观察 <strong>{summary.daysObserved}</strong> 天（共 {summary.checks}{' '}
              次），最近一次是第 <strong>{summary.lastDay}</strong> 天。
            </p>
          )}
          {summary.latest.length > 0 && (
            <div class="eck-table-wrap">
              <table>
                <caption>最近一次看到的状态</caption>
                <thead>
                  <tr>
                    <th scope="col">样品</th>
                    {media
                      .filter((m) => setup.media.includes(m))
                      .map((m) => (
                        <th scope="col" key={m}>
                          {mediumLabels[m]}
                        </th>
                      ))}
                  </tr>
                </thead>
                <tbody>
                  {sampleItems
                    .filter((i) => setup.items.includes(i))
                    .map((item) => (
                      <tr key={item}>
                        <th scope="row">{sampleItemLabels[item]}</th>
                        {media
                          .filter((m) => setup.media.includes(m))
                          .map((m) => {
                            const s = summary.latest.find((x) => x.item === item && x.medium === m);
                            return (
                              <td key={m}>
                                {s ? `${sampleStateLabels[s.state]}（第 ${s.day} 天）` : '—'}
                              </td>
                            );
                          })}
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ) : (
        <SetupForm
          store={store}
          today={today}
          setup={setup}
          firstObservation={first}
          onDone={() => setEditingSetup(false)}
        />
      )}
      {setup && (
        <>
          <PredictionPanel
            store={store}
            predictions={predictions}
            locked={observations.length > 0}
            nicknames={nicknames}
          />
          <ObservationPanel
            key={`${setup.startDate}-${setup.items.join()}-${setup.media.join()}`}
            store={store}
            today={today}
            setup={setup}
            observations={observations}
            nicknames={nicknames}
          />
        </>
      )}
    </section>
  );
}
