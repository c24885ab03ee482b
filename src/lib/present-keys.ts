/**
 * Keyboard and clicker keys of the present view, as a pure reducer: the controller passes
 * each keydown in and performs the action that comes out. Clickers send PageUp/PageDown
 * (some also "." or "b" for a black screen).
 */

export type PresentAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'openJump' }
  | { type: 'fullscreen' }
  | { type: 'exitFullscreen' }
  | { type: 'blank' }
  | { type: 'presenter' }
  | { type: 'toggleTimer' }
  | { type: 'tool'; tool: ToolName };

/** Classroom tools of the present view, each opened by a toolbar button and a key. */
export const toolNames = ['pen', 'countdown', 'picker', 'spotlight', 'curtain'] as const;
export type ToolName = (typeof toolNames)[number];

/** The key that opens and closes each tool (D draw, C countdown, R random, L light, M mask). */
export const toolKeys: Record<ToolName, string> = {
  pen: 'd',
  countdown: 'c',
  picker: 'r',
  spotlight: 'l',
  curtain: 'm',
};

/** What the reducer needs to know about one keydown. */
export interface KeyInput {
  /** KeyboardEvent.key */
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  /** Focus is in a text field, select or contenteditable inside a slide: keys belong to it. */
  inField?: boolean;
  /** Focus is on a button or link: Space and Enter activate it instead. */
  onControl?: boolean;
}

/** Digits typed so far for "number + Enter" (shown on screen while typing). */
export interface KeyState {
  digits: string;
}

export const initialKeyState: KeyState = { digits: '' };

export interface KeyResult {
  state: KeyState;
  action?: PresentAction;
  /** The key was used: the controller calls preventDefault(). */
  handled: boolean;
}

const plain: Record<string, PresentAction> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ' ': { type: 'next' },
  n: { type: 'next' },
  ArrowLeft: { type: 'prev' },
  ArrowUp: { type: 'prev' },
  PageUp: { type: 'prev' },
  p: { type: 'prev' },
  Home: { type: 'first' },
  End: { type: 'last' },
  f: { type: 'fullscreen' },
  b: { type: 'blank' },
  '.': { type: 'blank' },
  Escape: { type: 'exitFullscreen' },
  s: { type: 'presenter' },
  t: { type: 'toggleTimer' },
  ...Object.fromEntries(
    toolNames.map((tool): [string, PresentAction] => [toolKeys[tool], { type: 'tool', tool }]),
  ),
};

const unhandled = (state: KeyState): KeyResult => ({ state, handled: false });

/** Map one keydown to an action, given the digits typed before it. */
export function reduceKey(state: KeyState, input: KeyInput): KeyResult {
  const { key } = input;
  if (input.inField || input.ctrlKey || input.altKey || input.metaKey) return unhandled(state);
  if (/^[0-9]$/.test(key)) {
    return { state: { digits: (state.digits + key).slice(-3) }, handled: true };
  }
  if (key === 'Backspace' && state.digits) {
    return { state: { digits: state.digits.slice(0, -1) }, handled: true };
  }
  const lower = key.length === 1 ? key.toLowerCase() : key;
  if ((key === 'Enter' && state.digits) || (lower === 'g' && state.digits)) {
    return {
      state: initialKeyState,
      action: { type: 'goto', slide: Number(state.digits) },
      handled: true,
    };
  }
  if (lower === 'g') return { state, action: { type: 'openJump' }, handled: true };
  if (input.onControl && (key === ' ' || key === 'Enter')) return unhandled(initialKeyState);
  if (key === ' ' && input.shiftKey) {
    return { state: initialKeyState, action: { type: 'prev' }, handled: true };
  }
  const action = plain[lower];
  if (!action) return unhandled(state);
  return { state: initialKeyState, action, handled: true };
}
