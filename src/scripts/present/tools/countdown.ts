/**
 * Countdown (倒计时) over the slide: big numerals, presets and a custom length; "时间到" when it
 * reaches zero, with a short beep only if the teacher turned sound on (WebAudio, no file).
 */
import {
  countdownPresets,
  formatCountdown,
  isDone,
  isRunning,
  maxCountdownMinutes,
  pauseCountdown,
  remainingMs,
  resetCountdown,
  setCountdown,
  startCountdown,
  type Countdown,
} from '../../../lib/present/countdown';
import { parseNumber } from '../../../lib/parse-number';
import type { Tool, ToolHost } from '../tools';
import { panelTool } from './kit';

type AudioCtor = typeof AudioContext;

function beep(): void {
  const w = window as unknown as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor };
  const Ctor = w.AudioContext ?? w.webkitAudioContext;
  if (!Ctor) return;
  try {
    const ctx = new Ctor();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.value = 0.2;
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.6);
    osc.onended = () => void ctx.close().catch(() => undefined);
  } catch {
    // No sound device: the numerals already say 时间到.
  }
}

export function createTool(host: ToolHost): Tool {
  const {
    panel,
    $,
    tool: makeTool,
  } = panelTool(host, {
    className: 'eck-countdown',
    label: '倒计时',
    html: `
    <p class="eck-countdown-time" data-countdown-time role="timer" aria-live="off">0:00</p>
    <p class="eck-countdown-done" data-countdown-done role="status"></p>
    <div class="eck-tool-row">
      ${countdownPresets.map((m) => `<button type="button" data-minutes="${m}">${m} 分钟</button>`).join('')}
    </div>
    <form class="eck-tool-row" data-countdown-custom novalidate>
      <label for="eck-countdown-minutes">自定义</label>
      <input id="eck-countdown-minutes" type="text" inputmode="decimal" size="4" autocomplete="off"
        aria-describedby="eck-countdown-error" />
      <span>分钟</span>
      <button type="submit">设定</button>
      <span id="eck-countdown-error" class="eck-tool-error" data-countdown-error></span>
    </form>
    <div class="eck-tool-row">
      <button type="button" data-countdown="start">开始</button>
      <button type="button" data-countdown="reset">重来</button>
      <label class="eck-tool-check"><input type="checkbox" data-countdown-sound /> 到时响一声</label>
      <button type="button" data-tool-close>关闭倒计时</button>
    </div>`,
  });
  const time = $<HTMLElement>('[data-countdown-time]');
  const done = $<HTMLElement>('[data-countdown-done]');
  const startButton = $<HTMLButtonElement>('[data-countdown="start"]');
  const form = $<HTMLFormElement>('[data-countdown-custom]');
  const custom = $<HTMLInputElement>('#eck-countdown-minutes');
  const error = $<HTMLElement>('[data-countdown-error]');
  const sound = $<HTMLInputElement>('[data-countdown-sound]');

  let state: Countdown = setCountdown(3);
  let shown = '';
  let rang = false;
  let ticker: number | undefined;

  function render() {
    const now = Date.now();
    const text = formatCountdown(remainingMs(state, now));
    const finished = isDone(state, now);
    panel.classList.toggle('is-done', finished);
    panel.classList.toggle('is-running', isRunning(state) && !finished);
    done.textContent = finished ? '时间到' : '';
    startButton.textContent = isRunning(state) && !finished ? '暂停' : '开始';
    startButton.disabled = finished;
    if (finished && !rang) {
      rang = true;
      if (sound.checked) beep();
    }
    if (finished && ticker !== undefined) {
      window.clearInterval(ticker);
      ticker = undefined;
    }
    if (text !== shown || finished) {
      shown = text;
      time.textContent = text;
      host.changed();
    }
  }

  function set(next: Countdown) {
    state = next;
    rang = false;
    if (isRunning(state) && ticker === undefined) ticker = window.setInterval(render, 250);
    if (!isRunning(state) && ticker !== undefined) {
      window.clearInterval(ticker);
      ticker = undefined;
    }
    render();
  }

  panel.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!b) return;
    const minutes = b.dataset['minutes'];
    if (minutes) set(setCountdown(Number(minutes)));
    else if (b.dataset['countdown'] === 'start') {
      const now = Date.now();
      set(isRunning(state) ? pauseCountdown(state, now) : startCountdown(state, now));
    } else if (b.dataset['countdown'] === 'reset') set(resetCountdown(state));
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const r = parseNumber(custom.value, {
      label: '分钟数',
      min: 0.1,
      max: maxCountdownMinutes,
      maxDecimals: 2,
    });
    custom.setAttribute('aria-invalid', String(!r.ok));
    error.textContent = r.ok ? '' : r.error;
    if (r.ok && r.value !== null) {
      set(setCountdown(r.value));
      custom.blur();
    }
  });

  return makeTool(render, {
    status() {
      if (panel.hidden && !isRunning(state)) return null;
      const now = Date.now();
      if (isDone(state, now)) return '倒计时：时间到';
      return `倒计时 ${formatCountdown(remainingMs(state, now))}${isRunning(state) ? '' : '（暂停）'}`;
    },
  });
}
