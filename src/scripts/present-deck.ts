/**
 * Controller of the present view (PresentLayout.astro): shows one slide at a time, maps
 * keys and buttons to actions (src/lib/present-keys.ts), keeps the slide number in the URL
 * hash, runs the timer (src/lib/present-timer.ts) and keeps a presenter window in step over
 * a BroadcastChannel. The decisions are in src/lib; this file only touches the DOM.
 */
import { initialKeyState, reduceKey, type PresentAction } from '../lib/present-keys';
import { clampSlide, parseSlideHash, scrollStep, slideHash, stepKind } from '../lib/present-nav';
import {
  elapsed,
  formatClock,
  initialTimer,
  isOverPlan,
  moveTimer,
  parseTimerState,
  resetTimer,
  toggleTimer,
  type TimerState,
} from '../lib/present-timer';
import { parseNumber } from '../lib/parse-number';

const TIMER_KEY = 'eck:present-timer:v1:';

type Message =
  | { type: 'hello' }
  | { type: 'state'; slide: number; timer: TimerState }
  | { type: 'blank'; on: boolean };

function isField(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'image'].includes(el.type);
  }
  return el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

function isControl(el: Element | null): boolean {
  return !!el?.closest('button, a[href], summary, [role="button"], [role="link"]');
}

export function startDeck(doc: Document): void {
  const app = doc.querySelector<HTMLElement>('[data-present]');
  const deck = doc.querySelector<HTMLElement>('[data-deck]');
  if (!app || !deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const count = slides.length;
  const slug = app.dataset['slug'] ?? '';
  const lessonMinutes = Number(app.dataset['lessonMinutes']) || 0;
  const presenter = new URLSearchParams(location.search).get('view') === 'presenter';
  const q = <T extends Element>(sel: string) => app.querySelector<T>(sel);
  const position = q<HTMLElement>('[data-position]');
  const progress = q<HTMLProgressElement>('[data-progress]');
  const stepTime = q<HTMLElement>('[data-step-time]');
  const stepPlan = q<HTMLElement>('[data-step-plan]');
  const lessonTime = q<HTMLElement>('[data-lesson-time]');
  const timerBox = q<HTMLElement>('[data-timer]');
  const timerButton = q<HTMLButtonElement>('[data-action="toggleTimer"]');
  const jumpForm = q<HTMLFormElement>('[data-jump]');
  const jumpInput = jumpForm?.querySelector('input');
  const jumpError = q<HTMLElement>('[data-jump-error]');
  const typed = q<HTMLElement>('[data-typed]');
  const blank = doc.querySelector<HTMLButtonElement>('[data-blank]');

  doc.body.classList.toggle('is-presenter', presenter);
  if (presenter) doc.title = `演讲者视图 · ${doc.title}`;

  // A long slide scrolls, so it must be reachable by keyboard (and by axe's rules).
  for (const slide of slides) slide.tabIndex = 0;
  let index = parseSlideHash(location.hash, count);
  let keys = initialKeyState;
  let timer = loadTimer();
  // Opening the view on a later slide (a reload, a link) does not start the timer.
  if (!timer.started) timer = { ...timer, slide: index };
  /** Presenter window: whether it has blanked the main screen. */
  let mainBlank = false;
  // Safari before 15.4 has no BroadcastChannel: the presenter view then does not follow.
  let channel: BroadcastChannel | undefined;
  if ('BroadcastChannel' in window) channel = new BroadcastChannel(`eck:present:${slug}`);

  function loadTimer(): TimerState {
    try {
      return (
        parseTimerState(JSON.parse(sessionStorage.getItem(TIMER_KEY + slug) ?? 'null')) ??
        initialTimer
      );
    } catch {
      return initialTimer;
    }
  }

  function saveTimer() {
    try {
      sessionStorage.setItem(TIMER_KEY + slug, JSON.stringify(timer));
    } catch {
      // Private mode or full storage: the timer still runs, it just does not survive a reload.
    }
  }

  function broadcast() {
    channel?.postMessage({ type: 'state', slide: index, timer } satisfies Message);
  }

  function render() {
    slides.forEach((s, i) => {
      s.classList.toggle('is-current', i === index);
      s.classList.toggle('is-next', presenter && i === index + 1);
    });
    const title = slides[index]?.querySelector('.eck-title-name, h2')?.textContent?.trim() ?? '';
    if (position) position.textContent = `${index + 1} / ${count}`;
    if (position) position.title = title;
    if (progress) {
      progress.max = count;
      progress.value = index + 1;
    }
    renderTimer();
  }

  function renderTimer() {
    const now = Date.now();
    const t = elapsed(timer, now);
    const planned = Number(slides[index]?.dataset['minutes']) || 0;
    if (stepTime) stepTime.textContent = formatClock(t.step);
    if (stepPlan) stepPlan.textContent = planned ? ` / ${planned} 分钟` : '';
    if (lessonTime) lessonTime.textContent = formatClock(t.lesson);
    timerBox?.classList.toggle('is-over', isOverPlan(t, planned, lessonMinutes));
    timerBox?.classList.toggle('is-running', timer.running);
    if (timerButton) {
      timerButton.textContent = timer.running
        ? '暂停计时'
        : timer.started
          ? '继续计时'
          : '开始计时';
    }
  }

  /** Show slide i. `history` says whether this is a new place in the browser history. */
  function go(i: number, how: { history?: 'push' | 'replace' | 'none'; share?: boolean } = {}) {
    const next = clampSlide(i, count);
    const moved = next !== index;
    timer = moveTimer(timer, next, Date.now());
    index = next;
    slides[index]?.scrollTo({ top: 0 });
    const hash = slideHash(index);
    if (how.history !== 'none' && location.hash !== hash) {
      if (how.history === 'replace') history.replaceState(null, '', hash);
      else history.pushState(null, '', hash);
    }
    saveTimer();
    render();
    if (moved && how.share !== false) broadcast();
  }

  function step(direction: 'next' | 'prev') {
    const slide = slides[index];
    if (slide && stepKind(direction, slide) === 'scroll') {
      const by = scrollStep(slide.clientHeight);
      slide.scrollBy({ top: direction === 'next' ? by : -by });
      return;
    }
    go(index + (direction === 'next' ? 1 : -1));
  }

  /** Black out the projector. The presenter window forwards this to the main window. */
  function setBlank(on: boolean, share = true) {
    if (share) channel?.postMessage({ type: 'blank', on } satisfies Message);
    if (presenter) {
      mainBlank = on;
      q('[data-action="blank"]')?.setAttribute('aria-pressed', String(on));
      return;
    }
    if (!blank || blank.hidden === !on) return;
    blank.hidden = !on;
    if (on) blank.focus();
    else blank.blur();
  }

  function toggleFullscreen() {
    if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => undefined);
    else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  function openPresenter() {
    if (presenter) return;
    const url = new URL(location.href);
    url.searchParams.set('view', 'presenter');
    url.hash = slideHash(index);
    window.open(url.href, `eck-presenter-${slug}`, 'popup,width=1280,height=800');
  }

  function changeTimer(next: TimerState) {
    timer = next;
    saveTimer();
    renderTimer();
    broadcast();
  }

  function perform(action: PresentAction) {
    switch (action.type) {
      case 'next':
      case 'prev':
        if (blank && !blank.hidden) setBlank(false);
        step(action.type);
        break;
      case 'first':
        go(0);
        break;
      case 'last':
        go(count - 1);
        break;
      case 'goto':
        go(action.slide - 1);
        break;
      case 'openJump':
        jumpInput?.focus();
        jumpInput?.select();
        break;
      case 'fullscreen':
        toggleFullscreen();
        break;
      case 'exitFullscreen':
        if (blank && !blank.hidden) setBlank(false);
        else if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
        break;
      case 'blank':
        setBlank(presenter ? !mainBlank : !!blank?.hidden);
        break;
      case 'presenter':
        openPresenter();
        break;
      case 'toggleTimer':
        changeTimer(toggleTimer(timer, Date.now()));
        break;
    }
  }

  doc.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const inField = isField(target);
    if (inField && event.key === 'Escape' && target instanceof HTMLElement) {
      target.blur();
      return;
    }
    const result = reduceKey(keys, {
      key: event.key,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      inField,
      onControl: isControl(target) && target !== blank,
    });
    keys = result.state;
    if (typed) {
      typed.hidden = !keys.digits;
      typed.textContent = keys.digits ? `跳到第 ${keys.digits} 张（按回车）` : '';
    }
    if (result.handled) event.preventDefault();
    if (result.action) perform(result.action);
  });

  app.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const action = button?.dataset['action'];
    if (action === 'resetTimer') changeTimer(resetTimer(timer));
    else if (action) perform({ type: action } as PresentAction);
  });

  blank?.addEventListener('click', () => setBlank(false));
  q('[data-action="blank"]')?.setAttribute('aria-pressed', 'false');

  jumpForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!jumpInput) return;
    const r = parseNumber(jumpInput.value, {
      label: '页码',
      min: 1,
      max: count,
      integer: true,
    });
    const slide = r.ok ? r.value : null;
    jumpInput.setAttribute('aria-invalid', String(slide === null));
    if (jumpError) jumpError.textContent = r.ok ? '' : r.error;
    if (slide !== null) {
      jumpInput.value = '';
      jumpInput.blur();
      go(slide - 1);
    }
  });

  window.addEventListener('popstate', () =>
    go(parseSlideHash(location.hash, count), { history: 'none' }),
  );
  window.addEventListener('hashchange', () =>
    go(parseSlideHash(location.hash, count), { history: 'none' }),
  );

  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const msg = event.data as Partial<Message> | null;
    if (msg?.type === 'hello') {
      broadcast();
    } else if (msg?.type === 'blank') {
      setBlank(msg.on === true, false);
    } else if (msg?.type === 'state') {
      const t = parseTimerState(msg.timer);
      if (t) timer = t;
      const slide = typeof msg.slide === 'number' ? msg.slide : index;
      go(slide, { history: 'replace', share: false });
    }
  });

  window.setInterval(renderTimer, 500);
  go(index, { history: 'replace', share: false });
  if (presenter) channel?.postMessage({ type: 'hello' } satisfies Message);
}
