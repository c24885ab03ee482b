/**
 * The drag-to-sort activity: item cards into four bins by touch, pen, mouse (several pointers at
 * once) or keyboard (1–4 on a card; or Enter on a card, then a bin). Right answers are absorbed,
 * wrong ones slide back with the reason; a summary at the end lists the items missed most.
 * Game rules live in src/lib/waste-sorting/; this file renders and dispatches.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import MarkIcon from './MarkIcon';
import { slideBack, useCardDrag } from './use-card-drag';
import type { Rect } from '../../lib/waste-sorting/hit';
import {
  NATIONAL,
  categoryLabel,
  itemsForBand,
  nationalName,
  ruleFor,
  shuffled,
  type SortCity,
  type SortItem,
} from '../../lib/waste-sorting/rules';
import {
  expireIfDue,
  sortCard,
  startRound,
  stopRound,
  timeLeft,
  type RoundState,
  type SortOutcome,
} from '../../lib/waste-sorting/round';
import { summarizeRound } from '../../lib/waste-sorting/summary';
import {
  prefsFromQuery,
  queryWithPrefs,
  roundSizes,
  timeLimits,
  type SortPrefs,
} from '../../lib/waste-sorting/prefs';
import { createWastePrefs } from '../../stores/waste-sorting/prefs';
import {
  gradeBandLabels,
  gradeBands,
  wasteCategories,
  wasteCategoryColours,
  type WasteCategory,
} from '../../schemas/waste-sorting/vocab';

interface Props {
  items: SortItem[];
  cities: SortCity[];
  /** Keep the settings in the page address (the standalone page; not inside a lesson page). */
  syncAddress?: boolean;
}

/** Cards on the table at once: the rest wait in the pile so a round fits without scrolling. */
const hand = { panel: 8, tablet: 6 } as const;

const mmss = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

interface Feedback {
  kind: 'right' | 'wrong';
  text: string;
  /** Changes every time, so the same message is announced again. */
  n: number;
}

export default function WasteSorter({ items, cities, syncAddress = false }: Props) {
  const store = useMemo(() => createWastePrefs(cities), [cities]);
  const prefs = useStore(store.$value);
  const save = useStore(store.$save);
  const notice = useStore(store.$notice);
  const [loaded, setLoaded] = useState(false);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const city = cities.find((c) => c.id === prefs.city);
  const [round, setRound] = useState<RoundState | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [now, setNow] = useState(0);
  const roundRef = useRef(round);
  roundRef.current = round;
  const rootRef = useRef<HTMLDivElement>(null);
  const binRefs = useRef(new Map<WasteCategory, HTMLElement>());
  const tick = useRef(0);

  const deal = (p: SortPrefs) => {
    const pool = shuffled(itemsForBand(items, p.band).map((i) => i.id));
    const ids = p.size ? pool.slice(0, p.size) : pool;
    setRound(startRound(ids, Date.now(), p.limit ? p.limit * 1000 : null));
    setNow(Date.now());
    setSelected(null);
    setFeedback(null);
  };

  useEffect(() => {
    store.load();
    const fromUrl = prefsFromQuery(location.search, store.$value.get(), cities);
    if (JSON.stringify(fromUrl) !== JSON.stringify(store.$value.get())) store.set(fromUrl);
    const stop = store.listen(window);
    setLoaded(true);
    deal(store.$value.get());
    return stop;
  }, [store]);

  const update = (patch: Partial<SortPrefs>) => {
    const next = { ...store.$value.get(), ...patch };
    store.set(next);
    if (syncAddress) {
      history.replaceState(
        history.state,
        '',
        queryWithPrefs(location.search, next) + location.hash,
      );
    }
    // A new rule set, band or timer starts a new round; screen size keeps the current one.
    if (!('mode' in patch && Object.keys(patch).length === 1)) deal(next);
  };

  // The clock of a timed round (page.clock in tests drives Date.now and setInterval).
  const running = round !== null && round.endedAt === null && round.limitMs !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      const r = roundRef.current;
      if (r) {
        const next = expireIfDue(r, t);
        if (next !== r) setRound(next);
      }
    }, 250);
    return () => clearInterval(id);
  }, [running]);

  const label = (c: WasteCategory) => categoryLabel(c, city);

  const drop = (itemId: string, bin: WasteCategory, el?: HTMLElement | null): SortOutcome => {
    const r = roundRef.current;
    const item = byId.get(itemId);
    if (!r || !item) return 'ignored';
    const rule = ruleFor(item, prefs.city);
    const t = Date.now();
    const res = sortCard(r, itemId, bin, rule.category, t);
    setRound(res.state);
    roundRef.current = res.state;
    setNow(t);
    tick.current++;
    if (res.outcome === 'right') {
      setFeedback({
        kind: 'right',
        text: `${item.name}：放对了，是${label(rule.category)}。${rule.reason}`,
        n: tick.current,
      });
      setSelected(null);
    } else if (res.outcome === 'wrong') {
      if (el) {
        slideBack(el);
        el.classList.remove('is-wrong');
        void el.offsetWidth;
        el.classList.add('is-wrong');
      }
      setFeedback({
        kind: 'wrong',
        text: `${item.name}不是${label(bin)}，再想想。${rule.reason}`,
        n: tick.current,
      });
    } else if (el) slideBack(el);
    return res.outcome;
  };

  const binRects = (): [WasteCategory, Rect][] =>
    wasteCategories.flatMap((c) => {
      const el = binRefs.current.get(c);
      if (!el) return [];
      const r = el.getBoundingClientRect();
      return [[c, { left: r.left, top: r.top, right: r.right, bottom: r.bottom }]];
    });

  const ended = round !== null && round.endedAt !== null;
  const dragProps = useCardDrag({
    binRects,
    disabled: ended || round === null,
    onDrop: (itemId, bin, el) => (bin ? drop(itemId, bin, el) : slideBack(el)),
    onTap: (itemId) => setSelected((s) => (s === itemId ? null : itemId)),
  });

  // After a card is absorbed by keyboard keep the keyboard in the game: once rendered, focus
  // the next card (or 再来一轮 when the round is over).
  const [focusTurn, setFocusTurn] = useState(0);
  useEffect(() => {
    if (!focusTurn) return;
    const root = rootRef.current;
    (
      root?.querySelector<HTMLElement>('.eck-ws-card') ??
      root?.querySelector<HTMLElement>('[data-new-round]')
    )?.focus();
  }, [focusTurn]);

  const onCardKey = (itemId: string) => (e: KeyboardEvent) => {
    const n = '1234'.indexOf(e.key);
    if (n < 0 || e.key.length !== 1) return;
    // Handled here: the present view must not also take the digit as "jump to slide N".
    e.preventDefault();
    e.stopPropagation();
    const bin = wasteCategories[n] as WasteCategory;
    if (drop(itemId, bin, e.currentTarget as HTMLElement) === 'right') setFocusTurn((t) => t + 1);
  };

  const onBin = (bin: WasteCategory) => {
    if (!selected) {
      tick.current++;
      setFeedback({ kind: 'wrong', text: '先点一张卡片，再点垃圾桶。', n: tick.current });
      return;
    }
    drop(selected, bin, rootRef.current?.querySelector<HTMLElement>(`[data-card="${selected}"]`));
  };

  const onBinKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    // Arrows move between bins; in the present view they must not change the slide.
    e.preventDefault();
    e.stopPropagation();
    const all = wasteCategories.map((c) => binRefs.current.get(c));
    const i = all.indexOf(e.currentTarget as HTMLElement);
    const j = (i + (e.key === 'ArrowRight' ? 1 : all.length - 1)) % all.length;
    all[j]?.focus();
  };

  const summary = round && ended ? summarizeRound(round) : null;
  const onTable = round ? round.remaining.slice(0, hand[prefs.mode]) : [];
  const left = round ? timeLeft(round, now || round.startedAt) : null;
  const absorbed = (c: WasteCategory) =>
    round
      ? round.order.filter(
          (id) =>
            !round.remaining.includes(id) &&
            ruleFor(byId.get(id) as SortItem, prefs.city).category === c,
        ).length
      : 0;

  return (
    <div
      ref={rootRef}
      class={`eck-ws eck-ws--${prefs.mode}${revealed ? ' is-revealed' : ''}`}
      data-waste-sorter
      data-ready={loaded ? '' : undefined}
    >
      <div class="eck-ws-bar">
        <label>
          规则
          <select
            value={prefs.city}
            onChange={(e) => update({ city: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value={NATIONAL}>{nationalName}</option>
            {cities.map((c) => (
              <option value={c.id} key={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          年级
          <select
            value={prefs.band}
            onChange={(e) =>
              update({ band: (e.currentTarget as HTMLSelectElement).value as SortPrefs['band'] })
            }
          >
            {gradeBands.map((b) => (
              <option value={b} key={b}>
                {gradeBandLabels[b]}
              </option>
            ))}
          </select>
        </label>
        <label>
          屏幕
          <select
            value={prefs.mode}
            onChange={(e) =>
              update({ mode: (e.currentTarget as HTMLSelectElement).value as SortPrefs['mode'] })
            }
          >
            <option value="panel">全班大屏</option>
            <option value="tablet">平板</option>
          </select>
        </label>
        <label>
          计时
          <select
            value={String(prefs.limit)}
            onChange={(e) =>
              update({
                limit: Number((e.currentTarget as HTMLSelectElement).value) as SortPrefs['limit'],
              })
            }
          >
            {timeLimits.map((t) => (
              <option value={String(t)} key={t}>
                {t ? `${t / 60} 分钟` : '不计时'}
              </option>
            ))}
          </select>
        </label>
        <label>
          张数
          <select
            value={String(prefs.size)}
            onChange={(e) =>
              update({
                size: Number((e.currentTarget as HTMLSelectElement).value) as SortPrefs['size'],
              })
            }
          >
            {roundSizes.map((s) => (
              <option value={String(s)} key={s}>
                {s ? `${s} 张` : '全部'}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
          {revealed ? '隐藏答案' : '显示答案'}
        </button>
        {round && !ended && (
          <button type="button" onClick={() => setRound(stopRound(round, Date.now()))}>
            结束本轮
          </button>
        )}
        <span class="eck-ws-status" data-status>
          {round && !ended && `还剩 ${round.remaining.length} 张`}
          {round &&
            !ended &&
            round.remaining.length > onTable.length &&
            `（${round.remaining.length - onTable.length} 张在牌堆里）`}
          {left !== null && !ended && ` · 剩余时间 ${mmss(left)}`}
        </span>
      </div>
      {city && (
        <p class="eck-ws-city">
          {city.name}：{city.note}
        </p>
      )}
      {save.kind === 'failed' && (
        <p class="eck-ws-warn" role="alert">
          这台设备没能保存设置（{save.reason === 'quota' ? '存储空间已满' : '浏览器不允许保存'}
          ），刷新后会回到默认设置；游戏照常进行。
        </p>
      )}

      {notice?.kind === 'recovered' && (
        <p class="eck-ws-warn" role="status">
          这台设备上保存的游戏设置读不出来，已用默认设置代替
          {notice.backupKey ? '（原来的内容已另外备份）' : ''}。
          <button type="button" class="eck-ws-link" onClick={() => store.dismissNotice()}>
            知道了
          </button>
        </p>
      )}
      {summary ? (
        <section class="eck-ws-summary" aria-labelledby="eck-ws-summary-title" data-summary>
          <h3 id="eck-ws-summary-title" tabindex={-1}>
            {round?.endReason === 'time' ? '时间到！' : '本轮结束'}
          </h3>
          <p data-summary-counts>
            共 {summary.total} 张：放对 {summary.sorted} 张，其中一次就放对 {summary.firstTry}{' '}
            张；放错 {summary.wrongDrops} 次
            {summary.unsorted.length > 0 && `；还有 ${summary.unsorted.length} 张没有分完`}。
          </p>
          {summary.missed.length > 0 ? (
            <>
              <h4>最容易放错的</h4>
              <ol class="eck-ws-missed">
                {summary.missed.slice(0, 5).map((m) => {
                  const item = byId.get(m.itemId) as SortItem;
                  const rule = ruleFor(item, prefs.city);
                  return (
                    <li key={m.itemId} data-missed={m.itemId}>
                      <MarkIcon category={rule.category} />
                      <span>
                        <strong>{item.name}</strong>：放错 {m.wrong} 次（放进了
                        {m.wrongBins.map(label).join('、')}），应该放{label(rule.category)}。
                        {rule.reason}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </>
          ) : (
            <p>没有放错的卡片，真棒！</p>
          )}
          <button type="button" class="eck-ws-primary" data-new-round onClick={() => deal(prefs)}>
            再来一轮
          </button>
        </section>
      ) : (
        <ul class="eck-ws-table" aria-label="待分类的卡片">
          {onTable.map((id) => {
            const item = byId.get(id) as SortItem;
            const rule = ruleFor(item, prefs.city);
            return (
              <li key={id}>
                <button
                  type="button"
                  class="eck-ws-card"
                  data-card={id}
                  aria-pressed={selected === id}
                  aria-describedby="eck-ws-keys"
                  onKeyDown={onCardKey(id)}
                  onClick={(e) => {
                    // Keyboard Enter/Space selects; pointer taps are handled by the drag hook.
                    if (e.detail === 0) setSelected((s) => (s === id ? null : id));
                  }}
                  {...dragProps(id)}
                >
                  <svg class="eck-ws-pic eck-wp" aria-hidden="true" focusable="false">
                    <use href={`#eck-wp-${item.picture}`} />
                  </svg>
                  <span class="eck-ws-name">{item.name}</span>
                  {revealed && (
                    <span class="eck-ws-answer">
                      <MarkIcon category={rule.category} />
                      {label(rule.category)}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      {!summary && (
        <>
          <p id="eck-ws-keys" class="eck-ws-keys">
            拖动卡片到垃圾桶；或先点卡片再点桶；键盘：在卡片上按 1～4。
          </p>
          <div class="eck-ws-bins" role="group" aria-label="四个垃圾桶">
            {wasteCategories.map((c, i) => (
              <button
                type="button"
                key={c}
                class="eck-ws-bin"
                data-bin={c}
                ref={(el) => {
                  if (el) binRefs.current.set(c, el);
                  else binRefs.current.delete(c);
                }}
                onClick={() => onBin(c)}
                onKeyDown={onBinKey}
              >
                <svg
                  class="eck-ws-bin-bg"
                  viewBox="0 0 1 1"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                >
                  <rect width="1" height="1" fill={wasteCategoryColours[c]} />
                </svg>
                <MarkIcon category={c} />
                <span class="eck-ws-bin-name">
                  <kbd>{i + 1}</kbd> {label(c)}
                </span>
                <span class="eck-ws-bin-count" aria-label={`已放入 ${absorbed(c)} 张`}>
                  {absorbed(c)}
                </span>
              </button>
            ))}
          </div>
        </>
      )}
      {!summary && (
        <p
          class={`eck-ws-feedback${feedback ? ` is-${feedback.kind}` : ''}`}
          aria-live="polite"
          data-feedback
        >
          {feedback ? `${feedback.kind === 'right' ? '✓ ' : '✗ '}${feedback.text}` : '\u00a0'}
        </p>
      )}
    </div>
  );
}
