/**
 * Controller of the present view (PresentLayout.astro): shows one slide at a time, fits it to
 * the screen, maps keys and buttons to actions (src/lib/present-keys.ts), keeps the slide number
 * in the URL hash, runs the step timer (src/lib/present-timer.ts), opens the classroom tools and
 * keeps a presenter window in step over a BroadcastChannel. Decisions are in src/lib; this file
 * only touches the DOM.
 *
 * Slides: each `<Slide>` block ([data-slide-card]) of a step (`<section data-slide>`) is one
 * slide, after the title slide (src/lib/present/slide-plan.ts). The timer counts steps.
 */
import {
  initialKeyState,
  reduceKey,
  toolNames,
  type PresentAction,
  type ToolName,
} from '../../lib/present-keys';
import { clampSlide, parseSlideHash, slideHash } from '../../lib/present-nav';
import { planSlides } from '../../lib/present/slide-plan';
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
} from '../../lib/present-timer';
import { parseNumber } from '../../lib/parse-number';
import { presentChannelName, presentTimerKey } from '../../lib/storage/storage-keys';
import { fitSlide, watchFit } from './fit-slide';
import { createTools } from './tools';

type Message =
  | { type: 'hello' }
  | { type: 'state'; slide: number; timer: TimerState }
  | { type: 'blank'; on: boolean }
  | { type: 'tool'; tool: ToolName }
  | { type: 'tools'; items: string[] };

function isField(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'image', 'file', 'checkbox', 'radio'].includes(el.type);
  }
  return el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

const isToolName = (v: unknown): v is ToolName =>
  typeof v === 'string' && (toolNames as readonly string[]).includes(v);

function isControl(el: Element | null): boolean {
  return !!el?.closest('button, a[href], summary, [role="button"], [role="link"], input');
}

export function startDeck(doc: Document): void {
  const app = doc.querySelector<HTMLElement>('[data-present]');
  const deck = doc.querySelector<HTMLElement>('[data-deck]');
  if (!app || !deck) return;
  const steps = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const cardsOf = (step: HTMLElement) => [
    ...step.querySelectorAll<HTMLElement>('[data-slide-card]'),
  ];
  const plan = planSlides(
    steps.map((s) => ({
      title: s.classList.contains('eck-title-slide'),
      cards: cardsOf(s).length,
    })),
  );
  const slides = plan.map((p) => {
    const step = steps[p.step] as HTMLElement;
    return p.card === null ? step : (cardsOf(step)[p.card] as HTMLElement);
  });
  const usesBlocks = plan.some((p) => p.card !== null);
  doc.body.classList.toggle('is-cards', usesBlocks);
  slides.forEach((s, i) => {
    s.dataset['projected'] = String(i + 1);
  });
  const count = slides.length;
  const stepOf = (i: number) => plan[i]?.step ?? 0;
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
  const nextPane = q<HTMLElement>('[data-next-preview]');
  const toolsState = q<HTMLElement>('[data-tools-state]');
  const blank = doc.querySelector<HTMLButtonElement>('[data-blank]');

  doc.body.classList.toggle('is-presenter', presenter);
  if (presenter) {
    doc.title = `演讲者视图 · ${doc.title}`;
    // The step's text scrolls in the presenter window: reachable by keyboard (and axe's rules).
    for (const step of steps) step.tabIndex = 0;
  }

  let index = parseSlideHash(location.hash, count);
  let keys = initialKeyState;
  let timer = loadTimer();
  // Opening the view on a later slide (a reload, a link) does not start the timer.
  if (!timer.started) timer = { ...timer, slide: stepOf(index) };
  /** Presenter window: whether it has blanked the main screen. */
  let mainBlank = false;
  // Safari before 15.4 has no BroadcastChannel: the presenter view then does not follow.
  let channel: BroadcastChannel | undefined;
  if ('BroadcastChannel' in window) channel = new BroadcastChannel(presentChannelName(slug));

  const tools = presenter
    ? undefined
    : createTools({
        app,
        layer: q<HTMLElement>('[data-tool-layer]') ?? deck,
        slug,
        slideIndex: () => index,
        slideElement: () => slides[index] ?? deck,
        changed: () => broadcastTools(),
      });

  function loadTimer(): TimerState {
    try {
      return (
        parseTimerState(JSON.parse(sessionStorage.getItem(presentTimerKey(slug)) ?? 'null')) ??
        initialTimer
      );
    } catch {
      return initialTimer;
    }
  }

  function saveTimer() {
    try {
      sessionStorage.setItem(presentTimerKey(slug), JSON.stringify(timer));
    } catch {
      // Private mode or full storage: the timer still runs, it just does not survive a reload.
    }
  }

  function broadcast() {
    channel?.postMessage({ type: 'state', slide: index, timer } satisfies Message);
  }

  function broadcastTools() {
    channel?.postMessage({ type: 'tools', items: tools?.statuses() ?? [] } satisfies Message);
  }

  function showToolsState(items: readonly unknown[]) {
    if (!toolsState) return;
    const text = items.filter((i): i is string => typeof i === 'string').slice(0, 8);
    toolsState.textContent = text.length ? text.join(' · ') : '未打开工具';
  }

  function render() {
    const step = stepOf(index);
    steps.forEach((s, i) => s.classList.toggle('is-current-step', i === step));
    slides.forEach((s, i) => s.classList.toggle('is-current', i === index));
    const current = slides[index];
    const heading = current?.querySelector('.eck-title-name, .eck-slide-card-title, h2, h3');
    const title = heading?.textContent?.trim() ?? '';
    if (position) position.textContent = `${index + 1} / ${count}`;
    if (position) position.title = title;
    if (progress) {
      progress.max = count;
      progress.value = index + 1;
    }
    if (presenter) {
      const next = slides[index + 1];
      // Only the presenter window needs the copy of the next slide: loaded there alone.
      void import('./preview').then((m) => nextPane?.replaceChildren(...m.previewOf(next, doc)));
      current?.scrollIntoView?.({ block: 'nearest' });
    } else if (current) {
      fitSlide(current);
      // Photo slots come to life (and load their photo) when their slide is first shown.
      if (current.querySelector('[data-photo-slot]:not(.is-live)')) {
        void import('./photo-slots').then((m) =>
          m.startPhotoSlots(current, slug, () => {
            const el = slides[index];
            if (el) fitSlide(el);
          }),
        );
      }
    }
    renderTimer();
  }

  function renderTimer() {
    const now = Date.now();
    const t = elapsed(timer, now);
    const planned = Number(steps[stepOf(index)]?.dataset['minutes']) || 0;
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
    timer = moveTimer(timer, stepOf(next), Date.now());
    index = next;
    const hash = slideHash(index);
    if (how.history !== 'none' && location.hash !== hash) {
      if (how.history === 'replace') history.replaceState(null, '', hash);
      else history.pushState(null, '', hash);
    }
    saveTimer();
    render();
    tools?.slideChanged();
    if (moved && how.share !== false) broadcast();
  }

  const isBlank = () => (presenter ? mainBlank : !!blank && !blank.hidden);

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
        go(index + 1);
        break;
      case 'prev':
        go(index - 1);
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
        if (tools?.closeLast()) break;
        if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
        break;
      case 'blank':
        setBlank(!isBlank());
        break;
      case 'presenter':
        openPresenter();
        break;
      case 'toggleTimer':
        changeTimer(toggleTimer(timer, Date.now()));
        break;
      case 'tool':
        if (tools) tools.toggle(action.tool);
        else channel?.postMessage({ type: 'tool', tool: action.tool } satisfies Message);
        break;
    }
  }

  doc.addEventListener('keydown', (event) => {
    // On a black screen any key only brings the picture back (PageDown must not also advance).
    if (isBlank()) {
      event.preventDefault();
      event.stopImmediatePropagation();
      setBlank(false);
      return;
    }
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
    const tool = button?.dataset['tool'];
    if (action === 'resetTimer') changeTimer(resetTimer(timer));
    else if (action === 'tool') {
      if (isToolName(tool)) perform({ type: 'tool', tool });
    } else if (action) perform({ type: action } as PresentAction);
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
    const msg = event.data as Record<string, unknown> | null;
    if (msg?.['type'] === 'hello') {
      broadcast();
      broadcastTools();
    } else if (msg?.['type'] === 'blank') {
      setBlank(msg['on'] === true, false);
    } else if (msg?.['type'] === 'tool' && tools && isToolName(msg['tool'])) {
      perform({ type: 'tool', tool: msg['tool'] });
    } else if (msg?.['type'] === 'tools' && presenter && Array.isArray(msg['items'])) {
      showToolsState(msg['items'] as unknown[]);
    } else if (msg?.['type'] === 'state') {
      const t = parseTimerState(msg['timer']);
      if (t) timer = t;
      const slide = typeof msg['slide'] === 'number' ? msg['slide'] : index;
      go(slide, { history: 'replace', share: false });
    }
  });

  if (!presenter) {
    watchFit(() => slides[index]);
  }
  showToolsState([]);
  // Redrawn on each whole second, so the clock changes when a second is full (and a fake
  // clock in tests lands on the same numbers).
  const tick = () => {
    renderTimer();
    window.setTimeout(tick, 1000 - (Date.now() % 1000));
  };
  tick();
  go(index, { history: 'replace', share: false });
  if (presenter) channel?.postMessage({ type: 'hello' } satisfies Message);
}
